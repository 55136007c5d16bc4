import type { Mention } from './mentions.ts';

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
