/**
 * General steps of the quote finder, each written for a mechanism that failed on fresh text
 * (issue 16, wip-q9t: English speaker misses of quotes-9 classified by the step that chose the
 * wrong person, checked against the other tuning sets), tested on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: a dash line under narration credits the story, not a pull quote', () => {
	it('reads the paragraph’s own quotation as narration quotes it', () => {
		const { quotes, terms } = find(
			'Hegseth spoke on Monday.',
			'Negotiators on both sides say a treaty is “within reach”, though no date is set.',
			'– Reuters',
		);
		expect(quotes.filter((q) => q.kind === 'pull')).toEqual([]);
		expect([...quotes, ...terms].map((q) => q.text)).toEqual(['within reach']);
	});

	it('still takes a quotation that opens the paragraph for a pull quote', () => {
		const { quotes } = find(
			'“Nobody wins a border war,” one analyst told us.',
			'– Ana Ruiz, analyst',
		);
		expect(quotes.map((q) => q.kind)).toEqual(['pull']);
	});
});

describe('findQuotes: the particles of a name are not its paragraph’s language', () => {
	it('reads “…,” De la Cruz told journalists as English', () => {
		const { quotes } = find(
			'“We have no quarrel with anyone,” De la Cruz told journalists afterwards.',
		);
		expect(quotes.map(who)).toEqual([['We have no quarrel with anyone,', 'De la Cruz']]);
	});
});

describe('findQuotes: a name runs on past "de la" and "of the"', () => {
	it.each([
		'“We have no quarrel with anyone,” said Luis de la Cruz.',
		'“We have no quarrel with anyone,” Luis de la Cruz said.',
	])('%s', (sentence) => {
		expect(find(sentence).quotes.map(who)).toEqual([
			['We have no quarrel with anyone,', 'Luis de la Cruz'],
		]);
	});
});

describe('findQuotes: a name after a place or body in a title is remembered for "she"', () => {
	it.each([
		'Kern County Supervisor Ana Ruiz, whose district runs to the river, said calls had doubled.',
		'Valley Growers Council Chair Ana Ruiz said calls had doubled.',
	])('%s', (opening) => {
		const { quotes } = find(`${opening} “People here are worried,” she said.`);
		expect(quotes.map(who)).toEqual([
			['People here are worried,', expect.stringMatching(/Ana Ruiz$/)],
		]);
	});
});

describe('findQuotes: a title in lower case before its place gives the name after the place', () => {
	it('reads "Former Canadian ambassador to Mexico Alan Crane said" and carries him to "he said"', () => {
		const { quotes } = find(
			'Former Canadian ambassador to Mexico Alan Crane said the talks were “a farce” from the start. “Nobody believes a word of it,” he said.',
		);
		expect(quotes.map(who)).toEqual([
			['a farce', 'Alan Crane'],
			['Nobody believes a word of it,', 'Alan Crane'],
		]);
	});
});

describe('findQuotes: a definite noun with the writer’s words before it is an epithet', () => {
	it('gives "The fiery leader fumed: “…”" to the known person the text is about', () => {
		const { quotes } = find(
			'Sheinbaum rejected the plan on Friday. The fiery leader fumed at her briefing: “We will never accept it.”',
		);
		expect(quotes.map(who)).toEqual([['We will never accept it.', 'claudia-sheinbaum']]);
	});

	it('keeps "the second official" a source of its own after an unnamed one', () => {
		const { quotes } = find(
			'One of the officials said the plan was ready. The second official was blunter: “Be ready.”',
		);
		expect(quotes.map(who)).toEqual([['Be ready.', 'The second official']]);
	});
});

describe('findQuotes: "according to her" points back as "she" would', () => {
	it('gives the quotation to the one named before', () => {
		const { quotes } = find(
			'Ana Ruiz, an economist, spoke on Friday. According to her, the figures showed that “trade is holding up”.',
		);
		expect(quotes.map(who)).toEqual([['trade is holding up', 'Ana Ruiz']]);
	});

	it('leaves "according to her aides" to the aides', () => {
		const { quotes } = find('Sheinbaum stayed away. According to her aides, the deal is “dead”.');
		expect(quotes.map(who)).toEqual([['dead', 'her aides']]);
	});
});

describe('findQuotes: a noun phrase before an apposition is the subject, whatever its noun', () => {
	it('reads "Three growers from the valley, all members of a co-op, said"', () => {
		const { quotes } = find(
			'Three growers from the valley, all members of a co-op, said prices were “already falling.”',
		);
		expect(quotes.map(who)).toEqual([['already falling.', 'Three growers from the valley']]);
	});
});

describe('findQuotes: a quoted title in the apposition after a name is a term', () => {
	it('reads “war chief” as what he is called, and the speech after it as his', () => {
		const { quotes, terms } = find(
			'Pete Hegseth, the Pentagon “war chief”, told reporters that the plan was “not for sale”.',
		);
		expect(terms.map((t) => t.text)).toEqual(['war chief']);
		expect(quotes.map(who)).toEqual([['not for sale', 'pete-hegseth']]);
	});
});

describe('findQuotes: words in capitals throughout are a headline’s shout, not a title', () => {
	it('gives ‘NOT FOR SALE’ to the one the headline says tells it', () => {
		const { quotes } = find('‘NOT FOR SALE’ Sheinbaum tells Trump to take his troops home');
		expect(quotes.map(who)).toEqual([['NOT FOR SALE', 'claudia-sheinbaum']]);
	});

	it('still reads a lone acronym and a title’s capitals as names', () => {
		const { terms } = find(
			'Washington listed the cartels as “FTO” groups, and “Border Shield” began.',
		);
		expect(terms.map((t) => t.text)).toEqual(['FTO', 'Border Shield']);
	});
});
