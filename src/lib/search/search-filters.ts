import {
	fromGaps,
	type Gaps,
	indexPath,
	type SearchFilterLists,
	type SearchManifest,
} from './index-format.ts';
import type { IndexLoader } from './index-loader.ts';
import type { SearchFilters } from './rank.ts';

/**
 * Which record numbers the filters let through, or undefined when there are none: a type
 * is a range, an outlet or speaker a list.
 */
export async function filterOf(
	meta: SearchManifest,
	filters: SearchFilters,
	load: IndexLoader,
	ahead: boolean,
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
		const lists = await load<SearchFilterLists>(indexPath.filters(meta.filters), ahead);
		for (const [name, list] of [
			[filters.outlet, lists.outlets],
			[filters.speaker, lists.speakers],
		] as const) {
			if (!name) continue;
			const file = list.find(([known]) => known === name)?.[1];
			const holders = new Set(file ? fromGaps(await load<Gaps>(indexPath.list(file), ahead)) : []);
			tests.push((record) => holders.has(record));
		}
	}
	return tests.length === 0 ? undefined : (record) => tests.every((test) => test(record));
}
