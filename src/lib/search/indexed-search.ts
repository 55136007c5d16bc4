import { pickCandidates, queryWords, type TermMatch, TermMatcher } from './candidates.ts';
import { rankRecords, type SearchFilters, type SearchHit } from './rank.ts';
import {
	fromGaps,
	type Gaps,
	type SearchMeta,
	type SearchTerms,
	searchFiles,
} from './search-index.ts';
import type { SearchRecord } from './search-records.ts';

/** Reads one file of the index by its path under the index's folder: fetch, or disk. */
export type IndexReader = (path: string) => Promise<unknown>;

export type IndexedSearch = (
	query: string,
	filters?: SearchFilters,
	limit?: number,
) => Promise<SearchHit[]>;

/**
 * Search over the sharded index: the term list narrows the query to a few postings files,
 * the postings to a few dozen candidates, and fuse.js ranks those. Each file is read at
 * most once, so later keystrokes mostly cost no fetch at all.
 */
export function createIndexedSearch(read: IndexReader): IndexedSearch {
	const files = new Map<string, Promise<unknown>>();
	const load = <T>(path: string): Promise<T> => {
		let file = files.get(path);
		if (!file) {
			file = read(path);
			// A failed fetch is not remembered: the next keystroke tries again.
			file.catch(() => files.delete(path));
			files.set(path, file);
		}
		return file as Promise<T>;
	};
	const matcher = new TermMatcher();

	return async (query, filters = {}, limit = 20) => {
		const meta = await load<SearchMeta>(searchFiles.meta);
		const { records: total, blockSize, initials } = meta;
		const { words, initials: wanted } = queryWords(query);
		if (words.length === 0) return [];
		const tables = new Map(
			await Promise.all(
				wanted
					.filter((initial) => initials.includes(initial))
					.map(
						async (initial) =>
							[initial, await load<SearchTerms>(searchFiles.terms(initial))] as const,
					),
			),
		);
		const matches = matcher.match(words, tables);
		const postingsFile = ({ term, shard }: TermMatch) =>
			searchFiles.postings(String.fromCodePoint(term.codePointAt(0)!), shard);
		const shards = new Map(
			await Promise.all(
				[...new Set(matches.flat().map(postingsFile))].map(
					async (file) => [file, await load<Record<string, Gaps>>(file)] as const,
				),
			),
		);
		const postings = (match: TermMatch) =>
			fromGaps(shards.get(postingsFile(match))?.[match.term] ?? []);
		const allowed = await filterOf(meta, filters, load);
		const candidates = pickCandidates(matches, postings, total, allowed, Math.max(limit * 2, 16));
		const blocks = new Map(
			await Promise.all(
				[...new Set(candidates.map((record) => Math.floor(record / blockSize)))].map(
					async (block) => [block, await load<SearchRecord[]>(searchFiles.block(block))] as const,
				),
			),
		);
		const records = candidates.map(
			(record) => blocks.get(Math.floor(record / blockSize))![record % blockSize]!,
		);
		return rankRecords(records, query, limit);
	};
}

/** Which record numbers the filters let through: a type is a range, an outlet or speaker a list. */
async function filterOf(
	meta: SearchMeta,
	filters: SearchFilters,
	load: <T>(path: string) => Promise<T>,
): Promise<(record: number) => boolean> {
	const tests: ((record: number) => boolean)[] = [];
	if (filters.type) {
		// The type comes from the URL: anything but a known type ("constructor" too) matches nothing.
		const [start, end] = Object.hasOwn(meta.types, filters.type)
			? meta.types[filters.type]
			: [0, 0];
		tests.push((record) => record >= start && record < end);
	}
	for (const [name, list, file] of [
		[filters.outlet, meta.outlets, searchFiles.outlet],
		[filters.speaker, meta.speakers, searchFiles.speaker],
	] as const) {
		if (!name) continue;
		const index = list.indexOf(name);
		const holders = new Set(index < 0 ? [] : fromGaps(await load<Gaps>(file(index))));
		tests.push((record) => holders.has(record));
	}
	return (record) => tests.every((test) => test(record));
}
