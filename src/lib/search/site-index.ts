import { searchDataUrl, searchEntryUrl } from '../site/urls.ts';
import { indexFormat, type SearchEntry } from './index-format.ts';
import { type BuiltSearchIndex, buildSearchIndex } from './search-index.ts';
import { siteRecords } from './site-records.ts';

let built: Promise<BuiltSearchIndex> | undefined;

/** The site's search index, built once per build for the data route and the entry file. */
export function siteSearchIndex(): Promise<BuiltSearchIndex> {
	built ??= siteRecords().then((records) => buildSearchIndex(records));
	return built;
}

/** The entry file's contents: the current manifest, relative to the entry file. */
export async function siteSearchEntry(): Promise<SearchEntry> {
	const dataFolder = searchDataUrl().slice(searchEntryUrl().lastIndexOf('/') + 1);
	return { format: indexFormat, manifest: `${dataFolder}${(await siteSearchIndex()).manifest}` };
}
