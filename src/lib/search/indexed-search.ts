import { pickCandidates, queryWords, type TermMatch, TermMatcher } from './candidates.ts';
import {
	type BlockList,
	fromGaps,
	type Gaps,
	hashLength,
	indexFormat,
	indexPath,
	type SearchFilterLists,
	type SearchManifest,
	type SearchTerms,
} from './index-format.ts';
import { rankRecords, type SearchFilters, type SearchHit } from './rank.ts';
import { likelyNextLetters } from './read-ahead.ts';
import type { SearchRecord } from './search-records.ts';
import { termsOf } from './terms.ts';

/**
 * Reads one file of the index by its path relative to the manifest: fetch, or disk. `ahead`
 * marks a file read for a keystroke not yet typed, which a browser may fetch after others.
 */
export type IndexReader = (path: string, ahead?: boolean) => Promise<unknown>;

export interface IndexedSearchOptions {
	/**
	 * After each search, how many of the likeliest next letters of the word being typed to
	 * read ahead for: the postings and record blocks the search with that letter added would
	 * need, so that keystroke ranks from memory instead of waiting on a dozen fetches. 0: none.
	 */
	readAhead?: number;
	/**
	 * How long, in ms, the reader must leave a search's results before the read-ahead starts:
	 * a keystroke that comes sooner has its own search, and files read ahead for the one
	 * before would only queue in front of its files.
	 */
	readAheadPause?: number;
}

export type IndexedSearch = (
	query: string,
	filters?: SearchFilters,
	limit?: number,
) => Promise<SearchHit[]>;

type Postings = Record<string, Gaps>;

/**
 * Search over the sharded index whose manifest is `manifest`: the term list narrows the query
 * to a few postings files, the postings to a few dozen candidates, and fuse.js ranks those.
 * Each file is read at most once, and each term's postings decoded once, so later keystrokes
 * mostly cost no fetch at all. A word's term file is asked for as soon as its first letter
 * is typed, and the block list once the first search is done, so neither waits in the chain
 * of a later keystroke.
 */
export function createIndexedSearch(
	read: IndexReader,
	manifest: string,
	{ readAhead = 0, readAheadPause = 0 }: IndexedSearchOptions = {},
): IndexedSearch {
	const files = new Map<string, Promise<unknown>>();
	const load = <T>(path: string, ahead = false): Promise<T> => {
		let file = files.get(path);
		if (!file) {
			file = read(path, ahead);
			// A failed fetch is not remembered: the next keystroke tries again.
			file.catch(() => files.delete(path));
			files.set(path, file);
		}
		return file as Promise<T>;
	};
	const matcher = new TermMatcher();
	const decoded = new WeakMap<Postings, Map<string, number[]>>();
	const recordsOf = (shard: Postings | undefined, term: string): number[] => {
		if (!shard || !Object.hasOwn(shard, term)) return [];
		const terms = decoded.get(shard) ?? new Map<string, number[]>();
		decoded.set(shard, terms);
		const numbers = terms.get(term) ?? fromGaps(shard[term]!);
		terms.set(term, numbers);
		return numbers;
	};

	let blockNames: BlockList | undefined;
	/**
	 * Asks for the block list once a search's results are shown (a task later), so it is no
	 * part of what the first result waits for.
	 */
	const readBlockList = (meta: SearchManifest) => {
		if (blockNames !== undefined || !meta.blocks) return;
		const file = indexPath.blockList(meta.blocks);
		setTimeout(() => {
			load<BlockList>(file).then(
				(names) => (blockNames = names),
				() => {}, // the tables still serve; the next search asks again
			);
		});
	};

	/**
	 * The record numbers worth ranking for `query`: its words' term files, then the postings
	 * of the terms they match. Undefined when no word is worth looking up.
	 */
	const candidatesOf = async (
		meta: SearchManifest,
		query: string,
		filters: SearchFilters,
		limit: number,
		ahead: boolean,
	): Promise<number[] | undefined> => {
		const { words, initials } = queryWords(query);
		if (words.length === 0) return undefined;
		const tables = new Map(
			await Promise.all(
				initials
					.filter((initial) => Object.hasOwn(meta.terms, initial))
					.map(
						async (initial) =>
							[
								initial,
								await load<SearchTerms>(indexPath.terms(meta.terms[initial]!), ahead),
							] as const,
					),
			),
		);
		const matches = matcher.match(words, tables);
		const postingsFile = ({ term, shard }: TermMatch) =>
			indexPath.postings(tables.get(String.fromCodePoint(term.codePointAt(0)!))!.files[shard]!);
		const shards = new Map(
			await Promise.all(
				[...new Set(matches.flat().map(postingsFile))].map(
					async (file) => [file, await load<Postings>(file, ahead)] as const,
				),
			),
		);
		const allowed = await filterOf(meta, filters, (path) => load(path, ahead));
		// Twice as many candidates as results, for fuse.js to choose from. As many as results
		// fetched half the blocks but lost wanted records from the first three.
		return pickCandidates(
			matches,
			(match) => recordsOf(shards.get(postingsFile(match)), match.term),
			meta.records,
			allowed,
			Math.max(limit * 2, 16),
		);
	};

	/** Searches begun so far: a read-ahead stops once a newer search has begun. */
	let begun = 0;
	/**
	 * Reads what the likeliest next keystrokes' searches will need (`readAhead` letters added
	 * to the word being typed), ranking nothing: their results come when they are typed.
	 */
	const readAheadOf = async (
		meta: SearchManifest,
		query: string,
		filters: SearchFilters,
		limit: number,
		search: number,
	) => {
		const word = /[\p{L}\p{N}]$/u.test(query) ? termsOf(query).at(-1) : undefined;
		const initial = word && String.fromCodePoint(word.codePointAt(0)!);
		if (!initial || !Object.hasOwn(meta.terms, initial)) return;
		const table = await load<SearchTerms>(indexPath.terms(meta.terms[initial]!), true);
		const letters = likelyNextLetters(word, table, readAhead);
		const lists = [];
		for (const letter of letters) {
			if (search !== begun) return;
			lists.push(await candidatesOf(meta, query + letter, filters, limit, true));
		}
		if (search !== begun) return;
		await recordsAt(
			meta,
			[...new Set(lists.flatMap((list) => list ?? []))],
			(path) => load(path, true),
			blockNames,
		);
	};

	return async (query, filters = {}, limit = 20) => {
		const search = ++begun;
		const meta = await load<SearchManifest>(manifest);
		if (meta.format !== indexFormat)
			throw new Error(`search index format ${meta.format}, this page reads ${indexFormat}`);
		// The word being typed ("e", not yet worth looking up): its term file is on its way
		// before the word is long enough to need it.
		const typing = /[\p{L}\p{N}]$/u.test(query) ? termsOf(query).at(-1) : undefined;
		const initial = typing && String.fromCodePoint(typing.codePointAt(0)!);
		if (
			initial &&
			!queryWords(query).initials.includes(initial) &&
			Object.hasOwn(meta.terms, initial)
		)
			load(indexPath.terms(meta.terms[initial]!)).catch(() => {});
		const candidates = await candidatesOf(meta, query, filters, limit, false);
		if (!candidates) return [];
		const records = await recordsAt(meta, candidates, load, blockNames);
		readBlockList(meta);
		if (readAhead > 0)
			// Once these results are shown and the reader has paused; a failed read is tried again
			// when needed.
			setTimeout(() => {
				if (search === begun) readAheadOf(meta, query, filters, limit, search).catch(() => {});
			}, readAheadPause);
		return rankRecords(records, query, limit);
	};
}

/**
 * The records numbered `numbers`, in that order: their blocks, named by the block list when it
 * has come, else by their block tables.
 */
async function recordsAt(
	meta: SearchManifest,
	numbers: readonly number[],
	load: <T>(path: string) => Promise<T>,
	blockNames: BlockList | undefined,
): Promise<SearchRecord[]> {
	const { blockSize, tableSize } = meta;
	const blockOf = (number: number) => Math.floor(number / blockSize);
	const wanted = [...new Set(numbers.map(blockOf))];
	const nameOf = async (block: number) =>
		blockNames?.slice(block * hashLength, (block + 1) * hashLength) ??
		(await load<string[]>(indexPath.table(meta.tables[Math.floor(block / tableSize)]!)))[
			block % tableSize
		]!;
	const blocks = new Map(
		await Promise.all(
			wanted.map(async (block) => {
				const records = await load<SearchRecord[]>(indexPath.block(await nameOf(block)));
				return [block, records] as const;
			}),
		),
	);
	return numbers.map((number) => blocks.get(blockOf(number))![number % blockSize]!);
}

/**
 * Which record numbers the filters let through, or undefined when there are none: a type
 * is a range, an outlet or speaker a list.
 */
async function filterOf(
	meta: SearchManifest,
	filters: SearchFilters,
	load: <T>(path: string) => Promise<T>,
): Promise<((record: number) => boolean) | undefined> {
	const tests: ((record: number) => boolean)[] = [];
	if (filters.type) {
		// The type comes from the URL: anything but a known type ("constructor" too) matches nothing.
		const [start, end] = Object.hasOwn(meta.types, filters.type)
			? meta.types[filters.type]
			: [0, 0];
		tests.push((record) => record >= start && record < end);
	}
	if (filters.outlet || filters.speaker) {
		const lists = await load<SearchFilterLists>(indexPath.filters(meta.filters));
		for (const [name, list] of [
			[filters.outlet, lists.outlets],
			[filters.speaker, lists.speakers],
		] as const) {
			if (!name) continue;
			const file = list.find(([known]) => known === name)?.[1];
			const holders = new Set(file ? fromGaps(await load<Gaps>(indexPath.list(file))) : []);
			tests.push((record) => holders.has(record));
		}
	}
	return tests.length === 0 ? undefined : (record) => tests.every((test) => test(record));
}
