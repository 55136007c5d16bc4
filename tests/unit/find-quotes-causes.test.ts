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

describe('findQuotes: a Spanish subject after the verb is never a preposition’s object', () => {
	it('reads past "por teléfono" and "desde Bruselas" to the speaker', () => {
		const { quotes } = find(
			'Hegseth habló el lunes. «El plazo se acaba», explica por teléfono Marta Ibarra, analista. «Nadie quiere ceder», añade desde Bruselas la embajadora del bloque.',
		);
		expect(quotes.map(who)).toEqual([
			['El plazo se acaba', 'Marta Ibarra'],
			['Nadie quiere ceder', 'la embajadora'],
		]);
	});

	it('keeps the one who spoke when the place after the verb is a name: "dijo en la Casa Blanca"', () => {
		const { quotes } = find(
			'Trump volvió a hablar de México. «Tienen que hacer más», dijo en la Casa Blanca.',
		);
		expect(quotes.map(who)).toEqual([['Tienen que hacer más', 'donald-trump']]);
	});
});
