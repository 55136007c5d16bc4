import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexReader } from '../../src/lib/search/indexed-search.ts';
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
