import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../../lib/search/site-index.ts';
import { keyOf } from '../../../lib/stories/content-digests.ts';

/** The search index's files (manifest, terms, postings, record blocks, filters), each named by its hash. */
export const getStaticPaths = (async () =>
	[...(await siteSearchIndex()).files].map(([file, body]) => ({
		params: { file },
		props: { body },
		// The file is its body: Astro reuses it from the last build when the body is the same.
		cacheKey: keyOf(body),
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
