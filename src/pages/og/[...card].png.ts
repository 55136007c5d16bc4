import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allOgCards, ogCardAt } from '../../lib/og/site-og-cards.ts';
import { cardThreadDigest } from '../../lib/og/card-thread.ts';
import { cachedOgPng } from '../../lib/og/render-og.ts';
import { ogCardKey } from '../../lib/stories/page-keys.ts';

// Kept between builds (astro build --force clears Astro's cache, not this one).
// PARALLAX_OG_CACHE lets a benchmark start from an empty cache without touching this one.
const cacheDir = path.resolve(process.env.PARALLAX_OG_CACHE ?? 'node_modules/.cache/parallax-og');

export const getStaticPaths = (async () => {
	// Drawn by code outside the route's module graph (card-thread.ts): its digest is in each key.
	const drawing = await cardThreadDigest();
	return [...(await allOgCards())].map(([card, data]) => {
		// The card is drawn from its element tree alone (render-og.ts): the key is what it draws.
		const key = ogCardKey(data);
		// Only the key is kept, not the card (see ogCardAt): Astro holds every path's props
		// through the whole build.
		return { params: { card }, props: { key }, cacheKey: `${key} ${drawing}` };
	});
}) satisfies GetStaticPaths;

/** A page's 1200×630 preview image, made at build time. */
export const GET: APIRoute<{ key: string }, { card: string }> = async ({ params, props }) => {
	const card = await ogCardAt(params.card);
	// The card made again must be the one its path was keyed by, or the cache would lie.
	if (ogCardKey(card) !== props.key)
		throw new Error(`the preview card "${params.card}" changed while the site was built`);
	const { png } = await cachedOgPng(card, cacheDir);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
