import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { astroBuild } from '../../scripts/lib/run.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const site = useBuiltSite();
const story = '/stories/sheinbaum-rejects-us-troops/';
const pair = '/compare/mexico-rejects-us-military-intervention/sovereignty-versus-security/';

async function open(browser: Browser, url: string, width: number, height: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	await page.goto(url);
	return page;
}

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the story page’s first screen on a desktop (1440×900)', () => {
	// The frozen story has seven articles, one in Spanish: more than whole-headline rows can
	// hold on one screen, so the figure draws them compact (src/lib/figures/coverage-map.ts).
	it('holds the coverage figure whole, every row, and the start of “where they differ”', async () => {
		const page = await open(site.browser, `${site.url}${story}`, 1440, 900);
		const figure = await page.locator('.coverage-figure .coverage-map').boundingBox();
		expect(figure).not.toBeNull();
		expect(figure!.y).toBeGreaterThan(0);
		expect(figure!.y + figure!.height).toBeLessThanOrEqual(900);
		const rows = await page
			.locator('.cm-row')
			.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().bottom));
		expect(rows).toHaveLength(7);
		for (const bottom of rows) expect(bottom).toBeLessThanOrEqual(900);
		const differ = await page.locator('h2#differ').boundingBox();
		expect(differ!.y + differ!.height).toBeLessThanOrEqual(900);
		// Each article's drawing sits under its headline, beside its kind and date, and lines up
		// with the head's steps.
		const row = page.locator('.cm-row').first();
		const [label, meta, marks] = await Promise.all([
			row.locator('.cm-label').boundingBox(),
			row.locator('.cm-meta').boundingBox(),
			row.locator('svg.cm-marks').boundingBox(),
		]);
		expect(marks!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
		expect(marks!.x).toBeGreaterThan(meta!.x + meta!.width - 1);
		expect(marks!.y).toBeLessThan(meta!.y + meta!.height);
		const head = await page.locator('svg.cm-head >> visible=true').boundingBox();
		expect(head!.x).toBeCloseTo(marks!.x, 0);
		expect(head!.width).toBeCloseTo(marks!.width, 0);
		await page.context().close();
	});

	it('keeps every headline whole in the page, on one line, and the Spanish one tagged', async () => {
		const page = await open(site.browser, `${site.url}${story}`, 1440, 900);
		const links = await page.locator('.cm-label a').evaluateAll((as) =>
			as.map((a) => ({
				text: a.textContent,
				title: a.getAttribute('title'),
				lang: a.getAttribute('lang'),
				lines: Math.round(
					a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight),
				),
			})),
		);
		const table = await page
			.locator('.figure-data tbody th span')
			.evaluateAll((spans) => spans.map((span) => span.textContent));
		expect(links.map((a) => a.text)).toEqual(table);
		for (const a of links) {
			expect(a.title).toBe(a.text);
			expect(a.lines).toBe(1);
		}
		expect(links.filter((a) => a.lang === 'es')).toHaveLength(1);
		// The ES tag stays in view beside its headline, inside the figure.
		const spanish = page.locator('.cm-label:has(a[lang="es"])');
		const [tag, box] = await Promise.all([
			spanish.locator('.lang-tag').boundingBox(),
			page.locator('.coverage-map').boundingBox(),
		]);
		expect(tag!.width).toBeGreaterThan(10);
		expect(tag!.x + tag!.width).toBeLessThanOrEqual(box!.x + box!.width);
		await page.context().close();
	});

	it('sets each article’s drawing under its label on a phone, aligned with the head', async () => {
		const page = await open(site.browser, `${site.url}${story}`, 360, 740);
		const row = page.locator('.cm-row').first();
		const [label, marks, head] = await Promise.all([
			row.locator('.cm-label').boundingBox(),
			row.locator('svg.cm-marks').boundingBox(),
			page.locator('svg.cm-head >> visible=true').boundingBox(),
		]);
		expect(marks!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
		expect(marks!.x + marks!.width).toBeLessThanOrEqual(360);
		expect(head!.x).toBeCloseTo(marks!.x, 0);
		expect(head!.width).toBeCloseTo(marks!.width, 0);
		const differ = await page.locator('h2#differ').boundingBox();
		expect(marks!.y).toBeLessThan(differ!.y);
		await page.context().close();
	});

	it('names each drawing in words, and keeps every number in a table', async () => {
		const page = await open(site.browser, `${site.url}${story}`, 1440, 900);
		const names = await page
			.locator('svg.cm-marks')
			.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
		expect(names).toHaveLength(7);
		for (const name of names) expect(name).toMatch(/; \d+ claims?: \d+ where the articles differ/);
		await expect(page.locator('.figure-data tbody tr').count()).resolves.toBe(7);
		await page.context().close();
	});
});

describe('the pair page’s texts', () => {
	it('set the passages that share a claim side by side, on one row', async () => {
		const page = await open(site.browser, `${site.url}${pair}`, 1440, 900);
		const anchors = await page.$$eval('.aligned .passage.anchor', (segs) =>
			segs.map((seg) => {
				const box = seg.getBoundingClientRect();
				return {
					side: seg.parentElement!.classList.contains('side-a') ? 'a' : 'b',
					x: box.x,
					y: box.y,
				};
			}),
		);
		const a = anchors.filter((s) => s.side === 'a');
		const b = anchors.filter((s) => s.side === 'b');
		expect(a.length).toBeGreaterThan(0);
		expect(a.length).toBe(b.length);
		a.forEach((left, i) => {
			expect(b[i]!.y).toBeCloseTo(left.y, 0);
			expect(b[i]!.x).toBeGreaterThan(left.x);
		});
		await page.context().close();
	});

	it('keep their notes quiet until a note is focused or “Show notes” is ticked', async () => {
		const page = await open(site.browser, `${site.url}${pair}`, 1440, 900);
		const note = page.locator('.aligned a.claim-ref').first();
		const opacity = () => note.evaluate((el) => getComputedStyle(el).opacity);
		await expect(opacity()).resolves.toBe('0');
		// Hidden, a note is still a link: in the accessibility tree, and reached by Tab.
		await expect(note.getAttribute('href')).resolves.toMatch(/^(#b-claim-|\/claims\/)/);
		await note.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(opacity()).resolves.toBe('1');
		await page.locator('main').click({ position: { x: 1, y: 1 } });
		await page.getByRole('checkbox', { name: 'Show notes' }).check();
		await expect(opacity()).resolves.toBe('1');
		await expect(note.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('static');
		await page.context().close();
	});
});

describe('a story of 20 articles', () => {
	let parent: string;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let browser: Browser;
	beforeAll(async () => {
		parent = await mkdtemp(path.join(tmpdir(), 'parallax-twenty-'));
		const content = path.join(parent, 'content');
		await writeSyntheticContent(fixtureContentDir, content, { stories: 1, articlesPerStory: 20 });
		const dist = path.join(parent, 'dist');
		const built = await astroBuild(dist, { contentDir: content });
		if (built.code !== 0) throw new Error(`the 20-article site did not build:\n${built.stderr}`);
		server = await serveStatic(dist);
		browser = await launchChromium();
	}, 240_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (parent) await rm(parent, { recursive: true, force: true });
	});

	const routes = [
		'/stories/synthetic-story-1/',
		'/stories/synthetic-story-1/compare/',
		'/compare/synthetic-story-1-article-1/synthetic-story-1-article-2/',
	];

	describe.each([
		[390, 844],
		[1440, 900],
	])('at %i×%i', (width, height) => {
		it.each(routes)('%s never scrolls sideways', async (route) => {
			const page = await open(browser, `${server.url}${route}`, width, height);
			await expect(sideways(page)).resolves.toBe(0);
			await page.context().close();
		});
	});

	it('sets the claim matrix’s 20 marks under each claim on a phone, each under its number', async () => {
		const page = await open(browser, `${server.url}${routes[0]}`, 390, 844);
		const boxes = (selector: string) =>
			page.locator(selector).evaluateAll((cells) =>
				cells.map((cell) => {
					const box = cell.getBoundingClientRect();
					return { x: Math.round(box.x), top: Math.round(box.top), width: box.width };
				}),
			);
		const heads = await boxes('.matrix thead th:not(.matrix-claim-head)');
		const marks = await boxes('.matrix tbody tr[id] >> nth=0 >> td');
		expect(marks).toHaveLength(20);
		expect(marks.map((m) => m.x)).toEqual(heads.map((h) => h.x));
		expect(new Set(marks.map((m) => m.top)).size).toBeLessThanOrEqual(2);
		for (const mark of marks) expect(mark.width).toBeGreaterThanOrEqual(24);
		await page.context().close();
	});

	it('shows the many-way comparison as cards, omissions folded into each claim’s count', async () => {
		const page = await open(browser, `${server.url}${routes[1]}`, 1440, 900);
		await expect(page.locator('table.many').getAttribute('data-layout')).resolves.toBe('cards');
		const hidden = await page.$$eval('tr[data-claim-cells] td:not([data-covered])', (cells) =>
			cells.every((cell) => getComputedStyle(cell).display === 'none'),
		);
		expect(hidden).toBe(true);
		// Picking three articles turns the cards back into columns.
		for (const box of (await page.locator('column-picker input[name="articles"]').all()).slice(3))
			await box.uncheck();
		await expect(page.locator('table.many').getAttribute('data-layout')).resolves.toBe('columns');
		await expect(
			page.locator('tr.statement:not([hidden]) [data-count]').first().textContent(),
		).resolves.toMatch(/^in [1-3] of 3$/);
		await page.context().close();
	});
});
