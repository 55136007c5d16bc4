import { searchDataUrl } from '../site/urls.ts';
import { type BuiltSearchIndex, buildSearchIndex } from './search-index.ts';
import { siteRecords } from './site-records.ts';

let built: Promise<BuiltSearchIndex> | undefined;

/** The site's search index, built once per build for the data route and the pages naming it. */
export function siteSearchIndex(): Promise<BuiltSearchIndex> {
	built ??= siteRecords().then((records) => buildSearchIndex(records));
	return built;
}

/**
 * Where pages find the index: the URL of its manifest, named by the hash of its bytes, so a
 * page always reads the index built with it, however long a browser has cached either.
 */
export async function searchIndexUrl(): Promise<string> {
	return `${searchDataUrl()}${(await siteSearchIndex()).manifest}`;
}
