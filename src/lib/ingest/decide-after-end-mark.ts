/**
 * A text that closes with its publisher's end mark ("###", "END", "+++++", "Fin de la nota")
 * ends there: what stands below the mark on a pasted page is the page's own (the release's
 * contact box, the portal's footer, a transcript's ordering notice), sentences included, as
 * the mark says so itself. Runs before the position pass, which then finds the text's last
 * sentence above the mark.
 */
import { isResidue, type LineDecisions } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { isEndMark } from './vocabulary/index.ts';

/** A line longer than this past the mark may still be text pasted on: it is only flagged. */
const longPastTheMark = 30;

/** For each line index, the words of the lines above it that are not residue (one pass). */
function wordsKeptAbove(state: LineDecisions): number[] {
	const above = [0];
	state.trimmed.forEach((line, i) => {
		above.push(above[i]! + (isResidue(state, i) ? 0 : words(line).length));
	});
	return above;
}

/**
 * Removes the first end mark that closes most of the page's words, and every line below it;
 * a long line there is only flagged.
 */
export function removeAfterEndMark(state: LineDecisions): void {
	const { trimmed, decisions, ruled } = state;
	// A mark closes the text when most of the page's words stand above it: "END" as the first
	// of a few short lines is no close.
	const above = wordsKeptAbove(state);
	const total = above[trimmed.length]!;
	const mark = trimmed.findIndex(
		(line, i) => isEndMark(line) && above[i]! > total - above[i + 1]!,
	);
	if (mark < 0) return;
	if (!ruled.has(mark))
		decisions.set(mark, { action: 'remove', reason: 'the mark the text closes with' });
	for (let i = mark + 1; i < trimmed.length; i++) {
		if (trimmed[i] === '' || ruled.has(i)) continue;
		const long = words(trimmed[i]!).length > longPastTheMark;
		decisions.set(i, {
			action: long ? 'flag' : 'remove',
			reason: long
				? 'below the mark the text closes with, but long: text pasted on, or the page?'
				: 'below the mark the text closes with: the page, not the text',
		});
	}
}
