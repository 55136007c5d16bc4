/** A query a reader types, and the record they want first. */
export interface RelevanceCase {
	kind: string;
	query: string;
	expect: string;
}

/** How a search does on a query set. */
export interface HitRates {
	/** Share of queries whose wanted record comes first. */
	top1: number;
	/** Share of queries whose wanted record is among the first three. */
	top3: number;
	/** Mean of 1 / rank of the wanted record (0 where it is not returned). */
	mrr: number;
	/** The queries whose wanted record is not among the first three, and what came instead. */
	misses: { query: string; expect: string; got: string[] }[];
}

/** The ids a search returns for a query, best first. */
export type RankedIds = (query: string) => readonly string[] | Promise<readonly string[]>;

/** How often the wanted record comes first, and in the first three. Queries run one at a time. */
export async function hitRates(
	cases: readonly RelevanceCase[],
	search: RankedIds,
): Promise<HitRates> {
	let top1 = 0;
	let top3 = 0;
	let reciprocal = 0;
	const misses: HitRates['misses'] = [];
	for (const { query, expect } of cases) {
		const ids = await search(query);
		const rank = ids.indexOf(expect);
		if (rank === 0) top1++;
		if (rank >= 0 && rank < 3) top3++;
		else misses.push({ query, expect, got: ids.slice(0, 3) });
		if (rank >= 0) reciprocal += 1 / (rank + 1);
	}
	const share = (count: number) => (cases.length === 0 ? 0 : count / cases.length);
	return { top1: share(top1), top3: share(top3), mrr: share(reciprocal), misses };
}

/** A share as a percentage with one decimal, as the reports print it. */
export const percent = (share: number): number => Math.round(share * 1000) / 10;
