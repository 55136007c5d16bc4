import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/lib/quotes/find-quotes.ts';
import { personTitles, roleTitles } from '../../src/lib/quotes/reading/role-titles.ts';
import type { Person } from '../../src/schemas/people.ts';
import { testPeople } from '../support/people-fixture.ts';

describe('roleTitles: what a role lets an article call someone', () => {
	it('gives the office, with the country as adjective and possessive', () => {
		expect(roleTitles('President of Mexico')).toEqual([
			'the president',
			'the Mexican president',
			"Mexico's president",
			// A president's other titles (state media write "the head of the Executive").
			'the head of state',
			'the head of the executive',
			'the chief executive',
			// With its country only: "the leader" alone could be anyone's.
			'the Mexican leader',
			"Mexico's leader",
		]);
		expect(roleTitles('President of the United States')).toEqual(
			expect.arrayContaining(['the president', 'the US president', 'the U.S. president']),
		);
	});

	it('reads "Secretary of Defense" as the defense secretary, and a leading US as the country', () => {
		expect(roleTitles('US Secretary of Defense')).toEqual(
			expect.arrayContaining([
				'the secretary',
				'the defense secretary',
				'the secretary of defense',
				'the US defense secretary',
				'the American secretary of defense',
			]),
		);
	});

	it('makes a secretary of a field its chief, but a press secretary no "press chief"', () => {
		expect(roleTitles('Security Secretary of Mexico')).toEqual(
			expect.arrayContaining(['the security chief', "Mexico's security chief"]),
		);
		expect(roleTitles('US Secretary of Defense')).toEqual(
			expect.arrayContaining(['the defense chief', 'the US defense chief']),
		);
		expect(roleTitles('Press Secretary, White House').filter((t) => t.includes('chief'))).toEqual(
			[],
		);
	});

	it('takes a title from each side of "and", and none from what follows a comma or "for"', () => {
		const rubio = roleTitles(
			'US Senator and nominee for Secretary of State, at the time of the report',
		);
		expect(rubio).toEqual(expect.arrayContaining(['the senator', 'the US senator', 'the nominee']));
		expect(rubio.filter((title) => /secretary|state|report/.test(title))).toEqual([]);
		expect(roleTitles('Spokesperson, White House National Security Council')).toEqual([
			'the spokesperson',
		]);
	});

	it('keeps the role’s own words, so an unnamed official is not taken for a named one', () => {
		expect(roleTitles('Former Border Patrol official')).toEqual([
			'the former border patrol official',
		]);
	});
});

describe('personTitles: the Spanish titles too, in the gender the pronoun gives', () => {
	it('calls a president "la presidenta", "la mandataria", with the country after the noun', () => {
		const titles = personTitles('President of Mexico', 'she');
		expect(titles).toEqual(
			expect.arrayContaining([
				'la presidenta',
				'la presidenta mexicana',
				'la presidenta de México',
				'la mandataria',
				'la titular del Ejecutivo',
			]),
		);
		expect(titles.filter((title) => /^el /.test(title))).toEqual([]);
		expect(personTitles('President of the United States', 'he')).toEqual(
			expect.arrayContaining(['el mandatario estadounidense', 'el presidente de Estados Unidos']),
		);
	});

	it('names a ministry by its field, and the foreign minister "el canciller"', () => {
		expect(personTitles('Security Secretary of Mexico', 'he')).toEqual(
			expect.arrayContaining(['el secretario de Seguridad', 'el secretario']),
		);
		expect(personTitles('Foreign Secretary of Mexico', 'he')).toEqual(
			expect.arrayContaining(['el secretario de Relaciones Exteriores', 'el canciller']),
		);
		expect(personTitles('Press Secretary, White House', 'she')).toEqual(
			expect.arrayContaining(['la vocera', 'la portavoz']),
		);
	});

	it('gives both genders when no pronoun is set, "ex-" for a former office, none it cannot say', () => {
		expect(personTitles('US Senator', undefined)).toEqual(
			expect.arrayContaining(['el senador', 'la senadora']),
		);
		expect(personTitles('Former President of Mexico', 'he')).toEqual(
			expect.arrayContaining(['el expresidente', 'el expresidente mexicano']),
		);
		expect(personTitles('Former Border Patrol official', 'he')).toEqual([
			'the former border patrol official',
		]);
	});

	it('reads an ambassador "to" a country as the sending country’s ambassador', () => {
		expect(roleTitles('US Ambassador to Mexico')).toEqual(
			expect.arrayContaining(['the ambassador', 'the US ambassador']),
		);
		expect(roleTitles('US Ambassador to Mexico')).not.toContain('the Mexican ambassador');
	});
});

describe('findQuotes: titles from roles', () => {
	const speakerOf = (people: readonly Person[], ...blocks: string[]) =>
		findQuotes(blocks, people).quotes[0]?.speaker;

	it('tells the two presidents apart when the title names the country', () => {
		const both = 'Sheinbaum spoke after Trump called.';
		expect(speakerOf(testPeople, `${both} The Mexican president said, “We decide.”`)).toBe(
			'claudia-sheinbaum',
		);
		expect(speakerOf(testPeople, `${both} The US president said, “We decide.”`)).toBe(
			'donald-trump',
		);
		expect(speakerOf(testPeople, `${both} Mexico’s president said, “We decide.”`)).toBe(
			'claudia-sheinbaum',
		);
		// The bare title fits both: the quote stays unattributed.
		expect(speakerOf(testPeople, `${both} The president said, “We decide.”`)).toBeNull();
	});

	it('learns a title from a role it has never seen, and only from the role', () => {
		const minister: Person = {
			id: 'marcelo-ebrard',
			name: 'Marcelo Ebrard',
			aliases: ['Ebrard'],
			role: 'Secretary of Economy of Mexico',
			pronoun: 'he',
		};
		const text = 'Ebrard met Hegseth. The economy secretary said, “Trade comes first.”';
		expect(speakerOf([...testPeople, minister], text)).toBe('marcelo-ebrard');
		expect(speakerOf(testPeople, text)).toBeNull();
	});

	it('resolves a Spanish title the same way, and one only one person fits without antecedent', () => {
		const both = 'Sheinbaum habló después de que Trump llamó.';
		expect(speakerOf(testPeople, `${both} «Decidimos nosotros», dijo la mandataria.`)).toBe(
			'claudia-sheinbaum',
		);
		expect(speakerOf(testPeople, `${both} «Decidimos nosotros», dijo el mandatario.`)).toBe(
			'donald-trump',
		);
		// No one named before: "la presidenta" fits one person in people.yaml, "el presidente" one.
		expect(speakerOf(testPeople, '«Decidimos nosotros», afirmó la presidenta.')).toBe(
			'claudia-sheinbaum',
		);
	});
});
