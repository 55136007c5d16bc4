import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const story = 'sheinbaum-rejects-us-troops';
const pageTypes = [
	'/',
	`/stories/${story}/`,
	'/articles/sovereignty-is-not-for-sale/',
	'/compare/sovereignty-is-not-for-sale/sovereignty-versus-security/',
	`/stories/${story}/compare/`,
	'/claims/sheinbaum-rejected-troop-offer/',
	'/quotes/',
	'/people/claudia-sheinbaum/',
];

const site = useBuiltSite();

async function open(context: BrowserContext, route: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${site.url}${route}`);
	return page;
}

describe.each([
	[360, 740],
	[1440, 900],
])('at %i×%i', (width, height) => {
	it.each(pageTypes)('%s never scrolls sideways', async (route) => {
		const context = await site.browser.newContext({ viewport: { width, height } });
		const page = await open(context, route);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
		await context.close();
	});
});

describe('the pair compare page', () => {
	const route = '/compare/sovereignty-is-not-for-sale/sovereignty-versus-security/';

	it('shows both sides as columns on a desktop, and one at a time on a phone', async () => {
		const desktop = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
		const wide = await open(desktop, route);
		await expect(wide.locator('.side-switch').isVisible()).resolves.toBe(false);
		const [left, right] = await Promise.all([
			wide.locator('#shared ~ .pair-claim .side-a').first().boundingBox(),
			wide.locator('#shared ~ .pair-claim .side-b').first().boundingBox(),
		]);
		expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
		expect(right!.y).toBe(left!.y); // the claim row stays aligned
		await desktop.close();

		const phone = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		const narrow = await open(phone, route);
		await expect(narrow.locator('.pair-claim .side-b').first().isVisible()).resolves.toBe(false);
		// Keyboard: the side switch is a radio group; arrow keys move to the other side.
		await narrow.locator('.side-switch input[value="a"]').focus();
		await narrow.keyboard.press('ArrowDown');
		await expect(narrow.locator('.pair-claim .side-b').first().isVisible()).resolves.toBe(true);
		await expect(narrow.locator('.pair-claim .side-a').first().isVisible()).resolves.toBe(false);
		await phone.close();
	});

	it('prints both sides in columns, without the controls', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await open(context, route);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.pair-claim .side-a').first().isVisible()).resolves.toBe(true);
		await expect(page.locator('.pair-claim .side-b').first().isVisible()).resolves.toBe(true);
		await expect(page.locator('.side-switch').isVisible()).resolves.toBe(false);
		await expect(page.locator('header.site').isVisible()).resolves.toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await context.close();
	});

	it('can be walked by keyboard: swap sides, then follow a shared claim to its passage', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await open(context, route);
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Enter');
		// focus-target.ts moves focus to #main on hashchange; tabbing before it does would race.
		await page.waitForFunction(() => document.activeElement?.id === 'main');
		let name = '';
		for (let i = 0; i < 10 && name !== 'Swap sides'; i++) {
			await page.keyboard.press('Tab');
			name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(name).toBe('Swap sides');
		const focusRing = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(focusRing).toBe('solid');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/compare/sovereignty-versus-security/sovereignty-is-not-for-sale/');
		const excerpt = page.locator('.pair-claim blockquote a').first();
		const target = (await excerpt.getAttribute('href'))!;
		await excerpt.focus();
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => location.hash)).resolves.toBe(target);
		await expect(page.locator(target).isVisible()).resolves.toBe(true);
		await context.close();
	});
});

describe('the many-way compare page', () => {
	const route = `/stories/${story}/compare/`;
	const visibleColumns = (page: Page) =>
		page.$$eval('table.many thead th[data-article]', (cells) =>
			cells
				.filter((cell) => !(cell as HTMLElement).hidden)
				.map((cell) => (cell as HTMLElement).dataset.article),
		);

	it('shows the articles the query names, in its order, and keeps the URL in step', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await open(
			context,
			`${route}?articles=sovereignty-versus-security,soft-invasion-entirely-a-movie`,
		);
		await expect(visibleColumns(page)).resolves.toEqual([
			'sovereignty-versus-security',
			'soft-invasion-entirely-a-movie',
		]);
		await page.getByRole('checkbox', { name: /Sheinbaum rejects Trump’s proposal/ }).check();
		await expect(page.evaluate(() => location.search)).resolves.toBe(
			'?articles=sovereignty-versus-security,soft-invasion-entirely-a-movie,sovereignty-is-not-for-sale',
		);
		await page.getByRole('checkbox', { name: /Tension between/ }).uncheck();
		await page.reload();
		await expect(visibleColumns(page)).resolves.toEqual([
			'soft-invasion-entirely-a-movie',
			'sovereignty-is-not-for-sale',
		]);
		await expect(page.locator('column-picker [role="status"]').textContent()).resolves.toBe(
			'Showing 2 of 7 articles.',
		);
		await context.close();
	});

	it('shows every column without JavaScript, whatever the query', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await open(context, `${route}?articles=sovereignty-versus-security`);
		await expect(visibleColumns(page)).resolves.toHaveLength(7);
		await context.close();
	});
});

describe('the theme toggle', () => {
	it('switches to dark, and remembers it on the next page', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		const page = await open(context, '/');
		const toggle = page.getByRole('button', { name: 'Dark mode' });
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await toggle.click();
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
		await page.goto(`${site.url}/stories/${story}/`);
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(after).not.toBe(before);
		await context.close();
	});

	it('follows the system setting until the reader chooses', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await open(context, '/');
		await expect(
			page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed'),
		).resolves.toBe('true');
		await expect(
			page.evaluate(() => document.documentElement.dataset.theme),
		).resolves.toBeUndefined();
		await context.close();
	});
});
