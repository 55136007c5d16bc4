import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import * as yaml from 'js-yaml';
import {
	indexPath,
	type SearchEntry,
	type SearchManifest,
} from '../../src/lib/search/index-format.ts';
import type { IndexReader } from '../../src/lib/search/index-loader.ts';
import type { RelevanceCase } from '../../src/lib/search/relevance.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

/** A search index on disk: a reader of its folder, as the browser reads it over HTTP, and its manifest. */
export interface IndexOnDisk {
	dir: string;
	manifest: string;
	read: IndexReader;
}

/** Reads a search index from its folder on disk, from the manifest named `manifest`. */
export function indexFolder(dir: string, manifest: string): IndexOnDisk {
	return {
		dir,
		manifest,
		read: async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')),
	};
}

/**
 * The search index a built site's home page leads to: its dialog's `data-index` is the entry
 * file's URL, and the entry names the manifest. For a site built at the root path.
 */
export async function builtSearchIndex(site: string): Promise<IndexOnDisk> {
	const home = fromHtml(await readFile(path.join(site, 'index.html'), 'utf8'));
	const index = select('site-search', home)?.properties.dataIndex;
	if (typeof index !== 'string') throw new Error(`${site}/index.html names no search index`);
	const entry = path.join(site, index);
	const { manifest } = JSON.parse(await readFile(entry, 'utf8')) as SearchEntry;
	const file = path.join(path.dirname(entry), manifest);
	return indexFolder(path.dirname(file), path.basename(file));
}

/** Every record of an index, in its order, block by block. */
export async function allRecords({ read, manifest }: IndexOnDisk): Promise<SearchRecord[]> {
	const meta = (await read(manifest)) as SearchManifest;
	const records: SearchRecord[] = [];
	for (const table of meta.tables)
		for (const block of (await read(indexPath.table(table))) as string[])
			records.push(...((await read(indexPath.block(block))) as SearchRecord[]));
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
