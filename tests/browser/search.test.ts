import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { indexPath, type SearchManifest } from '../../src/lib/search/index-format.ts';
import { builtSearchIndex } from '../../scripts/lib/search-index-files.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('the search dialog', () => {
	it('works by keyboard alone: / opens it, arrows choose, Enter opens the passage', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site.url}/stories/sheinbaum-rejects-us-troops/`);
		const searchFiles = () =>
			fetched.filter(
				(file) =>
					file.startsWith('/search/data/') ||
					file === '/search/index.json' ||
					file.includes('search-'),
			);
		expect(searchFiles()).toEqual([]); // nothing of search loads until it is used
		await page.keyboard.press('/');
		const input = page.getByRole('combobox');
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.type('hegseth terrorist');
		await page.getByRole('option').first().waitFor();
		// The entry file the page names, the manifest it names, then only the term files of the
		// query's initials (h, t), not the whole vocabulary.
		const index = await builtSearchIndex(inject('distDir'));
		const manifest = JSON.parse(
			await readFile(path.join(index.dir, index.manifest), 'utf8'),
		) as SearchManifest;
		expect(searchFiles()).toContain('/search/index.json');
		expect(searchFiles()).toContain(`/search/data/${index.manifest}`);
		expect(
			searchFiles()
				.filter((file) => file.startsWith('/search/data/t/'))
				.sort(),
		).toEqual(
			[manifest.terms.h!, manifest.terms.t!]
				.map((hash) => `/search/data/${indexPath.terms(hash)}`)
				.sort(),
		);
		await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
		await page.keyboard.press('ArrowDown');
		await expect(input.getAttribute('aria-activedescendant')).resolves.toBe('search-option-0');
		await expect(page.getByRole('option').first().getAttribute('aria-selected')).resolves.toBe(
			'true',
		);
		await page.keyboard.press('Enter');
		await page.waitForURL(
			'**/articles/soft-invasion-entirely-a-movie/#q-terrorist-like-organizations',
		);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'q-terrorist-like-organizations',
		);
		await page.close();
	});

	it('opens with Ctrl-K, closes with Esc and gives focus back', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/`);
		await page.getByRole('button', { name: 'Search' }).focus();
		await page.keyboard.press('Control+k');
		await expect(
			page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open),
		).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(
			page.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open),
		).resolves.toBe(false);
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');
		await page.close();
	});

	it('answers a query typed before the index has loaded', async () => {
		const page = await site.browser.newPage();
		await page.route('**/search/data/**', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		await page.goto(`${site.url}/`);
		await page.keyboard.press('/');
		await page.keyboard.type('29 cartel leaders');
		await expect(
			page.getByRole('option').first().textContent({ timeout: 5000 }),
		).resolves.toContain('29 cartel leaders');
		await page.close();
	});
});

describe('the search page', () => {
	it('runs the query in the URL and lists results best first in an ordered list', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=sovreignty+not+for+sail`);
		const first = page.locator('main ol.results > li').first();
		await expect(first.textContent()).resolves.toMatch(/sovereignty is not for sale/i);
		await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
		await page.close();
	});

	it('opens a result on its passage: the claim row, scrolled into view and marked', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.url}/search/?q=29+cartel+leaders`);
		await page.locator('main ol.results > li a').first().click();
		await page.waitForURL(
			'**/stories/sheinbaum-rejects-us-troops/#claim-extradited-29-cartel-leaders',
		);
		const row = page.locator('#claim-extradited-29-cartel-leaders');
		await expect(row.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
		await expect(row.isVisible()).resolves.toBe(true);
		const box = await row.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(740);
		await page.close();
	});

	it('keeps filters in the URL and says so when nothing matches', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=sovereignty&type=quote`);
		await page.locator('main ol.results > li').first().waitFor();
		const types = await page.locator('main ol.results .hit-type').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['Quote']));
		await page.getByLabel('Speaker').selectOption('James Hewitt');
		await expect(page.evaluate(() => location.search)).resolves.toBe(
			'?q=sovereignty&type=quote&speaker=James+Hewitt',
		);
		await page
			.locator('search-page [role="status"]')
			.filter({ hasText: 'Nothing matches “sovereignty” with these filters' })
			.waitFor();
		await expect(page.locator('main ol.results > li').count()).resolves.toBe(0);
		await page.close();
	});

	it('treats the query as text, never markup', async () => {
		const page = await site.browser.newPage();
		let ran = false;
		await page.exposeFunction('tripwire', () => (ran = true));
		await page.goto(
			`${site.url}/search/?q=${encodeURIComponent('<img src=x onerror=tripwire()>')}`,
		);
		// Whatever it finds, the status repeats the query as text.
		await page
			.locator('search-page [role="status"]')
			.filter({ hasText: '“<img src=x onerror=tripwire()>”' })
			.waitFor();
		expect(ran).toBe(false);
		await expect(page.locator('main img').count()).resolves.toBe(0);
		await page.close();
	});
});
