import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: a relative clause after a name that is an object', () => {
	it('gives the words to the name a comma and "who" follow, past a party label', () => {
		const { quotes } = find(
			'The chair handed the floor to Rep. Dana Whitcomb (D-Ore.), who called the bill "a gift to nobody."',
		);
		expect(quotes.map(who)).toEqual([['a gift to nobody.', 'Rep. Dana Whitcomb']]);
	});

	it('takes no place a preposition governs for the relative’s antecedent', () => {
		const { quotes } = find(
			'A dockworker from a terminal in Veracruz, who asked not to be named, said the port was "calm."',
		);
		expect(quotes.map(who)).toEqual([['calm.', 'A dockworker from a terminal in Veracruz']]);
	});
});

describe('findQuotes: words set out after a colon', () => {
	it('gives a colon’s quotation to the owner of "her line", "his slogan"', () => {
		const { quotes } = find(
			'Claudia Sheinbaum spoke for an hour on Monday. Her line of the week: "Cooperation, yes; orders, no."',
		);
		expect(quotes.map(who)).toEqual([['Cooperation, yes; orders, no.', 'claudia-sheinbaum']]);
	});

	it('gives an answer to the main clause’s subject, not to the one asking in passing', () => {
		const { quotes } = find(
			'Claudia Sheinbaum held her briefing on Monday. She was blunt when a reporter asked about the troops: "Not one soldier."',
		);
		expect(quotes.map(who)).toEqual([['Not one soldier.', 'claudia-sheinbaum']]);
	});

	it('still gives a question quoted after "asked:" to the one asking', () => {
		const { quotes } = find('Sheinbaum paused when a reporter asked: "Will you call him?"');
		expect(quotes.map(who)).toEqual([['Will you call him?', 'a reporter']]);
	});
});

describe('findQuotes: a joke as speech', () => {
	it('takes "joked" for a verb of speech', () => {
		const { quotes } = find('Hotel owner Lola Marsh laughed off the talk. "We have more goats than guards," she joked.');
		expect(quotes.map(who)).toEqual([['We have more goats than guards,', 'Lola Marsh']]);
	});
});

describe('findQuotes: "even" stressing a main clause', () => {
	it('reads "Even the Mexican president said, ‘…’" as a main clause with its speaker', () => {
		const { quotes } = find(
			'"Even the Mexican president said, \'We are not afraid,\' and she meant it," the lawyer said.',
		);
		expect(quotes.map(who)).toContainEqual(['We are not afraid,', 'claudia-sheinbaum']);
	});

	it('still reads "Even if …, …" as a clause set before the main one', () => {
		const { quotes } = find('Even if Trump said it was "dead," his aides said it was "alive."');
		expect(quotes.map(who)).toEqual([
			['dead,', 'donald-trump'],
			['alive.', 'his aides'],
		]);
	});
});
