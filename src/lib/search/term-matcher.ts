/**
 * A query's words read as terms of the index (exact, begun, or misspelt), so the candidate
 * finder knows which postings to read: the first step of a search after its words.
 */
import Fuse from 'fuse.js';
import { initialOf, type SearchTerms } from './index-format.ts';
import { lastAtMost, lowerBound } from './sorted-arrays.ts';
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
	const initials = [...new Set(words.map((word) => initialOf(word)))];
	return { words, initials };
}

/** fuse.js's threshold for a misspelt word: at most a third of its letters wrong. */
const fuzzyThreshold = 0.34;

/**
 * Reads a query's words as terms of the index: the word itself, the longer words it
 * begins ("invas" → "invasion"), and, when no term is or begins with the word, what
 * fuse.js finds it a misspelling of ("sovreignty" → "sovereignty"). Fuse searches only
 * the terms sharing the word's initial, not the corpus: readers rarely get a first
 * letter wrong, and that keeps both the fetch and the fuzzy search small.
 */
export class TermMatcher {
	readonly #bigrams = new WeakMap<SearchTerms, Map<string, number[]>>();

	/** One list of matches per word; an empty list is a word not found. */
	match(words: readonly string[], tables: ReadonlyMap<string, SearchTerms>): TermMatch[][] {
		return words.map((word) => {
			const table = tables.get(initialOf(word));
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
		// A word that begins some term is being typed, not misspelt: fuzzy matching it would
		// cost the most time of any step and add terms the next keystroke drops.
		if (found.size === 0 && word.length >= 3)
			for (const [index, score] of this.#fuzzy(word, table)) found.set(index, 0.8 * (1 - score));
		return [...found].map(([index, weight]) => ({
			term: terms[index]!,
			weight,
			df: table.df[index]!,
			shard: lastAtMost(table.shards, index),
		}));
	}

	/**
	 * fuse.js's closest terms to `word` (index in the table, score), over only the terms it
	 * could match: a term within e edits of the word shares at least (length − 1 − 2e) of
	 * its two-letter pairs, so the others are left out before fuse.js reads a letter. Same
	 * results as fuse.js over the whole table, in a fraction of the time.
	 */
	#fuzzy(word: string, table: SearchTerms): [number, number][] {
		const errors = Math.floor(fuzzyThreshold * word.length);
		const pairs = pairsOf(word);
		const needed = pairs.length - 2 * errors;
		let indices: number[];
		// fuse.js reads a word over 32 letters in pieces, each with its own errors.
		if (needed <= 0 || word.length > 32) indices = table.terms.map((_, i) => i);
		else {
			const shared = new Map<number, number>();
			for (const pair of pairs)
				for (const index of this.#pairIndex(table).get(pair) ?? [])
					shared.set(index, (shared.get(index) ?? 0) + 1);
			indices = [...shared]
				.filter(([, count]) => count >= needed)
				.map(([index]) => index)
				.sort((a, b) => a - b);
		}
		const fuse = new Fuse(
			indices.map((index) => table.terms[index]!),
			{ includeScore: true, threshold: fuzzyThreshold },
		);
		return fuse
			.search(word, { limit: maxFuzzyTerms })
			.map((result) => [indices[result.refIndex]!, result.score ?? 1]);
	}

	/** Each two-letter pair of the table's terms → the terms holding it, built on first need. */
	#pairIndex(table: SearchTerms): Map<string, number[]> {
		let index = this.#bigrams.get(table);
		if (!index) {
			index = new Map();
			table.terms.forEach((term, i) => {
				for (const pair of new Set(pairsOf(term))) {
					const list = index!.get(pair);
					if (list) list.push(i);
					else index!.set(pair, [i]);
				}
			});
			this.#bigrams.set(table, index);
		}
		return index;
	}
}

/** A word's two-letter pairs, in order, repeats kept (the bound above counts positions). */
function pairsOf(word: string): string[] {
	const letters = [...word];
	return letters.slice(1).map((letter, i) => letters[i]! + letter);
}
