import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/lib/quotes/find-quotes.ts';
import { roleTitles } from '../../src/lib/quotes/role-titles.ts';
import type { Person } from '../../src/schemas/people.ts';
import { testPeople } from '../support/people-fixture.ts';

describe('roleTitles: what a role lets an article call someone', () => {
	it('gives the office, with the country as adjective and possessive', () => {
		expect(roleTitles('President of Mexico')).toEqual([
			'the president',
			'the Mexican president',
			"Mexico's president",
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
});
