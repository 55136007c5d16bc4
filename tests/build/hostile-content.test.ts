import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Browser } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { copyContent, editEntry } from '../support/content-fixture.ts';
import { listPages } from '../../scripts/lib/dist-files.ts';
import { pageFile, pageTypes } from '../../scripts/lib/dist-pages.ts';
import { astroBuild, type RunResult } from '../../scripts/lib/run.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const article = 'articles/sovereignty-versus-security.md';

/** Markup that would run `__tripped` if a page let it through as markup. */
function payload(where: string): string {
	const trip = `window.__tripped('${where}')`;
	return [
		`${where}:`,
		`<script>${trip}</script>`,
		`<img src=x onerror="${trip}">`,
		`<a href="javascript:${trip}">link</a>`,
		`<iframe src="javascript:top.__tripped('${where}')"></iframe>`,
		`<svg onload="${trip}"></svg>`,
		`<style>body{display:none}</style>`,
		`<object data="data:text/html,<script>top.__tripped('${where}')</script>"></object>`,
		`"><svg onload=${trip}>`,
		`</script><script>${trip}</script>`,
		`[markdown](javascript:${trip})`,
	].join(' ');
}

describe('hostile markup in an article body', () => {
	let root: string;
	let outDir: string;
	let result: RunResult;
	let bodyLines: string[];
	const hostile = [
		`<script>window.__tripped('script')</script>`,
		`An image <img src=x onerror="window.__tripped('onerror')"> inline.`,
		`<iframe src="javascript:window.__tripped('iframe')"></iframe>`,
		`<svg onload="window.__tripped('svg')"></svg>`,
		`<style>body{display:none}</style>`,
		`A [script link](javascript:window.__tripped('link')) here.`,
		`An autolink <javascript:window.__tripped('autolink')> here.`,
		`An [encoded link](&#106;avascript:window.__tripped('entity')) here.`,
		`A [data link](data:text/html;base64,PHNjcmlwdD4=) here.`,
		`![data image](data:image/svg+xml;base64,PHN2Zz4=)`,
		`A [reference] link.`,
		`[reference]: JavaScript:window.__tripped('definition')`,
	];

	beforeAll(async () => {
		root = await copyContent();
		outDir = path.join(root, '..', `${path.basename(root)}-dist`);
		await editEntry(root, article, (data, body) => {
			data.url = "javascript:window.__tripped('url')";
			return `${body}\n${hostile.join('\n\n')}\n`;
		});
		const text = await readFile(path.join(root, article), 'utf8');
		bodyLines = text.slice(text.indexOf('\n---\n') + 4).split('\n');
		result = await astroBuild(outDir, root);
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
		await rm(outDir, { recursive: true, force: true });
	});

	it('stops the build, naming each construct, its field and line, and writes nothing', () => {
		const file = path.relative(process.cwd(), path.join(root, article));
		const line = (text: string) => bodyLines.indexOf(text) + 1;
		const expected = 'plain text and Markdown only; article text is data, not markup';
		const body = (what: string, text: string) =>
			`${file}: body: holds ${what} on body line ${line(text)} (expected ${expected})`;
		const lines = result.stderr.split('\n');
		expect(lines).toEqual(
			expect.arrayContaining([
				body(`raw HTML "<script>window.__tripped('script')</scri"`, hostile[0]!),
				body(`raw HTML "<img src=x onerror=\\"window.__tripped('on"`, hostile[1]!),
				body(`raw HTML "<iframe src=\\"javascript:window.__tripped"`, hostile[2]!),
				body(`raw HTML "<svg onload=\\"window.__tripped('svg')\\">"`, hostile[3]!),
				body(`raw HTML "<style>body{display:none}</style>"`, hostile[4]!),
				body(`link to "javascript:window.__tripped('link')"`, hostile[5]!),
				body(`link to "javascript:window.__tripped('autolink')"`, hostile[6]!),
				body(`link to "javascript:window.__tripped('entity')"`, hostile[7]!),
				body(`link to "data:text/html;base64,PHNjcmlwdD4="`, hostile[8]!),
				body(`image to "data:image/svg+xml;base64,PHN2Zz4="`, hostile[9]!),
				body(`link definition to "JavaScript:window.__tripped('definition'"`, hostile[11]!),
				`${file}: url: must be an http(s) address (expected a valid url)`,
			]),
		);
		expect(result.code).toBe(1);
		expect(result.stdout + result.stderr).toMatch(/\d+ content problem\(s\); nothing was built\./);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(existsSync(outDir)).toBe(false);
	});
});

describe('hostile text in an article’s frontmatter', () => {
	const fields = ['headline', 'dek', 'outlet', 'author', 'summary', 'rationale', 'date reason'];
	let root: string;
	let outDir: string;
	let pages: string[];
	const payloads = new Map<string, number>();
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let browser: Browser;

	beforeAll(async () => {
		root = await copyContent();
		outDir = path.join(root, '..', `${path.basename(root)}-dist`);
		await editEntry(root, article, (data) => {
			const stance = data.stance as Record<string, unknown>;
			const date = data.date as Record<string, unknown>;
			Object.assign(data, {
				headline: { text: payload('headline'), source: 'editor' },
				dek: payload('dek'),
				outlet: payload('outlet'),
				author: payload('author'),
				summary: payload('summary'),
				stance: { ...stance, rationale: payload('rationale') },
				date: { ...date, reason: payload('date reason') },
			});
		});
		const result = await astroBuild(outDir, root);
		if (result.code !== 0)
			throw new Error(`the fixture did not build:\n${result.stdout}\n${result.stderr}`);
		// Every page that shows any of the fields, found by the marker in its HTML.
		pages = [];
		for (const route of await listPages(outDir)) {
			const html = await readFile(path.join(outDir, pageFile(route)), 'utf8');
			const shown = html.split('__tripped').length - 1;
			if (shown > 0) pages.push(route);
			payloads.set(route, shown);
		}
		server = await serveStatic(outDir);
		browser = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await rm(root, { recursive: true, force: true });
		await rm(outDir, { recursive: true, force: true });
	});

	it('shows every field, as text, on the article page', async () => {
		const html = await readFile(
			path.join(outDir, 'articles/sovereignty-versus-security/index.html'),
			'utf8',
		);
		const text = toText(fromHtml(html));
		for (const field of fields) expect(text).toContain(payload(field));
		expect(pages.length).toBeGreaterThan(3);
		console.info(`hostile frontmatter shown on ${pages.length} pages`);
	});

	it('builds pages whose markup holds no element, handler or address from the content', async () => {
		const found: string[] = [];
		for (const route of pages) {
			const tree = fromHtml(await readFile(path.join(outDir, pageFile(route)), 'utf8'));
			visit(tree, 'element', (node: Element) => {
				const attributes = Object.entries(node.properties);
				const handler = attributes.find(([name]) => /^on[A-Z]/.test(name));
				if (handler) found.push(`/${route}: <${node.tagName} ${handler[0]}>`);
				const href = node.properties.href;
				if (typeof href === 'string' && /^\s*(?:javascript|data):/i.test(href))
					found.push(`/${route}: <${node.tagName} href="${href}">`);
				if (['iframe', 'object', 'embed', 'svg', 'style', 'img'].includes(node.tagName)) {
					const markup = JSON.stringify(node);
					if (markup.includes('__tripped') || markup.includes('body{display:none}'))
						found.push(`/${route}: <${node.tagName}> from the content`);
				}
				if (node.tagName === 'script' && toText(node).includes('__tripped')) {
					// Structured data may hold the text, escaped so it cannot close its element.
					if (node.properties.type !== 'application/ld+json')
						found.push(`/${route}: <script> from the content`);
					else JSON.parse(toText(node));
				}
			});
		}
		expect(found).toEqual([]);
	});

	it('runs none of it in a browser, on a page of each kind that shows it', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			const trips: string[] = [];
			Object.assign(window, {
				__trips: trips,
				__tripped: (what: string) => trips.push(what),
				alert: (what: string) => trips.push(`alert: ${what}`),
			});
		});
		const visitPage = async (route: string): Promise<string[]> => {
			const page = await context.newPage();
			await page.goto(`${server.url}/${route}`);
			const state = await page.evaluate(() => ({
				trips: (window as unknown as { __trips: string[] }).__trips,
				hidden: getComputedStyle(document.body).display === 'none',
				frames: document.querySelectorAll('iframe, object, embed').length,
			}));
			await page.close();
			return [
				...state.trips.map((trip) => `/${route}: ran ${trip}`),
				...(state.hidden ? [`/${route}: the content's style hid the page`] : []),
				...(state.frames > 0 ? [`/${route}: ${state.frames} frame(s) from the content`] : []),
			];
		};
		// The markup test reads every page; here one page of each kind that shows the fields.
		// Of each kind, the page that shows the payloads most often (for articles, the fixture's own).
		const samples = (await pageTypes(outDir)).flatMap((type) => {
			const [richest] = type.pages.toSorted((a, b) => payloads.get(b)! - payloads.get(a)!);
			return richest !== undefined && payloads.get(richest)! > 0 ? [richest] : [];
		});
		expect(samples.length).toBeGreaterThan(3);
		console.info(
			`tripwire: ${samples.length} kinds of page: ${samples.map((r) => `/${r}`).join(', ')}`,
		);
		// The tripwire itself: a page whose markup does run is caught.
		const probe = await context.newPage();
		await probe.route('**/probe', (route) =>
			route.fulfill({ contentType: 'text/html', body: `<p>${payload('probe')}</p>` }),
		);
		await probe.goto(`${server.url}/probe`);
		await expect(
			probe.evaluate(() => (window as unknown as { __trips: string[] }).__trips),
		).resolves.toContain('probe');
		await probe.close();
		const tripped: string[] = [];
		for (const route of samples) tripped.push(...(await visitPage(route)));
		await context.close();
		expect(tripped).toEqual([]);
	});
});
