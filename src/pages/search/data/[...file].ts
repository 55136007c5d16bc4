import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../../lib/search/site-index.ts';

/** The search index's files (manifest, terms, postings, record blocks, filters), each named by its hash. */
export const getStaticPaths = (async () =>
	[...(await siteSearchIndex()).files].map(([file, body]) => ({
		params: { file },
		props: { body },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
