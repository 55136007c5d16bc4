import type { SearchRecord } from './search-records.ts';
import { indexTerms } from './terms.ts';

/**
 * The search index as static files, built once so the browser fetches only what a query
 * needs: the term list, the postings of the terms it matches, and the blocks holding its
 * candidates. fuse.js then ranks those candidates; it never scans the whole corpus.
 */
export interface SearchMeta {
	records: number;
	blockSize: number;
	/** Records are ordered claims, quotes, headlines: a type filter is a range, `[start, end)`. */
	types: Record<SearchRecord['type'], [number, number]>;
	outlets: string[];
	speakers: string[];
	/** The first characters terms begin with, one term file each. */
	initials: string[];
}

/**
 * The terms beginning with one character: a query fetches the files of its words'
 * initials only, never the whole vocabulary.
 */
export interface SearchTerms {
	/** The terms, sorted, so the words sharing a prefix sit together. */
	terms: string[];
	/** How many records hold each term, for its weight (rarer words say more). */
	df: number[];
	/** The index in `terms` of each postings file's first term. */
	shards: number[];
}

/** Record numbers as gaps from the previous one, ascending: short numbers gzip well. */
export type Gaps = number[];

export interface SearchIndexOptions {
	blockSize?: number;
	/** Postings kept per term: past this a word is too common to narrow a search. */
	maxPostings?: number;
	/** Record numbers per postings file, roughly. */
	shardPostings?: number;
}

/** File names are safe whatever the script: an initial is named by its code point. */
export const searchFiles = {
	meta: 'meta.json',
	terms: (initial: string) => `t/${initial.codePointAt(0)}.json`,
	postings: (initial: string, shard: number) => `p/${initial.codePointAt(0)}-${shard}.json`,
	block: (block: number) => `b/${block}.json`,
	outlet: (index: number) => `o/${index}.json`,
	speaker: (index: number) => `s/${index}.json`,
} as const;

const typeOrder: SearchRecord['type'][] = ['claim', 'quote', 'headline'];

/** The index's files, path → JSON text. The same records always give the same bytes. */
export function buildSearchIndex(
	input: readonly SearchRecord[],
	{ blockSize = 32, maxPostings = 2000, shardPostings = 6000 }: SearchIndexOptions = {},
): Map<string, string> {
	const records = typeOrder.flatMap((type) => input.filter((record) => record.type === type));
	const files = new Map<string, string>();

	const types = {} as SearchMeta['types'];
	let start = 0;
	for (const type of typeOrder) {
		const count = records.filter((record) => record.type === type).length;
		types[type] = [start, start + count];
		start += count;
	}
	const outlets = [...new Set(records.flatMap((record) => record.outlets))].sort();
	const speakers = [...new Set(records.flatMap((record) => record.speaker ?? []))].sort();

	// term → [record, impact]: a word weighs more in a short record than in a long one.
	const postings = new Map<string, [number, number][]>();
	records.forEach((record, number) => {
		const words = indexTerms(
			[record.text, record.speaker ?? '', record.context, ...record.outlets].join(' '),
		);
		const counts = new Map<string, number>();
		for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
		for (const [word, count] of counts) {
			const list = postings.get(word) ?? [];
			list.push([number, count / Math.sqrt(words.length)]);
			postings.set(word, list);
		}
	});

	const initials = new Map<string, string[]>();
	for (const term of [...postings.keys()].sort()) {
		const initial = String.fromCodePoint(term.codePointAt(0)!);
		const list = initials.get(initial);
		if (list) list.push(term);
		else initials.set(initial, [term]);
	}
	for (const [initial, terms] of initials) {
		const table: SearchTerms = { terms, df: [], shards: [] };
		let shard: Record<string, Gaps> = {};
		let size = 0;
		const flush = () => {
			files.set(searchFiles.postings(initial, table.shards.length - 1), JSON.stringify(shard));
			shard = {};
			size = 0;
		};
		terms.forEach((term, index) => {
			const list = postings.get(term)!;
			table.df.push(list.length);
			const kept =
				list.length > maxPostings
					? list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxPostings)
					: list;
			if (size === 0) table.shards.push(index);
			shard[term] = toGaps(kept.map(([number]) => number));
			size += kept.length;
			if (size >= shardPostings) flush();
		});
		if (size > 0) flush();
		files.set(searchFiles.terms(initial), JSON.stringify(table));
	}
	const meta: SearchMeta = {
		records: records.length,
		blockSize,
		types,
		outlets,
		speakers,
		initials: [...initials.keys()],
	};
	files.set(searchFiles.meta, JSON.stringify(meta));

	for (let block = 0; block * blockSize < records.length; block++)
		files.set(
			searchFiles.block(block),
			JSON.stringify(records.slice(block * blockSize, (block + 1) * blockSize)),
		);
	// One pass over the records for every outlet's and speaker's list, not one per name.
	const byOutlet = new Map<string, number[]>(outlets.map((outlet) => [outlet, []]));
	const bySpeaker = new Map<string, number[]>(speakers.map((speaker) => [speaker, []]));
	records.forEach((record, number) => {
		for (const outlet of new Set(record.outlets)) byOutlet.get(outlet)!.push(number);
		if (record.speaker) bySpeaker.get(record.speaker)!.push(number);
	});
	for (const [index, outlet] of outlets.entries())
		files.set(searchFiles.outlet(index), JSON.stringify(toGaps(byOutlet.get(outlet)!)));
	for (const [index, speaker] of speakers.entries())
		files.set(searchFiles.speaker(index), JSON.stringify(toGaps(bySpeaker.get(speaker)!)));
	return files;
}

export function toGaps(numbers: readonly number[]): Gaps {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted.map((number, i) => number - (i === 0 ? 0 : sorted[i - 1]!));
}

export function fromGaps(gaps: Gaps): number[] {
	let at = 0;
	return gaps.map((gap) => (at += gap));
}
