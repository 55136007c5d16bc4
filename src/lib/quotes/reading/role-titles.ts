/**
 * The titles an article can call a person by ("the Mexican president", "la mandataria"),
 * derived from their `role` in people.yaml rather than written into the finder, so adding a
 * person with a new office teaches the finder that office, in English and in Spanish.
 */
import { spanishTitles } from './role-titles-es.ts';

/** A country as roles and articles name it. */
export interface Country {
	/** How a role names it: "President of Mexico", "US Senator". */
	names: readonly string[];
	/** What stands before a title: "the Mexican president". */
	adjectives: readonly string[];
	/** What stands for "the": "Mexico's president". */
	possessives: readonly string[];
	/** Spanish: the adjective after the office, by gender ("la presidenta mexicana"). */
	spanishAdjectives: { he: readonly string[]; she: readonly string[] };
	/** Spanish: the complement after the office ("el presidente de Estados Unidos"). */
	spanishNames: readonly string[];
}

/** The countries roles may name. Add one when a role names a country not listed here. */
const countries: readonly Country[] = [
	// "President of Mexico": "the Mexican president", "Mexico's president", "la presidenta mexicana".
	{
		names: ['Mexico'],
		adjectives: ['Mexican'],
		possessives: ["Mexico's"],
		spanishAdjectives: { he: ['mexicano'], she: ['mexicana'] },
		spanishNames: ['México'],
	},
	// "President of the United States", "US Senator": articles write "the US president",
	// "the U.S. president", "the American president", "America's president", "el mandatario
	// estadounidense" (Mexican papers: "estadunidense"), "el presidente de Estados Unidos".
	{
		names: ['United States', 'US', 'U.S.', 'USA', 'America'],
		adjectives: ['American', 'US', 'U.S.'],
		possessives: ["America's"],
		spanishAdjectives: {
			he: ['estadounidense', 'estadunidense', 'norteamericano'],
			she: ['estadounidense', 'estadunidense', 'norteamericana'],
		},
		spanishNames: ['Estados Unidos', 'EE UU', 'EEUU', 'EE. UU.', 'EU'],
	},
];

/** The country a phrase is a form of, by name or adjective. */
function countryNamed(phrase: string): Country | undefined {
	const wanted = phrase.toLowerCase();
	return countries.find((country) =>
		[...country.names, ...country.adjectives].some((form) => form.toLowerCase() === wanted),
	);
}

/** A country named by the phrase's first words ("US Senator"), and the words after it. */
function leadingCountry(phrase: string): { country: Country; rest: string } | undefined {
	const words = phrase.split(/\s+/);
	for (let n = Math.min(3, words.length - 1); n > 0; n--) {
		const country = countryNamed(words.slice(0, n).join(' '));
		if (country) return { country, rest: words.slice(n).join(' ') };
	}
	return undefined;
}

/** One office a role gives: its noun ("defense secretary"), complement and country. */
export interface Office {
	/** The office in the role's words, lower-cased: "president", "former border patrol official". */
	noun: string;
	/** A complement that is no country: "defense" in "Secretary of Defense". */
	of?: string;
	country?: Country;
}

/**
 * The offices a role gives, by this rule:
 *
 * 1. The role up to its first comma holds the offices; what follows qualifies them
 *    ("Spokesperson, White House National Security Council"). " and " joins two offices
 *    ("US Senator and nominee for Secretary of State").
 * 2. An office reads `[country] office [of complement]`; "for" ends it, since a "nominee for
 *    Secretary of State" holds no office yet, and so does "to" ("Ambassador to Mexico" is an
 *    ambassador, not a Mexican one).
 */
export function roleOffices(role: string): Office[] {
	const offices: Office[] = [];
	const head = role.split(',')[0] ?? '';
	for (const part of head.split(/\s+and\s+/i)) {
		const [office = '', complement] = part
			.split(/\s+(?:for|to)\s+/i)[0]!
			.trim()
			.split(/\s+of\s+/i);
		const leading = leadingCountry(office);
		const noun = (leading?.rest ?? office).toLowerCase();
		if (!/\p{L}/u.test(noun)) continue;
		const of = complement?.replace(/^the\s+/i, '');
		const ofCountry = of ? countryNamed(of) : undefined;
		const country = leading?.country ?? ofCountry;
		offices.push({
			noun,
			...(of && !ofCountry ? { of: of.toLowerCase() } : {}),
			...(country ? { country } : {}),
		});
	}
	return offices;
}

/**
 * Titles an office has beyond its own words: a president is "the head of state" and, in the
 * English of Latin American state media, "the head of the Executive".
 */
const officeTitles: Record<string, readonly string[]> = {
	president: ['head of state', 'head of the executive', 'chief executive'],
};

/**
 * Titles an office has only with its country, as too vague alone: a president is "the
 * Mexican leader", "Mexico's leader" (as Spanish news has "el mandatario"), never "the leader".
 */
const countryTitles: Record<string, readonly string[]> = {
	president: ['leader'],
};

/** Secretaries who head no field of government: a press secretary is no "press chief". */
const notAField = new Set(['press', 'deputy press']);

/**
 * The English titles a role gives, from its offices (`roleOffices`):
 *
 * 1. "the office" in the role's own words, lower-cased ("the president", "the former border
 *    patrol official": a bare "the official" would fit every unnamed official).
 * 2. A complement that is no country makes two more: "the defense secretary", "the secretary
 *    of defense".
 * 3. A country, before the office or as its complement, adds each of its adjectives and
 *    possessives to each of these: "the Mexican president", "Mexico's president".
 * 4. An office's other titles (`officeTitles`) come last: "the head of state"; a secretary
 *    of a field is its chief ("the security chief").
 */
export function roleTitles(role: string): string[] {
	const titles = new Set<string>();
	for (const { noun, of, country } of roleOffices(role)) {
		const offices = [noun];
		if (of) offices.push(`${of} ${noun}`, `${noun} of ${of}`);
		for (const name of offices) {
			titles.add(`the ${name}`);
			for (const adjective of country?.adjectives ?? []) titles.add(`the ${adjective} ${name}`);
			for (const possessive of country?.possessives ?? []) titles.add(`${possessive} ${name}`);
		}
		for (const other of officeTitles[noun] ?? []) titles.add(`the ${other}`);
		for (const other of countryTitles[noun] ?? []) {
			for (const adjective of country?.adjectives ?? []) titles.add(`the ${adjective} ${other}`);
			for (const possessive of country?.possessives ?? []) titles.add(`${possessive} ${other}`);
		}
		// A minister is the chief of their field: "the security chief", "Mexico's defense chief".
		const field = /^(.+) secretary$/.exec(noun)?.[1] ?? (noun === 'secretary' ? of : undefined);
		if (field && !notAField.has(field)) {
			titles.add(`the ${field} chief`);
			for (const adjective of country?.adjectives ?? [])
				titles.add(`the ${adjective} ${field} chief`);
			for (const possessive of country?.possessives ?? [])
				titles.add(`${possessive} ${field} chief`);
		}
	}
	return [...titles];
}

/** Every title, English and Spanish, a person's role and pronoun give. */
export function personTitles(role: string, pronoun: 'he' | 'she' | undefined): string[] {
	return [...roleTitles(role), ...spanishTitles(roleOffices(role), pronoun)];
}
