import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: names with initials and titles of trade', () => {
	it('keeps initials with full stops inside a title and name', () => {
		const { quotes } = find(
			'The U.K. Pig Breeders Board said it would ask both capitals to "leave the herds alone."',
		);
		expect(quotes.map(who)).toEqual([['leave the herds alone.', 'The U.K. Pig Breeders Board']]);
	});

	it('ends a source’s phrase at its speech verb, for a second verb the same source governs', () => {
		const { quotes } = find(
			'The Dairy Farmers Board said it would ask both capitals to "leave the herds alone."',
			'The Dairy Farmers Board stated it was "watching closely."',
		);
		expect(quotes.map(who)).toEqual([
			['leave the herds alone.', 'The Dairy Farmers Board'],
			['watching closely.', 'The Dairy Farmers Board'],
		]);
	});

	it('takes a name after a title of the courts or a trade as someone it can point back to', () => {
		const { quotes } = find(
			'Deputy County Prosecutor Lena Holm asked for a fine. In her closing, Holm pressed on. "The harm is plain," she said.',
			'A hotel executive, who asked not to be named because talks were still open, said prices were "holding."',
		);
		expect(quotes.map(who)).toEqual([
			['The harm is plain,', 'Lena Holm'],
			['holding.', 'A hotel executive'],
		]);
	});
});

describe('findQuotes: a credit under the last paragraph', () => {
	it('takes no "--Editing by …" line for a pull quote’s speaker', () => {
		const { quotes } = find('The hearing resumes on Monday in room 4.', '--Editing by Lou Park.');
		expect(quotes).toEqual([]);
	});

	it('still takes a dash and a name under a paragraph for a pull quote', () => {
		const { quotes } = find('Nobody here wants soldiers.', '- Ana Ruiz, a shopkeeper');
		expect(quotes.map(who)).toEqual([['Nobody here wants soldiers.', 'Ana Ruiz, a shopkeeper']]);
	});
});

describe('findQuotes: a Spanish first surname alone', () => {
	it('knows "Ruiz" for the person named "Tomás Ruiz Beltrán" before', () => {
		const { quotes } = find(
			'The court sentenced Tomás Ruiz Beltrán, a driver, on Friday. Judge Ada Kern read the terms.',
			'Ruiz spoke last. "I am sorry," he said.',
		);
		expect(quotes.map(who)).toEqual([['I am sorry,', 'Tomás Ruiz Beltrán']]);
	});
});

describe('findQuotes: a nickname in quotes inside a name', () => {
	it('knows the person by first name and surname, without the nickname', () => {
		const { quotes } = find(
			'El baterista del grupo, Ramón "El Flaco" Ibarra, respondió en redes. «No cantamos para nadie», escribió.',
			'Ibarra añadió: «Cantamos para el barrio».',
		);
		expect(quotes.map(who)).toEqual([
			['No cantamos para nadie', 'Ramón Ibarra'],
			['Cantamos para el barrio', 'Ramón Ibarra'],
		]);
	});
});
