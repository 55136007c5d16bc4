/**
 * A box the page lets keyboards skip ("Jump past section What did the US say?", "Omitir el
 * recuadro Más sobre esta historia" … "Fin del recuadro"): the skip link names the box, whose
 * title repeats the name on the next line; where the box's own end line follows within a few
 * lines, what stands between is the box's (a related story's link), not the text's. The
 * skip link is a cue of the interface naming the title, which is short; a line inside the box
 * that reads as a sentence is only flagged.
 */
import { isResidue, type LineDecisions, nextLine } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { isSentence } from './sentences.ts';

/** "Jump past section …", "Skip over the box …", "Omitir el recuadro …", "Saltar la sección …". */
const skipLink =
	/^(?:(?:jump|skip) (?:past|over) (?:the )?(?:section|box|block)|(?:omitir|saltar) (?:el |la )?(?:recuadro|secci[oó]n|bloque))\s*:?\s+(\S.{0,80})$/i;
/** "Fin del recuadro", "Final de la sección", "End of section": the box's close. */
const boxEnd =
	/^(?:fin|final) del? (?:la )?(?:recuadro|secci[oó]n|bloque)$|^end of (?:the )?(?:section|box|block)$/i;
/** A box a page lets readers skip holds a few links at most: beyond this, no end is sought. */
const maxBoxLines = 6;
/** A title the skip link names is short; a longer line is the text's, whatever it repeats. */
const maxTitleWords = 12;

/** The index of the box's end line within `maxBoxLines` lines after `from`, or -1. */
function boxEndAfter(trimmed: readonly string[], from: number): number {
	for (let i = from, seen = 0; i < trimmed.length && seen <= maxBoxLines; i++) {
		if (boxEnd.test(trimmed[i]!)) return i;
		if (trimmed[i] !== '') seen++;
	}
	return -1;
}

/** Removes each skip link, the title it names below it and, when the box closes, its lines. */
export function removeSkippedBoxes(state: LineDecisions): void {
	const { trimmed, decisions, ruled } = state;
	// The skip link and the box's close are the interface's own words, naming the box and its
	// title: strong evidence for every line between them (content-safety.ts).
	const remove = (index: number, reason: string) => {
		if (!ruled.has(index)) decisions.set(index, { action: 'remove', reason, strong: true });
	};
	trimmed.forEach((line, index) => {
		const named = skipLink.exec(line);
		if (!named) return;
		remove(index, 'a skip link over a box of the page');
		const title = nextLine(trimmed, index, 1);
		const titled =
			trimmed[title]?.toLowerCase() === named[1]!.toLowerCase() &&
			words(trimmed[title]!).length <= maxTitleWords;
		if (titled) remove(title, 'the title of a box a skip link names');
		const from = titled ? title + 1 : index + 1;
		const end = boxEndAfter(trimmed, from);
		if (end < 0) return;
		for (let i = from; i < end; i++) {
			if (trimmed[i] === '' || isResidue(state, i)) continue;
			decisions.set(
				i,
				isSentence(trimmed[i]!)
					? { action: 'flag', reason: 'inside a box a skip link names, but a sentence: the text?' }
					: {
							action: 'remove',
							reason: 'inside a box a skip link names: a link of the page',
							strong: true,
						},
			);
		}
		remove(end, 'the close of a box a skip link names');
	});
}
