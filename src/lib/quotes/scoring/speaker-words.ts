/**
 * The word comparisons quote scoring rests on: how much two quotations' words overlap, and
 * whether two speakers share a name word.
 */
import type { Person } from '../../../schemas/people.ts';

/**
 * Who a gold set says spoke: `person`, an id in people.yaml or the full name of someone it
 * lacks; `description`, an unnamed or institutional source in the set's words.
 */
export type GoldSpeaker = { person: string } | { description: string };

/** The finder's answer: a person's id in people.yaml, or a description, or neither. */
export interface FoundSpeaker {
	speaker: string | null;
	description: string | null;
}

/** Lower-cased words (letters and digits), apostrophes and punctuation splitting them. */
export function wordsOf(text: string): string[] {
	return (
		text
			.normalize('NFC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** The share of the larger word set that both texts hold, 0–1 (0 when either has no word). */
export function quoteOverlap(a: string, b: string): number {
	const left = new Set(wordsOf(a));
	const right = new Set(wordsOf(b));
	const larger = Math.max(left.size, right.size);
	if (larger === 0) return 0;
	let shared = 0;
	for (const word of left) if (right.has(word)) shared++;
	return shared / larger;
}

/** Words of four letters or more: short ones ("de", "US", "the") say nothing of who spoke. */
const nameWords = (text: string) => wordsOf(text).filter((word) => [...word].length >= 4);

/**
 * The words a person is known by: those of their name and of their one-word aliases
 * ("Sheinbaum", "AMLO"). Longer aliases are the name with a title ("President Trump",
 * "Mexico's President"), whose extra words would match other people.
 */
function personWords(person: Person): string[] {
	const single = person.aliases.filter((alias) => !/\s/.test(alias.trim()));
	return [person.name, ...single].flatMap(nameWords);
}

/**
 * Whether the finder's speaker is the gold one: the same person's id when both are ids,
 * otherwise a shared word of four letters or more between them (a person in people.yaml by
 * `personWords`, a name or description by its own words), or, for a description of short
 * words, the very same words. A quote the finder left without speaker or description is wrong.
 */
export function sameSpeaker(
	gold: GoldSpeaker,
	found: FoundSpeaker,
	people: readonly Person[],
): boolean {
	const byId = new Map(people.map((person) => [person.id, person]));
	const goldPerson = 'person' in gold ? byId.get(gold.person) : undefined;
	const foundPerson = found.speaker === null ? undefined : byId.get(found.speaker);
	if (goldPerson && foundPerson) return goldPerson.id === foundPerson.id;
	const goldWords = goldPerson
		? personWords(goldPerson)
		: nameWords('person' in gold ? gold.person : gold.description);
	const foundWords = foundPerson
		? personWords(foundPerson)
		: nameWords(found.speaker ?? found.description ?? '');
	if (goldWords.some((word) => foundWords.includes(word))) return true;
	// "The US" for "the US (summary box)": a description of short words only, the same words
	// as the gold's once its bracketed note is set aside.
	const described = 'description' in gold ? gold.description.replace(/\([^)]*\)/g, '') : '';
	const said = found.speaker === null ? (found.description ?? '') : '';
	return described.trim() !== '' && wordsOf(described).join(' ') === wordsOf(said).join(' ');
}
