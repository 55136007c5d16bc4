import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import type { IndexReader } from '../../src/lib/search/indexed-search.ts';
import type { RelevanceCase } from '../../src/lib/search/relevance.ts';
import { type SearchMeta, searchFiles } from '../../src/lib/search/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

/** Reads a built search index from its folder on disk, as the browser reads it over HTTP. */
export function indexFolder(dir: string): IndexReader {
	return async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8'));
}

/** Every record of an index, in its order, block by block. */
export async function allRecords(read: IndexReader): Promise<SearchRecord[]> {
	const meta = (await read(searchFiles.meta)) as SearchMeta;
	const records: SearchRecord[] = [];
	for (let block = 0; block * meta.blockSize < meta.records; block++)
		records.push(...((await read(searchFiles.block(block))) as SearchRecord[]));
	return records;
}

/** The relevance query sets: `tuning` the ranking was tuned on, `unseen` it never was. */
export const querySets = {
	tuning: 'tests/fixtures/search-queries.yaml',
	unseen: 'tests/fixtures/search-queries-unseen.yaml',
} as const;

/** The queries of a query set file (`queries:`, each `{ kind, query, expect }`). */
export async function readQuerySet(file: string): Promise<RelevanceCase[]> {
	const { queries } = yaml.load(await readFile(file, 'utf8')) as { queries: RelevanceCase[] };
	return queries;
}
