import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

const manyWay = '/stories/sheinbaum-rejects-us-troops/compare/';

describe('copy link', () => {
	it('copies the view as the reader set it up, and the link opens that same view', async () => {
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await context.newPage();
		await page.goto(
			`${site.url}${manyWay}?articles=sovereignty-versus-security,soft-invasion-entirely-a-movie`,
		);
		await page.getByRole('checkbox', { name: /Sheinbaum says she rejected/ }).check();
		await page.getByRole('button', { name: 'Copy link' }).click();
		// The clipboard write is asynchronous: wait for the status rather than read it once.
		await expect
			.poll(() => page.locator('share-link [role="status"]').textContent())
			.toBe('Link copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			`${site.url}${manyWay}?articles=sovereignty-versus-security,soft-invasion-entirely-a-movie,rejection-preserves-sovereignty`,
		);
		const opened = await context.newPage();
		await opened.goto(copied);
		const visible = () =>
			opened.$$eval('table.many thead th[data-article]', (cells) =>
				cells
					.filter((c) => !(c as HTMLElement).hidden)
					.map((c) => (c as HTMLElement).dataset.article),
			);
		await expect(visible()).resolves.toEqual([
			'sovereignty-versus-security',
			'soft-invasion-entirely-a-movie',
			'rejection-preserves-sovereignty',
		]);
		await context.close();
	});

	it('shows the link to copy by hand when the clipboard is refused', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(() => {
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('denied', 'NotAllowedError'));
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/claims/about-400-criminal-groups/`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		const box = page.getByRole('textbox', { name: 'Link to this view' });
		await expect(box.inputValue()).resolves.toBe(`${site.url}/claims/about-400-criminal-groups/`);
		await expect(page.locator('share-link [role="status"]').textContent()).resolves.toContain(
			'copy it from the box',
		);
		await context.close();
	});

	it('works from the keyboard alone', async () => {
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await context.newPage();
		await page.goto(`${site.url}/claims/about-400-criminal-groups/`);
		let name = '';
		for (let i = 0; i < 15 && name !== 'Copy link'; i++) {
			await page.keyboard.press('Tab');
			name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(name).toBe('Copy link');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelector('share-link [role="status"]')?.textContent === 'Link copied.',
		);
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
			`${site.url}/claims/about-400-criminal-groups/`,
		);
		await context.close();
	});

	it('stays hidden without JavaScript, since it could not work', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/claims/about-400-criminal-groups/`);
		await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
		await context.close();
	});
});

describe('anchored links', () => {
	it.each([
		['/articles/mexico-rejects-us-military-intervention/', 'claim-about-400-criminal-groups'],
		['/articles/sovereignty-is-not-for-sale/', 'q-no-president-trump-sovereignty-is-not'],
		['/stories/sheinbaum-rejects-us-troops/', 'claim-about-400-criminal-groups'],
	])('%s#%s lands on its passage, marked and focused', async (route, id) => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.url}${route}#${id}`);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
		const box = await page.locator(`#${id}`).boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(740);
		const outline = await page
			.locator(`#${id}`)
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).toBe('solid');
		await page.close();
	});
});
