import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('a Spanish speaker named after the verb and the one spoken to', () => {
	it('takes the name after "a este diario" for the speaker', () => {
		const { quotes } = find(
			'«Ya pasamos por esto», contó a esta emisora Lucía Barrientos, vocera de los productores.',
		);
		expect(quotes.map(who)).toEqual([['Ya pasamos por esto', 'Lucía Barrientos']]);
	});

	it('still takes a description opened by its article there', () => {
		const { quotes } = find('«No hay prisa», dijo a Reuters la vocera del ministerio.');
		expect(quotes.map(who)).toEqual([['No hay prisa', 'la vocera']]);
	});
});
