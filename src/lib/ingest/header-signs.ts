/**
 * Signs take-header.ts weighs in a page's header: what is not a headline (a ticker), what is
 * not a dek (a stamp), a dek standing apart from its headline, a live blog's entry times. Kept
 * apart so the score (score-fixture-sets.ts) can name the dek's removal reason without the
 * header's logic.
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

/**
 * A time alone on a line ("19:40", "9:30 a. m.", "12:10 h", "1.12pm GMT", "10:05 ET"), as a
 * live blog stamps its entries, its time zone after it or not.
 */
const entryTime =
	/^\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs|[ap]\.?\s?m\.?))?(?:\s*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|(?:hora|tiempo) del centro))?$/i;

/**
 * The indices of the raw lines that come right after a live blog's entry time (blank lines
 * skipped), when the page holds two times alone on a line or more; empty otherwise.
 */
export function liveBlogTimes(lines: readonly string[]): Set<number> {
	const times = lines.flatMap((l, i) => (entryTime.test(l.trim()) ? [i] : []));
	if (times.length < 2) return new Set();
	const after = new Set<number>();
	for (const t of times) {
		let i = t + 1;
		while (i < lines.length && lines[i]!.trim() === '') i++;
		after.add(i);
	}
	return after;
}
