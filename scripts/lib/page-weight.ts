import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { gzipSizeOfFile } from './bench-stats.ts';
import { pageTypes } from './dist-pages.ts';

/** The page types a reader meets, by their route file, as the budgets name them. */
export const benchedPages = {
	home: '/',
	story: 'stories/[story]',
	article: 'articles/[article]',
	'pair compare': 'compare/[a]/[b]',
	'many-way compare': 'stories/[story]/compare',
	claim: 'claims/[claim]',
	search: 'search',
} as const;

export type PageName = keyof typeof benchedPages;

/** One built page of each benched type, as a path under the site's root. */
export async function benchedSamples(distDir: string): Promise<Record<PageName, string>> {
	const types = await pageTypes(distDir);
	const samples = {} as Record<PageName, string>;
	for (const [name, route] of Object.entries(benchedPages) as [PageName, string][]) {
		const type = types.find((candidate) => candidate.route === route);
		if (!type) throw new Error(`no built page for ${name} (${route}) in ${distDir}`);
		samples[name] = type.sample;
	}
	return samples;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	byKind: Record<ResourceKind, Weight>;
	requests: number;
}

function kindOf(pathname: string): ResourceKind {
	const extension = path.extname(pathname).toLowerCase();
	if (extension === '' || extension === '.html') return 'html';
	if (extension === '.css') return 'css';
	if (extension === '.js' || extension === '.mjs') return 'js';
	if (['.woff2', '.woff', '.ttf', '.otf'].includes(extension)) return 'font';
	if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg', '.gif', '.ico'].includes(extension))
		return 'image';
	return 'other';
}

/**
 * What a first visit to `route` fetches, by kind, raw and gzipped (as a host compresses
 * it), read from the built files, and how many requests. Nothing is clicked: search and
 * the like load on use and are not counted.
 */
export async function measurePageWeight(
	browser: Browser,
	baseUrl: string,
	distDir: string,
	route: string,
): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	const fetched: string[] = [];
	page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(`${baseUrl}/${route}`, { waitUntil: 'networkidle' });
	await context.close();
	const byKind = Object.fromEntries(
		(['html', 'css', 'js', 'font', 'image', 'other'] as const).map((kind) => [
			kind,
			{ raw: 0, gzip: 0 },
		]),
	) as Record<ResourceKind, Weight>;
	for (const pathname of fetched) {
		const file = path.join(
			distDir,
			decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname),
		);
		const { size } = await stat(file);
		const weight = byKind[kindOf(pathname)];
		weight.raw += size;
		weight.gzip += await gzipSizeOfFile(file);
	}
	return { byKind, requests: fetched.length };
}
