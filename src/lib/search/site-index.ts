import path from 'node:path';
import { cacheFolder } from '../build/cache-folder.ts';
import { searchDataUrl, searchEntryUrl } from '../site/urls.ts';
import { indexFormat, type SearchEntry } from './index-format.ts';
import { type BuiltSearchIndex, buildSearchIndex } from './search-index.ts';
import { cachedSearchIndex, searchIndexCodeDigest } from './search-index-cache.ts';
import { siteRecords } from './site-records.ts';

let built: Promise<BuiltSearchIndex> | undefined;

/**
 * The site's search index, made once per build for the data route and the entry file, and kept
 * in Astro's cache folder for the next build while its records and code stay the same.
 */
export function siteSearchIndex(): Promise<BuiltSearchIndex> {
	built ??= siteRecords().then((records) =>
		cachedSearchIndex(
			records,
			path.join(cacheFolder(), 'parallax-search-index.json'),
			searchIndexCodeDigest(),
			buildSearchIndex,
		),
	);
	return built;
}

/** The entry file's contents: the current manifest, relative to the entry file. */
export async function siteSearchEntry(): Promise<SearchEntry> {
	const dataFolder = searchDataUrl().slice(searchEntryUrl().lastIndexOf('/') + 1);
	return { format: indexFormat, manifest: `${dataFolder}${(await siteSearchIndex()).manifest}` };
}
