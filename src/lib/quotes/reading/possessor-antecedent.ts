import type { Mention } from './mentions.ts';
import { canSpeak } from './reading.ts';
import { personNouns } from '../words/source-words.ts';

/**
 * A clause that tells when or where something of someone's happened: "Rubio's remarks in
 * Mexico City, where he said", "Sheinbaum's news conference on Friday, when she said", "la
 * conferencia de Sheinbaum, cuando ella dijo". Between the possessor and the pronoun: the
 * rest of the noun phrase (no sentence or clause break) and the relative adverb.
 */
const relativeAfterPossession =
	/^(?:['’]s?)?[^.;:!?()“”"«»]{1,80}?,?\s+(?:when|where|cuando|donde|en (?:la|el) que)\s+$/iu;

/**
 * The person a "he" or "she" opening a "when"/"where" clause refers to: the one whose
 * conference, remarks or interview that clause is about, named with a possessive just before
 * it, rather than the sentence's subject or someone named further back. Undefined when no
 * such possessor fits the pronoun.
 */
export function possessorAntecedent(
	text: string,
	mentions: readonly Mention[],
	pronoun: Mention,
	fits: (person: string) => boolean,
): string | undefined {
	const before = mentions.filter((m) => m.end <= pronoun.start && m.person);
	const possessor = before.at(-1);
	if (!possessor?.person || !possessor.possessive || !fits(possessor.person)) return undefined;
	return relativeAfterPossession.test(text.slice(possessor.end, pronoun.start))
		? possessor.person
		: undefined;
}

/**
 * Whether a mention may be what a later "he" or "she" points back to: anyone who can speak,
 * and a person named, opening a sentence, as the owner of a thing ("Sheinbaum's message … was
 * blunt. “…,” she said"), not of a person ("Trump's aides say", whose "he" is the aide).
 */
export function mayBeAntecedent(mention: Mention, text: string): boolean {
	if (canSpeak(mention, text)) return true;
	// Only as the owner opening its sentence, whose subject it is about: in "Hewitt defended
	// Trump's intentions", "he" in the next sentence is Hewitt.
	const opens = /(?:^|[.!?]["”»’]?\s+)$/u.test(text.slice(0, mention.start));
	if (!mention.possessive || !mention.person || !opens) return false;
	const owned = /^['’]s?\s+(?:\p{Ll}+\s+)?(\p{L}+)/u.exec(text.slice(mention.end))?.[1] ?? '';
	return /^\p{Ll}/u.test(owned) && !personNouns.has(owned.toLowerCase());
}
