/**
 * A text that closes with its publisher's end mark ("###", "END", "+++++", "Fin de la nota")
 * ends there: what stands below the mark on a pasted page is the page's own (the release's
 * contact box, the portal's footer, a transcript's ordering notice), short sentences included,
 * as the mark says so itself. Content is sacred: a line there that reads as running text is
 * only flagged, and paragraphs running on below a "###" make it a feature's section break, not
 * its end. Runs before the position pass, which then finds the text's last sentence above the
 * mark.
 */
import { isResidue, type LineDecisions } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { isSentence } from './sentences.ts';
import { isEndMark, uiCue } from './vocabulary/index.ts';

/** A line longer than this past the mark may still be text pasted on: it is only flagged. */
const longPastTheMark = 30;

/**
 * A sentence of this many words or more past the mark reads as the text's, not the page's
 * one-line notices ("Imprime la página completa", "Terms of Use"): it is only flagged, unless
 * a cue of the interface names it. Two such lines below a mark make it a section break.
 */
const runningPastTheMark = 12;

/** Running prose no interface cue names: a sentence of `runningPastTheMark` words or more. */
const readsAsText = (line: string) =>
	isSentence(line) && words(line).length >= runningPastTheMark && uiCue(line) === undefined;

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
 * a long line there, or one that reads as text, is only flagged.
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
	// A feature may break its sections with "###" too: below such a break the text runs on in
	// paragraphs, where a footer, a contact box or an ordering notice holds one at most.
	const below = trimmed.filter((_line, i) => i > mark && !isResidue(state, i));
	if (below.filter(readsAsText).length >= 2) return;
	if (!ruled.has(mark))
		decisions.set(mark, { action: 'remove', reason: 'the mark the text closes with' });
	for (let i = mark + 1; i < trimmed.length; i++) {
		if (trimmed[i] === '' || ruled.has(i)) continue;
		const line = trimmed[i]!;
		const long = words(line).length > longPastTheMark || readsAsText(line);
		decisions.set(i, {
			action: long ? 'flag' : 'remove',
			reason: long
				? 'below the mark the text closes with, but it reads as text: pasted on, or the page?'
				: 'below the mark the text closes with: the page, not the text',
		});
	}
}
