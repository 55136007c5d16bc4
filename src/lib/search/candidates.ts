import Fuse from 'fuse.js';
import type { SearchTerms } from './index-format.ts';
import { indexTerms } from './terms.ts';
import { tiedByBlock } from './tied-by-block.ts';

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

/** A term's records, ascending, and the level of its weight in each (`impactLevel`). */
export interface TermPostings {
	records: ArrayLike<number>;
	levels: ArrayLike<number>;
}

/**
 * What a term counts for in a record at each level of its weight there: a word of a short
 * passage says more about it than the same word somewhere in a long one (fuse.js, ranking
 * next, thinks so too). Without it every record holding the same terms tied, and twice the
 * dialog's results had to be fetched for fuse.js to find the wanted ones among them.
 */
const levelWeights = [1, 0.8, 0.6, 0.4];

/**
 * The records most worth ranking: first those matching the most words of the query, then
 * by how well (closeness × rarity of the term × its weight in the record). Records the
 * postings cannot tell apart are chosen by their block of `blockSize` records (`tiedByBlock`),
 * so the candidates are read in fewer files; otherwise the earlier record goes first. The
 * same query always gives the same candidates.
 */
export function pickCandidates(
	words: readonly (readonly TermMatch[])[],
	postings: (match: TermMatch) => TermPostings,
	records: number,
	allowed: ((record: number) => boolean) | undefined,
	count: number,
	blockSize = 1,
): number[] {
	const { covered, scores, best } = scratch(records);
	const touched: number[] = [];
	for (const matches of words) {
		const seen: number[] = [];
		for (const match of matches) {
			const termValue = match.weight * Math.log(1 + records / match.df);
			const { records: list, levels } = postings(match);
			for (let i = 0; i < list.length; i++) {
				const record = list[i]!;
				const value = termValue * levelWeights[levels[i]!]!;
				if (best[record] === 0) {
					if (allowed && !allowed(record)) continue;
					seen.push(record);
					best[record] = value;
				} else if (value > best[record]!) best[record] = value;
			}
		}
		for (const record of seen) {
			if (covered[record] === 0) touched.push(record);
			covered[record]!++;
			scores[record]! += best[record]!;
			best[record] = 0;
		}
	}
	const before = (a: number, b: number) =>
		covered[a]! - covered[b]! || scores[a]! - scores[b]! || b - a;
	// The best `count`, kept sorted as the records go by: most fall below the last one.
	const top: number[] = [];
	for (const record of touched) {
		if (top.length === count && before(record, top[count - 1]!) <= 0) continue;
		let at = top.length === count ? count - 1 : top.length;
		while (at > 0 && before(record, top[at - 1]!) > 0) {
			top[at] = top[at - 1]!;
			at--;
		}
		top[at] = record;
	}
	const picked =
		top.length === count && blockSize > 1
			? tiedByBlock(
					top,
					touched,
					(a, b) => covered[a] === covered[b] && scores[a] === scores[b],
					blockSize,
				)
			: top;
	for (const record of touched) {
		covered[record] = 0;
		scores[record] = 0;
	}
	return picked;
}

let buffers: { covered: Uint8Array; scores: Float64Array; best: Float64Array } | undefined;

/**
 * Arrays over every record number, not maps: a short prefix brings tens of thousands of
 * postings, and this loop is then most of a keystroke's time. Kept from call to call (each
 * call zeroes what it touched), as allocating them would cost as much again.
 */
function scratch(records: number) {
	if (!buffers || buffers.best.length < records)
		buffers = {
			covered: new Uint8Array(records),
			scores: new Float64Array(records),
			best: new Float64Array(records),
		};
	return buffers;
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
