import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: Spanish of the everyday wires and weeklies', () => {
	it('does not take the place a verb was said in for its subject', () => {
		const found = find(
			'La presidenta Claudia Sheinbaum habló largo. «Aquí deciden los mexicanos», afirmó ante la prensa en Casa Rosada.',
		);
		expect(found.quotes.map(who)).toEqual([['Aquí deciden los mexicanos', 'claudia-sheinbaum']]);
	});

	it('reads past a “cuando …” clause set off by a comma to the subject before a colon', () => {
		const found = find(
			'El martes, cuando le preguntaron si aceptaría tropas extranjeras en la frontera norte del país, la presidenta Claudia Sheinbaum dio una respuesta seca: «Jamás».',
		);
		expect(found.quotes.map(who)).toEqual([['Jamás', 'claudia-sheinbaum']]);
	});

	it('reads “la llamó” as a verb with its object pronoun, and leaves the pronoun out of the subject', () => {
		const found = find('Una comentarista de la radio la bautizó «la vía del silencio».');
		expect(found.quotes.map(who)).toEqual([
			['la vía del silencio', 'Una comentarista de la radio'],
		]);
	});

	it('finds the name after a title and its body, where a word of a body ends the body', () => {
		const found = find(
			'El sociólogo Iván Ruiz Mora dijo que el barrio teme. «Aquí nadie duerme», contó.',
			'La exdirectora de la Policía Nora Vela Ríos le dio la razón. «Hace falta inteligencia», sostuvo.',
		);
		expect(found.quotes.map(who)[1]).toEqual(['Hace falta inteligencia', 'Nora Vela Ríos']);
	});
});
