/**
 * The titles an article can call a person by ("the Mexican president"), derived from their
 * `role` in people.yaml rather than written into the finder, so adding a person with a new
 * office teaches the finder that office.
 */

/** A country as roles and articles name it. */
interface Country {
	/** How a role names it: "President of Mexico", "US Senator". */
	names: readonly string[];
	/** What stands before a title: "the Mexican president". */
	adjectives: readonly string[];
	/** What stands for "the": "Mexico's president". */
	possessives: readonly string[];
}

/** The countries roles may name. Add one when a role names a country not listed here. */
const countries: readonly Country[] = [
	// "President of Mexico": "the Mexican president", "Mexico's president".
	{ names: ['Mexico'], adjectives: ['Mexican'], possessives: ["Mexico's"] },
	// "President of the United States", "US Senator": articles write "the US president",
	// "the U.S. president", "the American president", "America's president".
	{
		names: ['United States', 'US', 'U.S.', 'USA', 'America'],
		adjectives: ['American', 'US', 'U.S.'],
		possessives: ["America's"],
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

/**
 * The titles a role gives, by this rule:
 *
 * 1. The role up to its first comma holds the titles; what follows qualifies them
 *    ("Spokesperson, White House National Security Council"). " and " joins two titles
 *    ("US Senator and nominee for Secretary of State").
 * 2. A title reads `[country] office [of complement]`; "for" ends it, since a "nominee for
 *    Secretary of State" holds no office yet.
 * 3. It gives "the office" in the role's own words, lower-cased ("the president", "the former
 *    border patrol official": a bare "the official" would fit every unnamed official).
 * 4. A complement that is no country makes two more: "the defense secretary", "the secretary
 *    of defense".
 * 5. A country, before the office or as its complement, adds each of its adjectives and
 *    possessives to each of these: "the Mexican president", "Mexico's president".
 */
export function roleTitles(role: string): string[] {
	const titles = new Set<string>();
	const head = role.split(',')[0] ?? '';
	for (const part of head.split(/\s+and\s+/i)) {
		const [office = '', complement] = part
			.split(/\s+for\s+/i)[0]!
			.trim()
			.split(/\s+of\s+/i);
		const leading = leadingCountry(office);
		const noun = (leading?.rest ?? office).toLowerCase();
		if (!/\p{L}/u.test(noun)) continue;
		const of = complement?.replace(/^the\s+/i, '');
		const ofCountry = of ? countryNamed(of) : undefined;
		const country = leading?.country ?? ofCountry;
		const offices = [noun];
		if (of && !ofCountry)
			offices.push(`${of.toLowerCase()} ${noun}`, `${noun} of ${of.toLowerCase()}`);
		for (const name of offices) {
			titles.add(`the ${name}`);
			for (const adjective of country?.adjectives ?? []) titles.add(`the ${adjective} ${name}`);
			for (const possessive of country?.possessives ?? []) titles.add(`${possessive} ${name}`);
		}
	}
	return [...titles];
}
