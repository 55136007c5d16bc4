import { pickCandidates, type TermPostings } from './candidates.ts';
import { coveringPostings } from './covering-postings.ts';
import {
	fromImpactGaps,
	indexPath,
	initialOf,
	type SearchManifest,
	type SearchPostings,
	type SearchTerms,
} from './index-format.ts';
import type { IndexLoader } from './index-loader.ts';
import type { SearchFilters } from './rank.ts';
import { filterOf } from './search-filters.ts';
import { queryWords, type TermMatch, TermMatcher } from './term-matcher.ts';

/** The postings files holding the matched terms, as named by their initials' term files. */
const postingsOf = (matches: readonly TermMatch[], tables: ReadonlyMap<string, SearchTerms>) =>
	matches.map(({ term, shard }) => indexPath.postings(tables.get(initialOf(term))!.files[shard]!));

/**
 * Finds the record numbers worth ranking for a query: its words' term files (and, for a term
 * file not read yet, beside it the postings its words most likely need), then the postings of
 * the terms they match. Each term's postings are decoded once. Undefined when no
 * word is worth looking up.
 */
export function createCandidateFinder(meta: SearchManifest, load: IndexLoader) {
	const matcher = new TermMatcher();
	/** The term files read so far, by initial. */
	const read = new Map<string, SearchTerms>();
	const decoded = new WeakMap<SearchPostings, Map<string, TermPostings>>();
	const none: TermPostings = { records: [], levels: [] };
	const postingsOfTerm = (shard: SearchPostings | undefined, term: string): TermPostings => {
		if (!shard || !Object.hasOwn(shard, term)) return none;
		const terms = decoded.get(shard) ?? new Map<string, TermPostings>();
		decoded.set(shard, terms);
		const postings = terms.get(term) ?? fromImpactGaps(shard[term]!);
		terms.set(term, postings);
		return postings;
	};

	return async (
		query: string,
		filters: SearchFilters,
		limit: number,
		ahead: boolean,
	): Promise<number[] | undefined> => {
		const { words, initials } = queryWords(query);
		if (words.length === 0) return undefined;
		// An outlet's or speaker's records come in a chain of their own, beside the words' files.
		const allowed = filterOf(meta, filters, load, ahead);
		allowed.catch(() => {}); // its failure is the search's, below
		// Every word's postings are asked for before any term file is waited on: a word whose
		// term file is in hand, those of its terms; any other, by the manifest, beside its term file.
		const early = new Map<string, TermMatch[]>();
		for (const word of words) {
			const initial = initialOf(word);
			if (!Object.hasOwn(meta.terms, initial)) continue;
			let asked: string[] = [];
			if (read.has(initial)) {
				const matched = matcher.match([word], read)[0]!;
				early.set(word, matched);
				asked = postingsOf(matched, read);
			} else if (meta.postings)
				asked = coveringPostings(word, meta.postings).map(indexPath.postings);
			for (const file of asked) load(file, ahead).catch(() => {}); // asked again below
		}
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
		for (const [initial, table] of tables) read.set(initial, table);
		const matches = words.map((word) => early.get(word) ?? matcher.match([word], tables)[0]!);
		const postingsFile = (match: TermMatch) => postingsOf([match], tables)[0]!;
		const shards = new Map(
			await Promise.all(
				[...new Set(postingsOf(matches.flat(), tables))].map(
					async (file) => [file, await load<SearchPostings>(file, ahead)] as const,
				),
			),
		);
		// As many candidates as results (8 at least), each read from its block: with each
		// term's weight in each record the postings choose them well enough. Twice as many, for
		// fuse.js to choose from, fetched near twice the blocks and ranked no better at 1,000
		// records (tuning set: top-3 79 % with 8, 72 % with 16).
		return pickCandidates(
			matches,
			(match) => postingsOfTerm(shards.get(postingsFile(match)), match.term),
			meta.records,
			await allowed,
			Math.max(limit, 8),
			meta.blockSize,
		);
	};
}
