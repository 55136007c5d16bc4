/**
 * General steps of the quote finder, each written for a class of misses seen over more than
 * one tuning set (issue 16, wip-q8), tested on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: a Spanish interjection in a compound tense splits the quotation', () => {
	it.each([
		[
			'«No firmaremos nada —ha advertido Hegseth—, pero seguiremos hablando».',
			['No firmaremos nada', 'pero seguiremos hablando'],
		],
		[
			'“Lo sabíamos desde el martes —le había dicho Hegseth a un asesor—. Nadie nos escuchó”.',
			['Lo sabíamos desde el martes', 'Nadie nos escuchó'],
		],
	])('%s', (sentence, parts) => {
		expect(find(sentence).quotes.map(who)).toEqual(parts.map((part) => [part, 'pete-hegseth']));
	});
});
