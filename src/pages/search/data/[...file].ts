import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex } from '../../../lib/search/search-index.ts';
import { siteRecords } from '../../../lib/search/site-records.ts';
import { keyOf } from '../../../lib/stories/page-keys.ts';

/** The search index's files (term list, postings, record blocks, filters), built once. */
export const getStaticPaths = (async () =>
	[...buildSearchIndex(await siteRecords())].map(([file, body]) => ({
		params: { file },
		props: { body },
		// The file is its body: Astro reuses it from the last build when the body is the same.
		cacheKey: keyOf(body),
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
