/**
 * Signs take-header.ts weighs in a page's header: what is not a headline (a ticker), what is
 * not a dek (a stamp), and a dek standing apart from its headline. Kept apart so the score
 * (score-fixture-sets.ts) can name the dek's removal reason without the header's logic.
 */
import { words } from './line-shapes.ts';
import { dateWordShare } from './shape-reasons.ts';

/** The share of a line's words that hold a figure. */
export const figureShare = (line: string) => {
	const ws = words(line);
	return ws.filter((w) => /\d/.test(w)).length / Math.max(ws.length, 1);
};

/** The removal reason of the line taken for the dek: it still stands in the article. */
export const movedToDek = 'moved to the dek';

/** A line whose words are half a date's or more is the page's stamp, never the dek. */
export const isStamp = (line: string) => dateWordShare(line) >= 0.5;

/**
 * A dek stands right below its headline; a title-like line further down, past a byline, a
 * stamp or a player's labels, may be a video's title or a teaser: it is still taken (content
 * is sacred), but for review.
 */
export const apartFromHeadline =
	'taken for the dek, but it stands apart from the headline: a video title or teaser?';

/** Whether raw line `below` comes right after raw line `above` (1-based), blank lines aside. */
export function rightBelow(lines: readonly string[], above: number, below: number): boolean {
	return lines.slice(above, below - 1).every((l) => l.trim() === '');
}
