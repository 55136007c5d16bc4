import { pickCandidates, queryWords, type TermMatch, TermMatcher } from './candidates.ts';
import {
	fromGaps,
	type Gaps,
	indexPath,
	type SearchManifest,
	type SearchTerms,
} from './index-format.ts';
import type { IndexLoader } from './index-loader.ts';
import type { SearchFilters } from './rank.ts';
import { filterOf } from './search-filters.ts';

type Postings = Record<string, Gaps>;

/**
 * Finds the record numbers worth ranking for a query: its words' term files, then the
 * postings of the terms they match. Each term's postings are decoded once. Undefined when no
 * word is worth looking up.
 */
export function createCandidateFinder(meta: SearchManifest, load: IndexLoader) {
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

	return async (
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
		const allowed = await filterOf(meta, filters, load, ahead);
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
}
