import type { SearchRecord } from './search-records.ts';

/**
 * The search index's files as the browser reads them. Every file is named by a hash of its
 * bytes and found through the file that names it: the entry file names the manifest, the manifest
 * the term files, postings files, block tables, block list and filters file, a term file its
 * postings files, a block table (and the block list) its record blocks. A deployed set is therefore always
 * self-consistent: a browser that read an old manifest goes on reading the old files (a host
 * may keep them), never a newer file that disagrees with it, and a file whose bytes did not
 * change keeps its name, and its cache.
 */
export const indexFormat = 2;

/** The first letter of a term or word: terms are filed, and looked up, by it. */
export const initialOf = (word: string): string => String.fromCodePoint(word.codePointAt(0)!);

/** Hex digits of SHA-256 a file is named by: 64 bits, and the build fails on a clash. */
export const hashLength = 16;

/**
 * The one file at a fixed address (`search/index.json`, fetched fresh, never cached): which
 * manifest is current. Pages name this file, not the manifest: were they to name the manifest,
 * a change to one quote would change every page's bytes, and an incremental build would render
 * the whole site again.
 */
export interface SearchEntry {
	format: number;
	/** The manifest's path, relative to the entry file. */
	manifest: string;
}

export interface SearchManifest {
	/** `indexFormat` when built: a page reading another format fails clearly instead of wrongly. */
	format: number;
	records: number;
	blockSize: number;
	/** Blocks per block table. */
	tableSize: number;
	/** Records are ordered claims, quotes, headlines: a type filter is a range, `[start, end)`. */
	types: Record<SearchRecord['type'], [number, number]>;
	/**
	 * The term files, by the first character of their terms: a query fetches the files of its
	 * words' initials only, never the whole vocabulary.
	 */
	terms: Record<string, string>;
	/** The block tables, in record order: table `i` names blocks `i × tableSize` onwards. */
	tables: string[];
	/**
	 * The block list (`BlockList`): every block's name, in record order, in one file. The
	 * tables serve the first search (a few small files, little to fetch before the first
	 * result); the list is fetched once that result is shown, so later searches go from
	 * postings straight to blocks, one fetch fewer in their chain. Absent from indexes built
	 * before it: they read tables only.
	 */
	blocks?: string;
	/** The filters file: outlets and speakers are read only when a search is narrowed to one. */
	filters: string;
	/**
	 * Every postings file, in term order, by its first term: a word's postings can be asked for
	 * alongside its term file, not after it (`coveringPostings`), so a word of an initial not
	 * yet read costs one round of fetches before its records, not two. The term file still
	 * says which terms a word means. Absent from indexes built before it.
	 */
	postings?: { first: string[]; files: string[] };
}

/** The terms beginning with one character. */
export interface SearchTerms {
	/** The terms, sorted, so the words sharing a prefix sit together. */
	terms: string[];
	/** How many records hold each term, for its weight (rarer words say more). */
	df: number[];
	/** The index in `terms` of each postings file's first term. */
	shards: number[];
	/** Each postings file, by hash, in the order of `shards`. */
	files: string[];
}

/** A postings file: each of its terms' records (`ImpactGaps`), the terms in order. */
export type SearchPostings = Record<string, ImpactGaps>;

/**
 * A term's records, ascending, each as its gap from the one before times `impactLevels`, plus
 * how much the term weighs in that record (`impactLevel`): the candidates are chosen on it, so
 * the postings already tell a passage about the word from a long one that mentions it.
 */
export type ImpactGaps = number[];

/** How finely a posting says how much its term weighs in its record. */
export const impactLevels = 4;

/**
 * A term's weight in a record, its count over the square root of the record's length in
 * words, as a level: for a word said once, 0 in a record of up to three words, 1 up to
 * fifteen, 2 up to sixty-three, 3 past that. Coarse on purpose: a record's levels change only
 * when its length crosses one of those, so most edits leave its other terms' postings as they
 * were.
 */
export function impactLevel(impact: number): number {
	return Math.min(impactLevels - 1, Math.max(0, Math.floor(Math.log2(1 / impact))));
}

/** `[record, impact]` pairs as `ImpactGaps`. */
export function toImpactGaps(postings: readonly (readonly [number, number])[]): ImpactGaps {
	const sorted = [...postings].sort((a, b) => a[0] - b[0]);
	return sorted.map(
		([record, impact], i) =>
			(record - (i === 0 ? 0 : sorted[i - 1]![0])) * impactLevels + impactLevel(impact),
	);
}

/** `ImpactGaps` read back: the records, ascending, and each one's level. */
export function fromImpactGaps(values: ImpactGaps): { records: number[]; levels: Uint8Array } {
	let at = 0;
	const records = values.map((value) => (at += Math.floor(value / impactLevels)));
	const levels = Uint8Array.from(values, (value) => value % impactLevels);
	return { records, levels };
}

/**
 * Every block's name (`hashLength` hex digits each) run together in record order, as one
 * string: one value to parse and hold, not 12,500 small strings at 100,000 records.
 */
export type BlockList = string;

/** Each outlet and speaker with the hash of its list of record numbers (as `Gaps`). */
export interface SearchFilterLists {
	outlets: [name: string, file: string][];
	speakers: [name: string, file: string][];
}

/** Record numbers as gaps from the previous one, ascending: short numbers gzip well. */
export type Gaps = number[];

/** The path of an index file under the manifest's folder, from its kind and hash. */
export const indexPath = {
	terms: (hash: string) => `t/${hash}.json`,
	postings: (hash: string) => `p/${hash}.json`,
	table: (hash: string) => `r/${hash}.json`,
	block: (hash: string) => `b/${hash}.json`,
	blockList: (hash: string) => `n/${hash}.json`,
	filters: (hash: string) => `f/${hash}.json`,
	list: (hash: string) => `l/${hash}.json`,
} as const;

export function toGaps(numbers: readonly number[]): Gaps {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted.map((number, i) => number - (i === 0 ? 0 : sorted[i - 1]!));
}

export function fromGaps(gaps: Gaps): number[] {
	let at = 0;
	return gaps.map((gap) => (at += gap));
}
