/**
 * Where the article's body stands in a page, by its sentences: what the position pass
 * (decide-by-position.ts) judges every undecided line against.
 */
import type { LineDecisions } from './line-decisions.ts';
import { isSentence, proseShare } from './sentences.ts';

/** The body's sentences (undecided lines that read as prose), its first and its last line. */
export function bodyBounds({ trimmed, decisions, ruled }: LineDecisions): {
	sentences: number[];
	first: number;
	last: number;
} {
	const sentences = trimmed
		.map((line, index) =>
			isSentence(line) && !decisions.has(index) && !ruled.has(index) && proseShare(line) >= 0.2
				? index
				: -1,
		)
		.filter((i) => i >= 0);
	const last = sentences.at(-1) ?? trimmed.length;
	// The body opens at the first sentence left in the text, a flagged one too ("We use cookies
	// …" when too long for its cue to remove it), as takeHeader opens it.
	const flaggedSentence = trimmed.findIndex(
		(line, index) =>
			decisions.get(index)?.action === 'flag' && isSentence(line) && proseShare(line) >= 0.2,
	);
	const first = Math.min(
		sentences[0] ?? 0,
		flaggedSentence < 0 ? Number.POSITIVE_INFINITY : flaggedSentence,
	);
	return { sentences, first, last };
}
