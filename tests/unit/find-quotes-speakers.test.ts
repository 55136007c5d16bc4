import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: where a sentence ends', () => {
	it('ends a sentence at a quotation closing on a full stop, so the next one’s subject stays there', () => {
		const { quotes } = find(
			'The finance ministry said the lending rate was “under review” and that it expected “no sudden moves.” President Claudia Sheinbaum, asked about the rate, was brief. “The bank decides,” she said.',
		);
		expect(quotes.map(who)).toEqual([
			["under review", "The finance ministry"],
			['no sudden moves.', 'The finance ministry'],
			['The bank decides,', 'claudia-sheinbaum'],
		]);
	});
});
