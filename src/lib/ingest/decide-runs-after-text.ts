/**
 * The classifier's last step: doubtful lines past the article's last sentence, settled by their
 * neighbours once every other line is decided.
 */
import { isResidue, type LineDecisions, nextLine } from './line-decisions.ts';

/** The longest run of doubtful lines past the text that residue on both sides settles. */
const maxDoubtfulRun = 3;

/**
 * Residue comes in runs: past the text, lines flagged as perhaps the author's last words that
 * do not close like a sentence go when residue
 * stands right above and below them: one line ("More stories like this" between "Share" and
 * "Fewer stories like this") or a few in a row ("More from Ana Ruiz" and a teaser's title between
 * "Follow" and a reading time), whatever words they share with the article. Their neighbours
 * are decided by then, so this runs last.
 */
export function removeRunsAfterText(state: LineDecisions, doubtful: readonly number[]): void {
	const { trimmed, decisions } = state;
	const residue = (i: number) => isResidue(state, i);
	const next = (index: number, step: -1 | 1) => nextLine(trimmed, index, step);
	const candidates = new Set(doubtful.filter((i) => !/[.!?…]["'”’»)]?$/.test(trimmed[i]!)));
	for (const index of [...candidates].sort((a, b) => a - b)) {
		if (!candidates.has(index)) continue;
		// The run of candidates that opens here, and the lines that close it on either side.
		const run = [index];
		while (candidates.has(next(run.at(-1)!, 1))) run.push(next(run.at(-1)!, 1));
		for (const i of run) candidates.delete(i);
		if (run.length > maxDoubtfulRun) continue;
		if (!residue(next(index, -1)) || !residue(next(run.at(-1)!, 1))) continue;
		for (const i of run)
			decisions.set(i, {
				action: 'remove',
				reason: "after the article's last sentence, in a run of residue lines: a teaser or widget",
			});
	}
}
