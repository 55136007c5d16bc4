import type { SearchHit } from './rank.ts';

/** A query a reader types, and the record they want first. */
export interface RelevanceCase {
	kind: string;
	query: string;
	expect: string;
}

/** How often the wanted record comes first, and in the first three. */
export function hitRates(cases: readonly RelevanceCase[], search: (query: string) => SearchHit[]) {
	let top1 = 0;
	let top3 = 0;
	const misses: { query: string; expect: string; got: string[] }[] = [];
	for (const { query, expect } of cases) {
		const ids = search(query)
			.slice(0, 3)
			.map((hit) => hit.record.id);
		if (ids[0] === expect) top1++;
		if (ids.includes(expect)) top3++;
		else misses.push({ query, expect, got: ids });
	}
	return { top1: top1 / cases.length, top3: top3 / cases.length, misses };
}
