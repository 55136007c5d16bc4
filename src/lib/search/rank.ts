import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './search-records.ts';
import { termsOf } from './terms.ts';

/** What a reader narrows a search to; each empty means "any". */
export interface SearchFilters {
	type?: SearchRecord['type'] | undefined;
	outlet?: string | undefined;
	speaker?: string | undefined;
}

/** A ranked record and the ranges of its shown text that matched, for highlighting. */
export interface SearchHit {
	record: SearchRecord;
	score: number;
	highlights: [number, number][];
}

const options: IFuseOptions<SearchRecord> = {
	// Extended search requires every word within one key, so one key holds all a record's
	// words ("hegseth terrorist": a speaker and a word of the quote). The text key on its
	// own ranks a match in the words shown above a match in the context.
	keys: [
		{ name: 'all', weight: 0.7, getFn: (record) => allWords(record) },
		{ name: 'text', weight: 0.3 },
	],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: 0.4,
	minMatchCharLength: 2,
	// Every word of the query has to match somewhere: "hegseth terrorist" wants both.
	useExtendedSearch: true,
};

/**
 * Fuse's extended syntax: each word a fuzzy term, all of them required, in any field. The
 * words are the index's own (`termsOf`), so ranking and lookup read a query alike.
 */
export function toExtendedQuery(query: string): string {
	return termsOf(query)
		.filter((word) => word.length > 1)
		.join(' ');
}

/**
 * The candidates ranked by fuse.js, best first: those holding every word of the query, then,
 * when they are too few, those holding some of them, so a half-remembered query still finds
 * something.
 */
export function rankRecords(
	records: readonly SearchRecord[],
	query: string,
	limit = 20,
): SearchHit[] {
	const words = toExtendedQuery(query);
	if (!words) return [];
	const fuse = new Fuse(records, options);
	const results = fuse.search(words, { limit });
	if (results.length < limit && words.includes(' ')) {
		const seen = new Set(results.map((result) => result.refIndex));
		for (const result of fuse.search(words.split(' ').join(' | '), { limit }))
			if (!seen.has(result.refIndex) && results.length < limit) results.push(result);
	}
	return results.map((result) => ({
		record: result.item,
		score: result.score ?? 1,
		highlights: textRanges(result.matches ?? [], result.item.text.length),
	}));
}

function allWords(record: SearchRecord): string {
	return `${record.text} ${record.speaker ?? ''} ${record.context}`;
}

/**
 * The matched ranges that fall in the shown text (the `all` key starts with it), merged,
 * for highlighting. Single letters matched on their own are noise, not words found.
 */
function textRanges(matches: readonly FuseResultMatch[], length: number): [number, number][] {
	const ranges = matches
		.filter((match) => match.key === 'text' || match.key === 'all')
		.flatMap((match) => match.indices)
		.filter(([start, end]) => end - start >= 1 && start < length)
		.map(([start, end]) => [start, Math.min(end + 1, length)] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
