import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { listPages } from './dist-files.ts';

/** The file a page route is served from: `articles/x/` → `articles/x/index.html`. */
export function pageFile(route: string): string {
	return route === '' || route.endsWith('/') ? `${route}index.html` : route;
}

/** A kind of page: one route file in `src/pages` and the built pages it made. */
export interface PageType {
	/** The route file's pattern, e.g. `articles/[article]`, `stories/[story]/compare`, `404`. */
	route: string;
	/** Its built pages, as routes (`articles/x/`, `404.html`; the home page is ``), sorted. */
	pages: string[];
	/** The page that stands for the type: its largest, so the richest markup gets checked. */
	sample: string;
}

interface RoutePattern {
	route: string;
	pattern: RegExp;
	/** Astro prefers static segments to parameters, and parameters to rest parameters. */
	rank: number[];
}

const pageExtension = /\.(?:astro|md|mdx|html)$/;

/** The route file's path without extension or trailing `index`, as a matching pattern. */
function routePattern(file: string): RoutePattern {
	const route = file.replace(pageExtension, '').replace(/(?:^|\/)index$/, '');
	const segments = route === '' ? [] : route.split('/');
	const parts = segments.map((segment) =>
		segment
			.split(/(\[\.{3}[^\]]+\]|\[[^\]]+\])/)
			.map((piece) =>
				piece.startsWith('[...')
					? '.*'
					: piece.startsWith('[')
						? '[^/]+'
						: piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
			)
			.join(''),
	);
	// A segment that is one rest parameter may match nothing, its slash included, as in Astro:
	// `quotes/[...index]` makes `quotes`.
	const pattern = parts
		.map((part, i) => {
			const whole = /^\[\.{3}[^\]]+\]$/.test(segments[i]!);
			if (i === 0) return part;
			return whole ? '(?:/.*)?' : `/${part}`;
		})
		.join('');
	const kinds = segments.map((s) => (s.includes('[...') ? 2 : s.includes('[') ? 1 : 0));
	return {
		route: route || '/',
		pattern: new RegExp(`^${pattern}$`),
		rank: [kinds.filter((k) => k === 2).length, -kinds.filter((k) => k === 0).length],
	};
}

async function routePatterns(pagesDir: string): Promise<RoutePattern[]> {
	const files = (await readdir(pagesDir, { recursive: true }))
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => pageExtension.test(file));
	return files
		.map(routePattern)
		.sort(
			(a, b) =>
				a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.route.localeCompare(b.route),
		);
}

/**
 * Groups the built pages by the route file that made them, so a gate can check one page of
 * every kind and grow with the site. The pages come from `dist`; `src/pages` only names the
 * groups. A page no route file explains becomes a kind of its own.
 */
export async function pageTypes(
	distDir: string,
	pagesDir = path.resolve('src/pages'),
): Promise<PageType[]> {
	const patterns = await routePatterns(pagesDir);
	const groups = new Map<string, string[]>();
	for (const page of await listPages(distDir)) {
		const key = page.replace(/\/$/, '').replace(/\.html$/, '');
		const route = patterns.find((p) => p.pattern.test(key))?.route ?? page;
		groups.set(route, [...(groups.get(route) ?? []), page]);
	}
	const types: PageType[] = [];
	for (const [route, pages] of groups) {
		const sizes = await Promise.all(
			pages.map(async (p) => (await stat(path.join(distDir, pageFile(p)))).size),
		);
		const largest = Math.max(...sizes);
		types.push({ route, pages, sample: pages[sizes.indexOf(largest)]! });
	}
	return types.sort((a, b) => a.route.localeCompare(b.route));
}
