import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQueryWord, wordHighlights } from '../../src/lib/search/highlight-words.ts';
import { withoutNestedQuotes } from '../../src/lib/search/nested-quotes.ts';
import type { SearchHit } from '../../src/lib/search/rank.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

/** The text with each highlighted range in brackets, to read a test at a glance. */
function marked(text: string, query: string, ranges: [number, number][] = []): string {
	let out = '';
	let at = 0;
	for (const [start, end] of wordHighlights(text, ranges, query)) {
		out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
		at = end;
	}
	return out + text.slice(at);
}

/** The ranges of each `part` of `text`, as fuse.js gives them (end exclusive here). */
function rangesOf(text: string, ...parts: string[]): [number, number][] {
	return parts.map((part) => {
		const start = text.indexOf(part);
		return [start, start + part.length];
	});
}

describe('wordHighlights', () => {
	it('widens fragments fuse.js matched inside a word to the whole word', () => {
		const text = "Mexico's sovereignty is not for sale.";
		// What the reader saw before: "soveré", "i", "gnty" marked apart ("sovereI g NTY").
		expect(marked(text, 'sovreignty', rangesOf(text, 'sovere', 'i', 'gnty'))).toBe(
			"Mexico's [sovereignty] is not for sale.",
		);
	});

	it('marks longer forms and typos of a query word, never a word the query does not hold', () => {
		const text = 'Capture-or-kill missions could disrupt cartel leadership and foreign supply.';
		expect(marked(text, 'cartels leaders', rangesOf(text, 'cartel', 'leaders'))).toBe(
			'Capture-or-kill missions could disrupt [cartel leadership] and foreign supply.',
		);
		// fuse.js matched "for" inside "foreign": a fragment, not the word typed.
		expect(marked(text, 'not for sale', rangesOf(text, 'for'))).toBe(text);
	});

	it('joins neighbouring words into one mark, but not across punctuation', () => {
		const text = 'No, President Trump. Sovereignty is not for sale.';
		expect(marked(text, 'president trump sovereignty')).toBe(
			'No, [President Trump]. [Sovereignty] is not for sale.',
		);
		expect(marked(text, 'not for sale', rangesOf(text, 'not', 'for'))).toBe(
			'No, President Trump. Sovereignty is [not for sale].',
		);
	});

	it('marks every occurrence of a query word, common words only where fuse.js matched them', () => {
		const text = 'Sovereignty is not for sale. Sovereignty is loved, not for sale.';
		expect(marked(text, 'sovereignty for', rangesOf(text, 'for'))).toBe(
			'[Sovereignty] is not [for] sale. [Sovereignty] is loved, not for sale.',
		);
	});

	it('reads numbers and accents as the index does', () => {
		expect(marked('Mexico deployed 10,000 troops; 100,000 died.', '10000 troops')).toBe(
			'Mexico deployed [10,000 troops]; 100,000 died.',
		);
		expect(marked('La soberanía no se vende', 'soberania')).toBe('La [soberanía] no se vende');
	});

	it('never ends a mark inside a word that a number runs into', () => {
		// Found by the property below: "abc.10" was read as one word, its mark ending before "x".
		expect(marked('abc.10x', 'abc')).toBe('[abc].10x');
	});

	it('marks nothing for a query without words', () => {
		expect(wordHighlights('Anything at all', [[0, 3]], ' , ')).toEqual([]);
	});

	it('starts and ends every mark on a word boundary, inside the text, in order', () => {
		const wordChar = /[\p{L}\p{M}\p{N}]/u;
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom(..."abc déf 10,0 .'’".split('')), maxLength: 40 }),
				fc.string({ unit: fc.constantFrom(...'abcdéf 10'.split('')), maxLength: 12 }),
				fc.array(fc.tuple(fc.nat(40), fc.nat(6))),
				(text, query, spans) => {
					const ranges = spans.map(
						([start, length]) => [start, start + length + 1] as [number, number],
					);
					let last = -1;
					for (const [start, end] of wordHighlights(text, ranges, query)) {
						expect(start).toBeGreaterThan(last);
						expect(end).toBeLessThanOrEqual(text.length);
						expect(start < end).toBe(true);
						expect(wordChar.test(text[start - 1] ?? ' ')).toBe(false);
						expect(wordChar.test(text[end] ?? ' ')).toBe(false);
						last = end;
					}
				},
			),
		);
	});
});

describe('isQueryWord', () => {
	it('takes typos and swapped letters, more of them where fuse.js matched the word', () => {
		expect(isQueryWord('sheinbaum', 'shienbaum')).toBe(true);
		expect(isQueryWord('trump', 'trupm')).toBe(true);
		expect(isQueryWord('trump', 'tromp')).toBe(true);
		expect(isQueryWord('sovereignty', 'sovrenty')).toBe(false);
		expect(isQueryWord('sovereignty', 'sovrenty', true)).toBe(true);
		expect(isQueryWord('foreign', 'for', true)).toBe(false);
		expect(isQueryWord('sovereign', 'movie', true)).toBe(false);
	});
});

const record = (id: string, text: string): SearchRecord => ({
	id,
	type: id.startsWith('quote:') ? 'quote' : 'claim',
	text,
	context: '',
	outlets: ['Different Hub'],
	url: '/x/',
});
const hit = (id: string, text: string, score: number): SearchHit => ({
	record: record(id, text),
	score,
	highlights: [],
});

describe('withoutNestedQuotes', () => {
	it('shows a quote nested in a longer quote of the same article once, the better ranked', () => {
		const hits = [
			hit('claim:sovereignty', 'Sovereignty is not for sale.', 0.1),
			hit('quote:a#q-no-president', 'No, President Trump. Sovereignty is not for sale.', 0.2),
			hit('quote:b#q-no-president', '‘No, President Trump. Sovereignty is not for sale.’', 0.25),
			hit(
				'quote:a#q-and-you-know',
				'And you know what I said to him? ‘No, President Trump. Sovereignty is not for sale.’',
				0.3,
			),
			hit('quote:a#q-loved', 'Sovereignty is loved and defended.', 0.4),
		];
		const kept = withoutNestedQuotes(hits);
		expect(kept.map((h) => h.record.id)).toEqual([
			'claim:sovereignty',
			'quote:a#q-no-president',
			'quote:b#q-no-president',
			'quote:a#q-loved',
		]);
		// Scores and order are the ranking's own.
		expect(kept.map((h) => h.score)).toEqual([0.1, 0.2, 0.25, 0.4]);
	});

	it('drops the same words quoted twice in one article, keeps words that only share a word', () => {
		const kept = withoutNestedQuotes([
			hit('quote:a#q-entirely-a-movie', 'entirely a movie,', 0.1),
			hit('quote:a#q-entirely-a-movie-2', 'entirely a movie,', 0.1),
			hit('quote:a#q-a-movie-star', 'a movie star', 0.2),
		]);
		expect(kept.map((h) => h.record.id)).toEqual([
			'quote:a#q-entirely-a-movie',
			'quote:a#q-a-movie-star',
		]);
	});
});
