import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex } from '../../../lib/search/search-index.ts';
import { siteRecords } from '../../../lib/search/site-records.ts';

/** The search index's files (term list, postings, record blocks, filters), built once. */
export const getStaticPaths = (async () =>
	[...buildSearchIndex(await siteRecords())].map(([file, body]) => ({
		params: { file },
		props: { body },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
