import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const summary = (quote: FoundQuote) => ({
	text: quote.text,
	speaker: quote.speaker,
	kind: quote.kind,
});

describe('findQuotes: direct speech', () => {
	it('attributes a quote to the person named beside the speech verb before it (seed 001)', () => {
		const { quotes } = find(
			'President Donald Trump has publicly justified these threats by declaring "the cartels are running Mexico," signaling his willingness to "start now hitting land" with military strikes.',
		);
		expect(quotes.map(summary)).toEqual([
			{ text: 'the cartels are running Mexico,', speaker: 'donald-trump', kind: 'direct' },
			{ text: 'start now hitting land', speaker: 'donald-trump', kind: 'direct' },
		]);
		expect(quotes[0]!.confidence).toBeGreaterThan(quotes[1]!.confidence);
	});

	it('takes the verb’s subject, not a name that comes between verb and quote (seed 001)', () => {
		const { quotes } = find(
			'President Claudia Sheinbaum stated after a conversation with Trump that such action is "not necessary," and she has consistently emphasized the country\'s position: "cooperation, yes; subordination and intervention, no".',
		);
		expect(quotes.map((q) => q.speaker)).toEqual(['claudia-sheinbaum', 'claudia-sheinbaum']);
	});

	it('reads an attribution after the quote, and a quote split by one', () => {
		const { quotes } = find(
			'“We will not accept it,” Sheinbaum said. “Mexico is a sovereign country.”',
			'“Cooperation,” she said, “is not subordination.”',
		);
		expect(quotes.map(summary)).toEqual([
			{ text: 'We will not accept it,', speaker: 'claudia-sheinbaum', kind: 'direct' },
			{ text: 'Mexico is a sovereign country.', speaker: 'claudia-sheinbaum', kind: 'direct' },
			{ text: 'Cooperation,', speaker: 'claudia-sheinbaum', kind: 'direct' },
			{ text: 'is not subordination.', speaker: 'claudia-sheinbaum', kind: 'direct' },
		]);
	});

	it('handles straight and curly marks alike', () => {
		const straight = find('Sheinbaum said, "Sovereignty is not for sale."').quotes;
		const curly = find('Sheinbaum said, “Sovereignty is not for sale.”').quotes;
		expect(straight.map(summary)).toEqual(curly.map(summary));
		expect(curly[0]?.text).toBe('Sovereignty is not for sale.');
	});

	it('does not take apostrophes for quote marks', () => {
		const { quotes } = find('Sheinbaum said, “Mexico’s people won’t accept the ’90s again.”');
		expect(quotes).toHaveLength(1);
		expect(quotes[0]!.text).toBe('Mexico’s people won’t accept the ’90s again.');
	});
});

describe('findQuotes: terms and scare quotes are nobody’s speech', () => {
	it.each([
		[
			'This plan, called a “soft invasion,” would involve U.S. military operations.',
			'soft invasion,',
		],
		['The term “soft invasion” was used in a report by Rolling Stone magazine.', 'soft invasion'],
		['It is impossible to defeat with a simple "kingpin" strategy.', 'kingpin'],
		[
			'The administration revived the 19th-century "Monroe Doctrine" to justify its actions.',
			'Monroe Doctrine',
		],
		[
			'The argument that Trump’s offer reflects an “anti-imperialist” stance feels twisted.',
			'anti-imperialist',
		],
	])('%s', (sentence, term) => {
		const { quotes, terms } = find(sentence);
		expect(quotes).toEqual([]);
		expect(terms.map((t) => t.text)).toEqual([term]);
	});

	it('still hears a short quote when a person is said to say it (seed 003)', () => {
		const { quotes } = find(
			'Mexican President Claudia Sheinbaum was quick to dismiss it. She called the entire concept “entirely a movie,” reassuring the country.',
		);
		expect(quotes.map(summary)).toEqual([
			{ text: 'entirely a movie,', speaker: 'claudia-sheinbaum', kind: 'direct' },
		]);
	});
});

describe('findQuotes: nested speech', () => {
	const seed =
		'“He said, ‘How can we help you fight drug trafficking? I propose that the United States military come in and help you,’” Sheinbaum recounted, as quoted by the Associated Press. “And you know what I said to him? ‘No, President Trump. Sovereignty is not for sale. Sovereignty is loved and defended.’”';

	it('gives the inner words to the person recounted, reported by the outer speaker (seed 002)', () => {
		const { quotes } = find('Trump made a direct offer during a private call.', seed);
		const nested = quotes.filter((q) => q.kind === 'nested');
		expect(nested.map((q) => [q.text.slice(0, 24), q.speaker, q.reportedBy])).toEqual([
			['How can we help you figh', 'donald-trump', 'claudia-sheinbaum'],
			['No, President Trump. Sov', 'claudia-sheinbaum', 'claudia-sheinbaum'],
		]);
		expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
			'claudia-sheinbaum',
			'claudia-sheinbaum',
		]);
	});

	it('does not let a name inside a quote (the person addressed) become a later speaker', () => {
		const { quotes } = find(
			'Trump made a direct offer during a private call.',
			seed,
			'“We talk often,” he said.',
		);
		expect(quotes.at(-1)?.speaker).toBe('donald-trump');
	});

	it('gives "he asked me" to the one the recounting speaker was last named with', () => {
		const { quotes } = find(
			'Sheinbaum and Trump spoke for forty minutes.',
			'Hegseth, asked about troops, replied: “Not without an agreement.”',
			'Sheinbaum recalled the call. “He asked me, ‘Do you want our help?’ and I told him, ‘Not that kind.’”',
		);
		const nested = quotes.filter((q) => q.kind === 'nested');
		expect(nested.map((q) => [q.text, q.speaker])).toEqual([
			['Do you want our help?', 'donald-trump'],
			['Not that kind.', 'claudia-sheinbaum'],
		]);
	});

	it('leaves "he asked me" to the man named last when she was named with no one', () => {
		const { quotes } = find(
			'Hegseth, asked about troops, replied: “Not without an agreement.”',
			'Sheinbaum recalled the call. “He asked me, ‘Do you want our help?’”',
		);
		expect(quotes.filter((q) => q.kind === 'nested').map((q) => q.speaker)).toEqual([
			'pete-hegseth',
		]);
	});
});

describe('findQuotes: pull quotes', () => {
	it('takes a paragraph followed by a dash line as a pull quote, with the description kept', () => {
		const { quotes } = find(
			'The fentanyl crisis is a humanitarian disaster that demands bold action.',
			'– International security analyst',
		);
		expect(quotes).toEqual([
			expect.objectContaining({
				kind: 'pull',
				speaker: null,
				description: 'International security analyst',
				text: 'The fentanyl crisis is a humanitarian disaster that demands bold action.',
			}),
		]);
	});

	it('resolves a pull quote’s dash attribution to a person by name or alias', () => {
		const { quotes } = find('Sovereignty is loved and defended.', '— Claudia Sheinbaum');
		expect(quotes.map(summary)).toEqual([
			{ text: 'Sovereignty is loved and defended.', speaker: 'claudia-sheinbaum', kind: 'pull' },
		]);
	});
});

describe('findQuotes: pronouns, titles and unnamed speakers', () => {
	it('resolves "he" to the one fitting person named last (seed 002)', () => {
		const { quotes } = find(
			'White House National Security Council spokesperson James Hewitt defended Trump’s intentions. In a statement, he said, “Foreign Terrorist Organizations continue to jeopardize shared security.”',
		);
		expect(quotes[0]?.speaker).toBe('james-hewitt');
	});

	it('leaves a quote unattributed when the pronoun could be either of two people', () => {
		const { quotes } = find('Trump met Hegseth on Monday. “We will act soon,” he said.');
		expect(quotes[0]).toEqual(expect.objectContaining({ speaker: null, description: null }));
		expect(quotes[0]!.confidence).toBeLessThan(0.6);
	});

	it('resolves "the president" only when one president was named', () => {
		const one = find(
			'Sheinbaum spoke in the morning. The president said, “Mexico decides for itself.”',
		);
		expect(one.quotes[0]?.speaker).toBe('claudia-sheinbaum');
		const two = find(
			'Sheinbaum spoke after Trump called. The president said, “Mexico decides for itself.”',
		);
		expect(two.quotes[0]?.speaker).toBeNull();
	});

	it('gives the part of a split quotation before “— she said —” the speaker named after it', () => {
		const { quotes } = find(
			'“This is not a negotiation — she said — it is a red line,” Sheinbaum told reporters.',
		);
		expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
			['This is not a negotiation', 'claudia-sheinbaum'],
			['it is a red line,', 'claudia-sheinbaum'],
		]);
	});

	it('does not resolve a title to someone its own sentence names further on', () => {
		const { quotes } = find(
			'Sheinbaum spoke after Trump called. The president said she might talk with Trump “to reinforce coordination.”',
		);
		expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
			['to reinforce coordination.', 'claudia-sheinbaum'],
		]);
		// An apposition names the title's holder: "The president, Trump, said".
		const apposition = find(
			'Sheinbaum spoke after Trump called. The president, Trump, said the talks were “going well.”',
		);
		expect(apposition.quotes.map((q) => [q.text, q.speaker])).toEqual([
			['going well.', 'donald-trump'],
		]);
	});

	it('keeps an anonymous speaker’s description', () => {
		const { quotes } = find('A White House spokesperson said, “The offer stands and always will.”');
		expect(quotes[0]).toEqual(
			expect.objectContaining({
				speaker: null,
				description: 'A White House spokesperson',
				kind: 'direct',
			}),
		);
		const seed = find(
			'As one social media commenter cynically noted, "The CIA!! Yeah right. The CIA is the big US cartel," highlighting skepticism.',
		);
		expect(seed.quotes[0]?.description).toBe('one social media commenter');
	});

	it('takes a long quote with no attribution as speech from an unknown speaker', () => {
		const { quotes } = find(
			'For the government, the message remains clear: “Mexico will fight its own battles on its own soil.”',
		);
		expect(quotes[0]).toEqual(
			expect.objectContaining({ speaker: null, description: null, confidence: 0.4 }),
		);
	});
});

describe('findQuotes: attribution patterns beyond the seeds', () => {
	it('reads "according to" as naming the source', () => {
		expect(find('According to Trump, “the deal is done.”').quotes[0]?.speaker).toBe('donald-trump');
	});

	it('finds the subject across a clause set off by commas', () => {
		const { quotes } = find(
			'Hegseth, asked whether troops would cross the border, replied: “Not yet.”',
		);
		expect(quotes[0]?.speaker).toBe('pete-hegseth');
	});

	it('takes the speaker from the sentence that introduces a quote', () => {
		const { quotes } = find('Sheinbaum recalled the call. “He asked me for help and I said no.”');
		expect(quotes[0]).toEqual(
			expect.objectContaining({ speaker: 'claudia-sheinbaum', confidence: 0.6 }),
		);
	});

	it('does not reach back past three sentences that name someone', () => {
		const { quotes } = find(
			'Hegseth spoke first.',
			'Sheinbaum listened. Sheinbaum took notes. Sheinbaum left early.',
			'“We agreed,” he said.',
		);
		expect(quotes[0]?.speaker).toBeNull();
	});

	it('keeps a word the article names a thing with out of anyone’s mouth', () => {
		const { quotes, terms } = find('Analysts have warned of a “quagmire” south of the border.');
		expect(quotes).toEqual([]);
		expect(terms.map((t) => t.text)).toEqual(['quagmire']);
	});
});

describe('findQuotes: bad input', () => {
	it('ignores an unclosed quote rather than guessing where it ends', () => {
		expect(find('Sheinbaum said, “We will never accept', 'Another paragraph.').quotes).toEqual([]);
	});

	it('returns nothing for empty blocks and text without quotes', () => {
		expect(find('', '   ', 'No quotes here at all.')).toEqual({ quotes: [], terms: [] });
	});
});
