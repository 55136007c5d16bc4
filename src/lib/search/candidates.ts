import Fuse from 'fuse.js';
import type { SearchTerms } from './search-index.ts';
import { indexTerms } from './terms.ts';

/** A term of the index that a word of the query may mean, and how close it is (0–1]. */
export interface TermMatch {
	term: string;
	weight: number;
	/** How many records hold the term. */
	df: number;
	/** The postings file holding its records, by its number among its initial's files. */
	shard: number;
}

const maxPrefixTerms = 24;
const maxFuzzyTerms = 4;

/** The words of a query worth looking up, and the initials whose term files they need. */
export function queryWords(query: string): { words: string[]; initials: string[] } {
	const words = [...new Set(indexTerms(query))];
	const initials = [...new Set(words.map((word) => String.fromCodePoint(word.codePointAt(0)!)))];
	return { words, initials };
}

/**
 * Reads a query's words as terms of the index: the word itself, the longer words it
 * begins ("invas" → "invasion"), and, when the word is not in the index at all, what
 * fuse.js finds it a misspelling of ("sovreignty" → "sovereignty"). Fuse searches only
 * the terms sharing the word's initial, not the corpus: readers rarely get a first
 * letter wrong, and that keeps both the fetch and the fuzzy search small.
 */
export class TermMatcher {
	readonly #fuzzy = new WeakMap<SearchTerms, Fuse<string>>();

	/** One list of matches per word; an empty list is a word not found. */
	match(words: readonly string[], tables: ReadonlyMap<string, SearchTerms>): TermMatch[][] {
		return words.map((word) => {
			const table = tables.get(String.fromCodePoint(word.codePointAt(0)!));
			return table ? this.#matchWord(word, table) : [];
		});
	}

	#matchWord(word: string, table: SearchTerms): TermMatch[] {
		const { terms } = table;
		const found = new Map<number, number>();
		const at = lowerBound(terms, word);
		const known = terms[at] === word;
		if (known) found.set(at, 1);
		if (word.length >= 3)
			for (let i = known ? at + 1 : at; i < terms.length && found.size < maxPrefixTerms; i++) {
				const term = terms[i]!;
				if (!term.startsWith(word)) break;
				found.set(i, 0.6 + 0.3 * (word.length / term.length));
			}
		if (!known && word.length >= 3)
			for (const result of this.#fuse(table).search(word, { limit: maxFuzzyTerms }))
				found.set(
					result.refIndex,
					Math.max(found.get(result.refIndex) ?? 0, 0.8 * (1 - (result.score ?? 1))),
				);
		return [...found].map(([index, weight]) => ({
			term: terms[index]!,
			weight,
			df: table.df[index]!,
			shard: lastAtMost(table.shards, index),
		}));
	}

	#fuse(table: SearchTerms): Fuse<string> {
		let fuse = this.#fuzzy.get(table);
		if (!fuse) {
			fuse = new Fuse(table.terms, { includeScore: true, threshold: 0.34 });
			this.#fuzzy.set(table, fuse);
		}
		return fuse;
	}
}

/**
 * The records most worth ranking: first those matching the most words of the query, then
 * by how well (closeness × rarity of the term). Ties go to the earlier record, so the same
 * query always gives the same candidates.
 */
export function pickCandidates(
	words: readonly (readonly TermMatch[])[],
	postings: (match: TermMatch) => readonly number[],
	records: number,
	allowed: (record: number) => boolean,
	count: number,
): number[] {
	const covered = new Map<number, number>();
	const scores = new Map<number, number>();
	for (const matches of words) {
		const best = new Map<number, number>();
		for (const match of matches) {
			const value = match.weight * Math.log(1 + records / match.df);
			for (const record of postings(match))
				if (value > (best.get(record) ?? 0) && allowed(record)) best.set(record, value);
		}
		for (const [record, value] of best) {
			covered.set(record, (covered.get(record) ?? 0) + 1);
			scores.set(record, (scores.get(record) ?? 0) + value);
		}
	}
	return [...scores.keys()]
		.sort((a, b) => covered.get(b)! - covered.get(a)! || scores.get(b)! - scores.get(a)! || a - b)
		.slice(0, count);
}

/** The first index whose string is not below `value`, in a sorted array. */
export function lowerBound(sorted: readonly string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]! < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The index of the last element not above `value`, in a sorted array of numbers. */
export function lastAtMost(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]! <= value) low = mid + 1;
		else high = mid;
	}
	return low - 1;
}
