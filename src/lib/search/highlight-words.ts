import { stopWords, termsOf } from './terms.ts';

/** A span of a text, start inclusive, end exclusive: what a `<mark>` wraps. */
export type TextRange = [number, number];

/**
 * A word of shown text: letters, marks and digits, numbers with their separators ("10,000").
 * A separated group must end the word: "a.0a" is two words, never a mark ending mid-word.
 */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+(?![\p{L}\p{M}\p{N}]))*/gu;

/** Edits from `a` to `b` (insert, delete, substitute, swap two neighbours), or `limit + 1` past it. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				row[j] = Math.min(row[j]!, before[j - 2]! + 1);
		}
		if (Math.min(...row) > limit) return limit + 1;
		[before, previous] = [previous, row];
	}
	return previous[b.length]!;
}

/**
 * Whether a word of the text is one the reader typed: the same, a longer form of it
 * ("cartels" for "cartel"), a shorter one, or within a few typos (one in four letters, none in a word under five). `lenient` allows
 * more (three in ten letters, one in a short word), for words fuse.js itself matched.
 */
export function isQueryWord(word: string, term: string, lenient = false): boolean {
	if (word === term) return true;
	// A number is the number typed, or another one: 100,000 is no typo of 10,000.
	if (/\p{N}/u.test(word) || /\p{N}/u.test(term)) return false;
	const [shorter, longer] = word.length < term.length ? [word, term] : [term, word];
	if (shorter.length >= 3 && longer.startsWith(shorter) && shorter.length >= 0.6 * longer.length)
		return true;
	// Short words have too many neighbours ("sail": said, soil, sale) to take a typo unasked.
	const allowed = lenient
		? Math.min(Math.ceil(0.3 * term.length), term.length <= 4 ? 1 : 3)
		: term.length < 5
			? 0
			: Math.floor(term.length / 4);
	return allowed > 0 && editDistance(word, term, allowed) <= allowed;
}

/**
 * The ranges of `text` to highlight for `query`, whole words only: every word fuse.js matched
 * (its `ranges`, often fragments such as "sove" and "reignty") that is one of the query's
 * words, and every other occurrence of a query word but a stop word, widened to the word's bounds; words
 * next to each other, with only spaces between, joined in one range. Display only: the
 * ranking never reads these.
 */
export function wordHighlights(
	text: string,
	ranges: readonly TextRange[],
	query: string,
): TextRange[] {
	const terms = termsOf(query).filter((term) => term.length > 1);
	if (terms.length === 0) return [];
	const matched = (start: number, end: number) =>
		ranges.some(([from, to]) => from < end && to > start);
	const words: TextRange[] = [];
	for (const found of text.matchAll(wordPattern)) {
		const start = found.index;
		const end = start + found[0].length;
		const lenient = matched(start, end);
		// A common word is marked only where fuse.js matched it, not at every "the".
		const forms = termsOf(found[0]).filter((form) => lenient || !stopWords.has(form));
		if (forms.some((form) => terms.some((term) => isQueryWord(form, term, lenient))))
			words.push([start, end]);
	}
	const joined: TextRange[] = [];
	for (const word of words) {
		const last = joined.at(-1);
		if (last && /^\s*$/.test(text.slice(last[1], word[0]))) last[1] = word[1];
		else joined.push([...word]);
	}
	return joined;
}
