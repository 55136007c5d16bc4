import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { listFiles } from '../../scripts/lib/dist-files.ts';

/** What a link check found in a built site. */
export interface LinkReport {
	/** Pages read. */
	pages: number;
	/** Internal references checked (each occurrence, fragments included). */
	checked: number;
	/** Of those, references with a `#fragment` checked against the target's ids. */
	fragments: number;
	/** References to other sites, not followed. */
	external: number;
	/** One line per broken reference: `page: attribute="value": why`. */
	broken: string[];
}

/** Attributes holding one address. `srcset` is split; `meta content` is checked when it is ours. */
const urlAttributes = [
	'href',
	'src',
	'poster',
	'action',
	'formAction',
	'cite',
	'data',
	'xLinkHref',
];

interface ParsedPage {
	tree: Root;
	ids: Set<string>;
}

async function parse(file: string): Promise<ParsedPage> {
	const tree = fromHtml(await readFile(file, 'utf8'));
	const ids = new Set<string>();
	visit(tree, 'element', (node: Element) => {
		const { id, name } = node.properties;
		if (typeof id === 'string') ids.add(id);
		if (node.tagName === 'a' && typeof name === 'string') ids.add(name);
	});
	return { tree, ids };
}

/** The addresses one element refers to, with the attribute each came from. */
function references(node: Element, siteRoot: string | undefined): [string, string][] {
	const found: [string, string][] = [];
	for (const name of urlAttributes) {
		const value = node.properties[name];
		if (typeof value === 'string') found.push([name, value]);
	}
	// `url 1x, url 2x`: candidates split at a comma followed by white space (URLs may hold commas).
	const srcset = node.properties.srcSet;
	for (const candidate of [srcset].flat().join(', ').split(/,\s+/))
		if (candidate.trim()) found.push(['srcset', candidate.trim().split(/\s+/)[0]!]);
	const content = node.properties.content;
	if (
		node.tagName === 'meta' &&
		typeof content === 'string' &&
		siteRoot &&
		content.startsWith(siteRoot)
	)
		found.push(['content', content]);
	return found;
}

/**
 * Checks every internal address in every page of a built site: the file it names exists
 * under `base`, and its `#fragment` is an id on the target page. Absolute addresses on the
 * site's own origin (canonical, og:image) count as internal; the origin is read from the
 * home page's canonical link.
 */
export async function checkLinks(distDir: string, base = '/'): Promise<LinkReport> {
	const files = await listFiles(distDir);
	const exists = new Set(files);
	const pages = files.filter((file) => file.endsWith('.html'));
	const parsed = new Map<string, Promise<ParsedPage>>();
	const page = (file: string) => {
		if (!parsed.has(file)) parsed.set(file, parse(path.join(distDir, file)));
		return parsed.get(file)!;
	};
	const home = exists.has('index.html') ? (await page('index.html')).tree : undefined;
	const canonical = home && select('link[rel=canonical]', home)?.properties.href;
	const siteRoot = typeof canonical === 'string' ? canonical : undefined;
	const origin = siteRoot ? new URL(siteRoot).origin : 'https://site.invalid';
	const report: LinkReport = {
		pages: pages.length,
		checked: 0,
		fragments: 0,
		external: 0,
		broken: [],
	};

	for (const file of pages) {
		const route = file.replace(/(?:^|\/)index\.html$/, (end) => (end.startsWith('/') ? '/' : ''));
		const here = new URL(`${base}${route}`, origin);
		const found: [string, string][] = [];
		visit((await page(file)).tree, 'element', (node: Element) => {
			found.push(...references(node, siteRoot));
		});
		for (const [attribute, value] of found) {
			const problem = (why: string) =>
				report.broken.push(`${file}: ${attribute}="${value}": ${why}`);
			if (/^\s*javascript:/i.test(value)) {
				problem('a javascript: address');
				continue;
			}
			const url = new URL(value, here);
			if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
				report.external++;
				continue;
			}
			report.checked++;
			const pathname = decodeURIComponent(url.pathname);
			if (!pathname.startsWith(base)) {
				problem(`outside the base path ${base}`);
				continue;
			}
			const target = pathname.slice(base.length);
			const targetFile = target === '' || target.endsWith('/') ? `${target}index.html` : target;
			if (!exists.has(targetFile)) {
				problem(
					exists.has(`${target}/index.html`)
						? 'names a folder without its trailing slash'
						: `no file ${targetFile} in the build`,
				);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			// An empty fragment and `#top` go to the top of the page without an id (HTML spec).
			if (fragment === '' || fragment.toLowerCase() === 'top' || !targetFile.endsWith('.html'))
				continue;
			report.fragments++;
			if (!(await page(targetFile)).ids.has(fragment))
				problem(`no element with id "${fragment}" in ${targetFile}`);
		}
	}
	return report;
}
