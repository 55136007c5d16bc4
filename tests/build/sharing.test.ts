import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/built-page.ts';
import { listPages } from '../../scripts/lib/dist-files.ts';

const distDir = inject('distDir');
const site = 'https://parallax.example';
const pages = await listPages(distDir);

/** The file in dist an absolute site URL points at. */
function fileOf(url: string): string {
	const pathname = new URL(url).pathname;
	return path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

describe('every page can be shared', () => {
	it.each(pages.filter((p) => p !== '404.html'))(
		'/%s has a canonical link and preview tags with absolute URLs that exist',
		async (route) => {
			const page = await readPage(distDir, route);
			const canonical = page.attribute('link[rel="canonical"]', 'href');
			expect(canonical).toBe(`${site}/${route}`);
			expect(page.attribute('meta[property="og:url"]', 'content')).toBe(canonical);
			for (const property of [
				'og:title',
				'og:description',
				'og:type',
				'og:site_name',
				'og:image:alt',
			])
				expect(page.attribute(`meta[property="${property}"]`, 'content')?.length).toBeGreaterThan(
					0,
				);
			expect(page.attribute('meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
			const image = page.attribute('meta[property="og:image"]', 'content')!;
			expect(image.startsWith(`${site}/og/`)).toBe(true);
			expect(page.attribute('meta[name="twitter:image"]', 'content')).toBe(image);
			const png = await readFile(fileOf(image));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			const data = JSON.parse(page.text('script[type="application/ld+json"]') ?? '{}');
			expect(data['@graph'][0]).toEqual(
				expect.objectContaining({ '@type': 'WebPage', url: canonical }),
			);
		},
	);

	it('gives stories, articles, pairs and claims their own preview card', async () => {
		for (const [route, card] of [
			['stories/sheinbaum-rejects-us-troops/', 'og/stories/sheinbaum-rejects-us-troops.png'],
			['articles/sovereignty-is-not-for-sale/', 'og/articles/sovereignty-is-not-for-sale.png'],
			[
				'compare/sovereignty-is-not-for-sale/sovereignty-versus-security/',
				'og/compare/sovereignty-is-not-for-sale/sovereignty-versus-security.png',
			],
			// One card per pair, whichever side is on the left.
			[
				'compare/sovereignty-versus-security/sovereignty-is-not-for-sale/',
				'og/compare/sovereignty-is-not-for-sale/sovereignty-versus-security.png',
			],
			['claims/about-400-criminal-groups/', 'og/claims/about-400-criminal-groups.png'],
		]) {
			const page = await readPage(distDir, route!);
			expect(page.attribute('meta[property="og:image"]', 'content')).toBe(`${site}/${card}`);
		}
	});

	it('marks up quotations only where the speaker is a known person', async () => {
		const page = await readPage(distDir, 'articles/sovereignty-is-not-for-sale/');
		const graph = JSON.parse(page.text('script[type="application/ld+json"]')!)['@graph'] as Record<
			string,
			unknown
		>[];
		const quotations = graph.filter((item) => item['@type'] === 'Quotation');
		expect(quotations.length).toBeGreaterThan(0);
		for (const quotation of quotations) {
			expect(quotation.spokenByCharacter).toEqual({ '@type': 'Person', name: expect.any(String) });
			expect(existsIn(page, String(quotation.url))).toBe(true);
		}
		expect(quotations.map((q) => q.text)).not.toContain(
			'Mexico will fight its own battles—on its own soil.',
		);
	});
});

function existsIn(page: Awaited<ReturnType<typeof readPage>>, url: string): boolean {
	return page.attributes('[id]', 'id').includes(new URL(url).hash.slice(1));
}

describe('feeds and discovery', () => {
	it('lists every page but the 404 in the sitemap, which robots.txt names', async () => {
		const index = await readFile(path.join(distDir, 'sitemap-index.xml'), 'utf8');
		expect(index).toContain(`${site}/sitemap-0.xml`);
		const sitemap = await readFile(path.join(distDir, 'sitemap-0.xml'), 'utf8');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
		expect(listed).toEqual(
			pages
				.filter((p) => p !== '404.html')
				.map((p) => `${site}/${p}`)
				.sort(),
		);
		const robots = await readFile(path.join(distDir, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
	});

	it('offers an RSS feed of the articles, every link a built page, no invented dates', async () => {
		const feed = await readFile(path.join(distDir, 'rss.xml'), 'utf8');
		const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
		expect(links).toHaveLength(7);
		for (const link of links) expect(pages).toContain(new URL(link).pathname.slice(1));
		// Only the Spanish report is dated to the day; the others' dates are a month or inferred,
		// and an item claims no publication date it does not have.
		expect([...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1])).toEqual([
			'Mon, 05 May 2025 00:00:00 GMT',
		]);
		const home = await readPage(distDir, '');
		expect(home.attribute('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(
			'/rss.xml',
		);
	});
});
