import { queryWords } from './term-matcher.ts';
import {
	type BlockList,
	indexFormat,
	indexPath,
	initialOf,
	type SearchManifest,
	type SearchTerms,
} from './index-format.ts';
import { createIndexLoader, type IndexReader } from './index-loader.ts';
import { createCandidateFinder } from './query-candidates.ts';
import { rankRecords, type SearchFilters, type SearchHit } from './rank.ts';
import { likelyNextLetters } from './read-ahead.ts';
import { createRecordReader } from './record-reader.ts';
import { termsOf } from './terms.ts';

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

/** The word being typed, when the query ends within one. */
const typingWord = (query: string) =>
	/[\p{L}\p{N}]$/u.test(query) ? termsOf(query).at(-1) : undefined;

/**
 * Search over the sharded index whose manifest is `manifest`: the term list narrows the query
 * to a few postings files, the postings to a few dozen candidates (query-candidates.ts), and
 * fuse.js ranks those (record-reader.ts reads them). Each file is read at most once
 * (index-loader.ts), so later keystrokes mostly cost no fetch at all. A word's term file is
 * asked for as soon as its first letter is typed, and the block list once the first search is
 * done, so neither waits in the chain of a later keystroke.
 */
export function createIndexedSearch(
	read: IndexReader,
	manifest: string,
	{ readAhead = 0, readAheadPause = 0 }: IndexedSearchOptions = {},
): IndexedSearch {
	const load = createIndexLoader(read);
	let opened: ReturnType<typeof openIndex> | undefined;
	// The manifest is read once, so every search opens the same one.
	const open = (meta: SearchManifest) => {
		opened ??= openIndex(meta);
		return opened;
	};
	const openIndex = (meta: SearchManifest) => {
		const records = createRecordReader(meta, load);
		return {
			candidatesOf: createCandidateFinder(meta, load),
			records,
			/**
			 * Asks for the block list once a search's results are shown (a task later), so it is
			 * no part of what the first result waits for.
			 */
			readBlockList() {
				if (records.hasBlockList() || !meta.blocks) return;
				const file = indexPath.blockList(meta.blocks);
				setTimeout(() => {
					load<BlockList>(file).then(
						records.useBlockList,
						() => {}, // the tables still serve; the next search asks again
					);
				});
			},
		};
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
		const word = typingWord(query);
		const initial = word && initialOf(word);
		if (!initial || !Object.hasOwn(meta.terms, initial)) return;
		const table = await load<SearchTerms>(indexPath.terms(meta.terms[initial]!), true);
		const { candidatesOf, records } = open(meta);
		const lists = [];
		for (const letter of likelyNextLetters(word, table, readAhead)) {
			if (search !== begun) return;
			lists.push(await candidatesOf(query + letter, filters, limit, true));
		}
		if (search !== begun) return;
		await records.recordsAt([...new Set(lists.flatMap((list) => list ?? []))], true);
	};

	return async (query, filters = {}, limit = 20) => {
		const search = ++begun;
		const meta = await load<SearchManifest>(manifest);
		if (meta.format !== indexFormat)
			throw new Error(`search index format ${meta.format}, this page reads ${indexFormat}`);
		// The word being typed ("e", not yet worth looking up): its term file is on its way
		// before the word is long enough to need it.
		const typing = typingWord(query);
		const initial = typing && initialOf(typing);
		if (
			initial &&
			!queryWords(query).initials.includes(initial) &&
			Object.hasOwn(meta.terms, initial)
		)
			load(indexPath.terms(meta.terms[initial]!)).catch(() => {});
		const { candidatesOf, records, readBlockList } = open(meta);
		const candidates = await candidatesOf(query, filters, limit, false);
		if (!candidates) return [];
		const found = await records.recordsAt(candidates);
		readBlockList();
		if (readAhead > 0)
			// Once these results are shown and the reader has paused; a failed read is tried again
			// when needed.
			setTimeout(() => {
				if (search === begun) readAheadOf(meta, query, filters, limit, search).catch(() => {});
			}, readAheadPause);
		return rankRecords(found, query, limit);
	};
}
