import { createHash } from 'node:crypto';
import {
	type BlockList,
	hashLength,
	indexFormat,
	indexPath,
	initialOf,
	type SearchFilterLists,
	type SearchManifest,
	type SearchPostings,
	type SearchTerms,
	toGaps,
	toImpactGaps,
} from './index-format.ts';
import type { SearchRecord } from './search-records.ts';
import { indexTerms } from './terms.ts';

/**
 * The search index as static files, built once so the browser fetches only what a query
 * needs: the manifest, the term files of the query's initials, the postings of the terms it
 * matches, and the blocks holding its candidates. fuse.js then ranks those candidates; it
 * never scans the whole corpus. The file format is index-format.ts's.
 */
export interface SearchIndexOptions {
	/** Records per block: a candidate costs the fetch of its whole block. */
	blockSize?: number;
	/** Blocks per block table: more make the manifest longer, fewer each table. */
	tableSize?: number;
	/** Postings kept per term: past this a word is too common to narrow a search. */
	maxPostings?: number;
	/** Record numbers per postings file, roughly. */
	shardPostings?: number;
}

/** The built index: its files, path → JSON text, and the path of the manifest among them. */
export interface BuiltSearchIndex {
	manifest: string;
	files: Map<string, string>;
}

const typeOrder: SearchRecord['type'][] = ['claim', 'quote', 'headline'];

/** The index's files. The same records always give the same bytes, and the same names. */
export function buildSearchIndex(
	input: readonly SearchRecord[],
	{
		blockSize = 8,
		tableSize = 32,
		maxPostings = 2000,
		shardPostings = 2000,
	}: SearchIndexOptions = {},
): BuiltSearchIndex {
	const records = typeOrder.flatMap((type) => input.filter((record) => record.type === type));
	const files = new Map<string, string>();
	/** Adds a file named by the hash of its JSON; returns the hash. */
	const add = (name: (hash: string) => string, value: unknown): string => {
		const body = JSON.stringify(value);
		const hash = createHash('sha256').update(body).digest('hex').slice(0, hashLength);
		const file = name(hash);
		const before = files.get(file);
		if (before !== undefined && before !== body)
			throw new Error(`search index: two files hash to ${file}; lengthen hashLength`);
		files.set(file, body);
		return hash;
	};

	const types = {} as SearchManifest['types'];
	let start = 0;
	for (const type of typeOrder) {
		const count = records.filter((record) => record.type === type).length;
		types[type] = [start, start + count];
		start += count;
	}

	const blocks: string[] = [];
	for (let at = 0; at < records.length; at += blockSize)
		blocks.push(add(indexPath.block, records.slice(at, at + blockSize)));
	const tables: string[] = [];
	for (let at = 0; at < blocks.length; at += tableSize)
		tables.push(add(indexPath.table, blocks.slice(at, at + tableSize)));

	const terms: Record<string, string> = {};
	const postings: NonNullable<SearchManifest['postings']> = { first: [], files: [] };
	for (const [initial, table] of termTables(records, maxPostings, shardPostings, add)) {
		terms[initial] = add(indexPath.terms, table);
		postings.first.push(...table.shards.map((index) => table.terms[index]!));
		postings.files.push(...table.files);
	}

	const manifest: SearchManifest = {
		format: indexFormat,
		records: records.length,
		blockSize,
		tableSize,
		types,
		terms,
		tables,
		blocks: add(indexPath.blockList, blocks.join('') satisfies BlockList),
		filters: add(indexPath.filters, filterLists(records, add)),
		postings,
	};
	return { manifest: `${add((hash) => `${hash}.json`, manifest)}.json`, files };
}

type AddFile = (name: (hash: string) => string, value: unknown) => string;

/** Each initial's term table, its postings files added as it goes. */
function termTables(
	records: readonly SearchRecord[],
	maxPostings: number,
	shardPostings: number,
	add: AddFile,
): Map<string, SearchTerms> {
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
		const initial = initialOf(term);
		const list = initials.get(initial);
		if (list) list.push(term);
		else initials.set(initial, [term]);
	}
	const tables = new Map<string, SearchTerms>();
	for (const [initial, terms] of initials) {
		const table: SearchTerms = { terms, df: [], shards: [], files: [] };
		let shard: SearchPostings = {};
		let size = 0;
		const flush = () => {
			table.files.push(add(indexPath.postings, shard));
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
			shard[term] = toImpactGaps(kept);
			size += kept.length;
			if (size >= shardPostings) flush();
		});
		if (size > 0) flush();
		tables.set(initial, table);
	}
	return tables;
}

/** Every outlet's and speaker's records, in one pass over the records, not one per name. */
function filterLists(records: readonly SearchRecord[], add: AddFile): SearchFilterLists {
	const byOutlet = new Map<string, number[]>();
	const bySpeaker = new Map<string, number[]>();
	const push = (map: Map<string, number[]>, name: string, number: number) => {
		const list = map.get(name);
		if (list) list.push(number);
		else map.set(name, [number]);
	};
	records.forEach((record, number) => {
		for (const outlet of new Set(record.outlets)) push(byOutlet, outlet, number);
		if (record.speaker) push(bySpeaker, record.speaker, number);
	});
	const lists = (map: Map<string, number[]>): [string, string][] =>
		[...map.keys()].sort().map((name) => [name, add(indexPath.list, toGaps(map.get(name)!))]);
	return { outlets: lists(byOutlet), speakers: lists(bySpeaker) };
}
