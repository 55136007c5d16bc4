import type { Mention, MentionFinder } from '../reading/mentions.ts';

export interface Resolved {
	speaker: string | null;
	description: string | null;
	confidence: number;
	reason: string;
}

export const unattributed: Resolved = {
	speaker: null,
	description: null,
	confidence: 0.4,
	reason: 'no attribution',
};

/**
 * Someone the text has named, for pronouns, titles and unwritten subjects to look back to: a
 * person in people.yaml (`person`, their id) or a person it does not know (`name`, as written).
 */
export interface Seen {
	block: number;
	sentence: number;
	/** Where in its block the name stands, when known: a pointer looks only behind itself. */
	at?: number;
	person?: string;
	name?: string;
	/** Named as an owner ("Sheinbaum's message"): a pointer in the very next sentence only. */
	owner?: boolean;
}

/** What a pointer looks for: a pronoun or title's fit, or anyone (Spanish "dijo" alone). */
type Fit = (seen: Seen) => boolean;

/**
 * The one person the nearest sentences name: the last three sentences that name anyone,
 * nearest first; the first with someone who fits decides, and two who fit make it a guess
 * left unmade. Further back, a match is a guess too.
 */
export function pointBack(
	seen: readonly Seen[],
	fits: Fit,
	block: number,
	sentence: number,
	word: string,
	offset = Number.POSITIVE_INFINITY,
): Resolved | undefined {
	const earlier = seen.filter(
		(s) =>
			(!s.owner || (s.block === block && s.sentence === sentence - 1)) &&
			(s.block < block ||
				(s.block === block &&
					(s.sentence < sentence || (s.sentence === sentence && (s.at ?? 0) < offset)))),
	);
	const groups: Seen[][] = [];
	for (const s of earlier.toReversed()) {
		const last = groups.at(-1);
		if (last && last[0]!.block === s.block && last[0]!.sentence === s.sentence) last.push(s);
		else groups.push([s]);
	}
	for (const [distance, group] of groups.slice(0, 3).entries()) {
		const fitting = new Set(group.filter(fits).map((s) => s.person ?? `name:${s.name}`));
		if (fitting.size === 0) continue;
		if (fitting.size > 1) return undefined;
		const [who] = fitting;
		const known = !who!.startsWith('name:');
		return {
			speaker: known ? who! : null,
			description: known ? null : who!.slice(5),
			confidence: distance < 2 ? 0.75 : 0.6,
			reason: `"${word}" resolved to the person last named`,
		};
	}
	return undefined;
}

/** Names resolve directly; "she" and "the president" to the one fitting person named last. */
export function resolveMention(
	mention: Mention,
	finder: MentionFinder,
	seen: readonly Seen[],
	block: number,
	sentence: number,
): Resolved | undefined {
	if (mention.person)
		return { speaker: mention.person, description: null, confidence: 0.9, reason: 'named' };
	const pointer = mention.pointer;
	if (!pointer || pointer.pronoun === 'i') return undefined;
	const word = pointer.title ?? pointer.pronoun!;
	// A title fits only people in people.yaml; "he" and "she" fit people it does not know too.
	const fits: Fit = (s) =>
		s.person ? finder.fits(pointer, s.person) : pointer.title === undefined && s.name !== undefined;
	const found = pointBack(seen, fits, block, sentence, word, mention.start);
	if (found || !pointer.title) return found;
	// "la mandataria" with no one named before: the title may fit one person only.
	const only = finder.onlyFitting(pointer);
	return only
		? { speaker: only, description: null, confidence: 0.5, reason: `"${word}" fits one person` }
		: undefined;
}
