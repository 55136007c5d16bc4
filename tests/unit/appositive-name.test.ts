import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('a described speaker who is then given a name is that person', () => {
	it.each([
		['"Rates will hold," said Kim Ortiz\'s deputy, economist Dana Whitt.', 'Dana Whitt'],
		['"Rates will hold," said her colleague, economist Dana Whitt.', 'Dana Whitt'],
		['«Nadie nos avisó», dijo un vecino, el tendero Luis Mora Paz.', 'Luis Mora Paz'],
	])('%s', (sentence, name) => {
		expect(find(sentence).quotes.map(who)).toEqual([[expect.any(String), name]]);
	});

	it('keeps the description when a clause, not a name, follows it', () => {
		const { quotes } = find(
			'"Rates will hold," said a central bank official, adding that Finance Minister Ana Ruiz agreed.',
		);
		expect(quotes.map(who)).toEqual([['Rates will hold,', 'a central bank official']]);
	});
});
