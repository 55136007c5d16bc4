/**
 * Past the article's main run of text, a page holds short runs of lines between its residue:
 * a thread's replies between "Mensaje por …" and "Arriba", a post's comments between a
 * commenter's name and "Reply • 12 reactions", a channel's messages between their times and
 * reaction counts. Residue comes in runs; the text comes in one long run. Short runs of lines
 * with residue right above and right below them, two or more after the longest run, may be
 * either: each of their undecided lines is flagged for an editor (never removed, as a reader's
 * reply reads like the text).
 */
import { isResidue, type LineDecisions } from './line-decisions.ts';
import { words } from './line-shapes.ts';

/** A run of more lines than this is text, not a reply or a message. */
const maxIslandLines = 3;
/**
 * A reply or a message says its piece in a sentence or two; a live blog's entry or a
 * correction set apart runs longer.
 */
const maxIslandWords = 30;
/** Below this many words, the longest run is too short to tell the text by. */
const minMainWords = 60;

/**
 * "Correction: …", "Fe de erratas: …", "Update, November 25: …", "Nota del editor: …": the
 * outlet's own note on the text, set apart at its end, is no reader's reply.
 */
const outletNote =
	/^(?:corrections?|correcci[oó]n|fe de erratas|aclaraci[oó]n|update[sd]?|actualizaci[oó]n|actualizado|editor['’]s note|nota del? (?:la )?(?:editor|editora|redacci[oó]n))\b[^:]{0,40}:/i;

/** Runs of lines that are neither blank nor residue, in page order, as line indices. */
function textRuns(state: LineDecisions, residue: (i: number) => boolean): number[][] {
	const runs: number[][] = [[]];
	state.trimmed.forEach((line, i) => {
		if (line === '') return;
		if (residue(i)) runs.push([]);
		else runs.at(-1)!.push(i);
	});
	return runs.filter((run) => run.length > 0);
}

/** Flags the undecided lines of each short run of lines between residue past the main run. */
export function flagIslands(state: LineDecisions): void {
	const { trimmed, decisions } = state;
	// A line that repeats an earlier one (a quoted post, a teaser shown twice) is dropped as a
	// repeat later on: it bounds a run as residue does.
	const seen = new Set<string>();
	const repeats = new Set<number>();
	trimmed.forEach((line, i) => {
		if (line.length >= 20 && seen.has(line.toLowerCase())) repeats.add(i);
		seen.add(line.toLowerCase());
	});
	const residue = (i: number) => isResidue(state, i) || repeats.has(i);
	const runs = textRuns(state, residue);
	// Each run's words counted once: a page of many short runs stays linear.
	const sizes = new Map(
		runs.map((run) => [run, run.reduce((n, i) => n + words(trimmed[i]!).length, 0)]),
	);
	const size = (run: number[]) => sizes.get(run) ?? 0;
	const main = runs.reduce((best, run) => (size(run) > size(best) ? run : best), runs[0] ?? []);
	if (size(main) < minMainWords) return;
	// The text may resume after a box set into it (a newsletter sign-up, a teaser): short runs
	// before its last long run are its paragraphs between boxes, not replies.
	const lastText = runs.findLastIndex((run) => size(run) >= minMainWords);
	const islands = runs
		.slice(Math.max(runs.indexOf(main), lastText) + 1)
		.filter((run) => run.length <= maxIslandLines && size(run) <= maxIslandWords);
	// One short run after an advertisement is the article's last paragraphs; replies and
	// messages come two or more.
	if (islands.length < 2) return;
	for (const run of islands) {
		for (const i of run)
			if (!decisions.has(i) && !outletNote.test(trimmed[i]!))
				decisions.set(i, {
					action: 'flag',
					reason:
						'a short run of lines between residue, past the text: a reply, a comment or the text?',
				});
	}
}
