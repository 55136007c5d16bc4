import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { MentionFinder } from '../../src/lib/quotes/reading/mentions.ts';
import { nameAfterTitle } from '../../src/lib/quotes/reading/title-names.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('a title written right before a name belongs to that name', () => {
	it('does not give a minister someone people.yaml lacks to the one it knows', () => {
		// people.yaml knows one Secretary of Defense; this article's minister is another.
		const quotes = find(
			'El secretario de Defensa Ramiro Fuentes Ochoa advirtió: «No habrá tropas extranjeras».',
			'«Lo repetiremos las veces que haga falta», insistió el secretario Fuentes Ochoa.',
		);
		expect(quotes.quotes.map(who)).not.toContainEqual(expect.arrayContaining(['pete-hegseth']));
		expect(quotes.quotes.map((quote) => quote.description)).toEqual([
			expect.stringContaining('Ramiro Fuentes Ochoa'),
			expect.stringContaining('Fuentes Ochoa'),
		]);
	});

	it('still joins a title to the name of the person it fits', () => {
		const quotes = find('El secretario de Defensa Pete Hegseth dijo: «Estamos listos».');
		expect(quotes.quotes.map(who)).toEqual([['Estamos listos', 'pete-hegseth']]);
	});

	it('leaves the title a pointer when no name follows it', () => {
		const finder = new MentionFinder(testPeople);
		const [title] = finder.find('Lo dijo el secretario de Defensa en Washington.', 'es');
		expect(title?.pointer?.title).toBe('el secretario de defensa');
	});

	it('reads a first name and surname after a title, but not one capitalised word', () => {
		const text = 'la senadora Beatriz Olvera Ruiz dijo';
		expect(nameAfterTitle(text, 'la senadora'.length)).toBe('Beatriz Olvera Ruiz');
		expect(nameAfterTitle('the minister Monday said', 'the minister'.length)).toBeUndefined();
	});
});
