import type { APIRoute } from 'astro';
import { siteSearchEntry } from '../../lib/search/site-index.ts';

/**
 * The search index's entry: which manifest is current. The one search file whose bytes change
 * under its name, so it is served uncached (public/_headers) and pages name it, not the manifest.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await siteSearchEntry()), {
		headers: { 'Content-Type': 'application/json' },
	});
