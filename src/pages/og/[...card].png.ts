import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og/og-card.ts';
import { allOgCards } from '../../lib/og/site-og-cards.ts';
import { cachedOgPng } from '../../lib/og/render-og.ts';
import { ogCardKey } from '../../lib/stories/page-keys.ts';

// Kept between builds (astro build --force clears Astro's cache, not this one).
// PARALLAX_OG_CACHE lets a benchmark start from an empty cache without touching this one.
const cacheDir = path.resolve(process.env.PARALLAX_OG_CACHE ?? 'node_modules/.cache/parallax-og');

export const getStaticPaths = (async () =>
	[...(await allOgCards())].map(([card, data]) => ({
		params: { card },
		props: { data },
		// The card is drawn from its element tree alone (render-og.ts): the key is what it draws.
		cacheKey: ogCardKey(data),
	}))) satisfies GetStaticPaths;

/** A page's 1200×630 preview image, made at build time. */
export const GET: APIRoute<{ data: OgCard }> = async ({ props }) => {
	const { png } = await cachedOgPng(props.data, cacheDir);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
