/**
 * What our search is measured against, each over every record at once (no index): fuse.js as
 * it comes, fuse.js as an expert would set it up, and our own ranking without the index's
 * candidates. Measurement code, not the site's: the relevance test runs these in Node and
 * npm run bench:search bundles them for the browser, so no Node module may be imported here.
 */
import Fuse, { type Expression, type FuseResult, type IFuseOptions } from 'fuse.js';
import { rankRecords, type SearchHit } from '../../src/lib/search/rank.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

/** A search over records held in memory: the best `limit` hits for `query`, best first. */
export type RecordSearch = (query: string, limit: number) => SearchHit[];

/** The record fields a reader's words can be in; the words shown weigh most. */
const fields = ['text', 'speaker', 'context'] as const;

/**
 * fuse.js with its defaults (threshold 0.6, scoring by location, no accent folding, no
 * extended search), the record's fields as keys and the query as typed: what a site gets
 * from the README's first example.
 */
export function defaultFuse(records: readonly SearchRecord[]): RecordSearch {
	const fuse = new Fuse(records, { keys: [...fields] });
	return (query, limit) => hits(fuse.search(query, { limit }));
}

/**
 * How the query reaches fuse.js: `logical`, each word required in some field (`$and` of
 * `$or`s); `words`, the words as one extended query (fuse.js then wants them all within one
 * field); `tokens`, fuse.js's token search with every word required.
 */
export type ExpertForm = 'logical' | 'words' | 'tokens';

/**
 * The well-configured fuse.js's threshold, frozen: the best of the sweep over the tuning set
 * (tests/fixtures/search-queries.yaml) that tests/unit/search.test.ts prints and checks. Ties
 * on top-1 and top-3 go to the higher mean reciprocal rank, then to the lower threshold.
 */
export const expertThreshold = 0.3;
export const expertForm: ExpertForm = 'logical';

/**
 * fuse.js set up from its documented options as an expert would: matches anywhere in a field
 * (`ignoreLocation`), accents folded (`ignoreDiacritics`), weighted keys, match ranges for
 * highlighting, no single-letter matches, extended search over the query's normalised words,
 * and a threshold tuned on the tuning set.
 */
export function expertFuse(
	records: readonly SearchRecord[],
	{
		threshold = expertThreshold,
		form = expertForm,
	}: { threshold?: number; form?: ExpertForm } = {},
): RecordSearch {
	const keys = [
		{ name: 'text', weight: 2 },
		{ name: 'speaker', weight: 1 },
		{ name: 'context', weight: 1 },
	];
	const options: IFuseOptions<SearchRecord> = {
		keys,
		threshold,
		ignoreLocation: true,
		ignoreDiacritics: true,
		includeScore: true,
		includeMatches: true,
		minMatchCharLength: 2,
		...(form === 'tokens'
			? { useTokenSearch: true, tokenMatch: 'all' as const }
			: { useExtendedSearch: true }),
	};
	const fuse = new Fuse(records, options);
	return (query, limit) => {
		const words = expertWords(query);
		if (words.length === 0) return [];
		const asked: string | Expression =
			form === 'logical'
				? { $and: words.map((word) => ({ $or: keys.map(({ name }) => ({ [name]: word })) })) }
				: words.join(' ');
		return hits(fuse.search(asked, { limit }));
	};
}

/**
 * A query's words as an expert hands them to extended search: lower case, split at anything
 * but a letter or digit (so no operator such as `=` or `!` survives), no single letters, each
 * once. Accents are left to `ignoreDiacritics`.
 */
export function expertWords(query: string): string[] {
	const words = query
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter((word) => word.length > 1);
	return [...new Set(words)];
}

/**
 * Our ranking (rank.ts's `rankRecords`) over every record rather than over the index's
 * candidates: what the index costs or gains. rankRecords builds its fuse.js index on each
 * call, so its time includes indexing every record.
 */
export function oursWithoutIndex(records: readonly SearchRecord[]): RecordSearch {
	return (query, limit) => rankRecords(records, query, limit);
}

function hits(results: readonly FuseResult<SearchRecord>[]): SearchHit[] {
	return results.map((result) => ({
		record: result.item,
		score: result.score ?? 1,
		highlights: [],
	}));
}
