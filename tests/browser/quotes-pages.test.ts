import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('who said what', () => {
	it.each(['/quotes/', '/people/claudia-sheinbaum/', '/people/donald-trump/'])(
		'%s lists no article twice under a quotation, and no fragment with its trailing comma',
		async (path) => {
			const page = await site.browser.newPage({ viewport: { width: 390, height: 740 } });
			await page.goto(`${site.url}${path}`);
			const groups = await page.locator('main .quote-group').evaluateAll((items) =>
				items.map((item) => ({
					text: item.querySelector('blockquote')!.textContent!.trim(),
					articles: [...item.querySelectorAll('.quote-sources > li')].map(
						(line) => new URL(line.querySelector('a')!.href).pathname,
					),
				})),
			);
			expect(groups.length).toBeGreaterThan(0);
			for (const group of groups) {
				expect(new Set(group.articles).size, group.text).toBe(group.articles.length);
				expect(group.text).not.toMatch(/[,;:][’']?”$/);
			}
			// The quotations sit under the dates of their coverage, earliest first.
			const dates = await page.locator('main .quote-date-heading').allTextContents();
			expect(dates.length).toBeGreaterThan(0);
			await page.close();
		},
	);
});

describe('a claim page', () => {
	it('opens on the article that covers the claim, though it is last in reading order', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 740 } });
		// Only the story's last article (the seventh, the latest by date) asserts this claim.
		await page.goto(`${site.url}/claims/about-400-criminal-groups/`);
		const first = page.locator('main .coverage').first();
		await expect(first.textContent()).resolves.toContain(
			'a complex web of approximately 400 different groups',
		);
		const box = await first.boundingBox();
		expect(box!.y).toBeLessThan(740);
		// The six that do not mention it share one line, after it.
		const silent = page.locator('main .claim-silent');
		await expect(silent.locator('a').count()).resolves.toBe(6);
		const silentBox = await silent.boundingBox();
		expect(silentBox!.y).toBeGreaterThan(box!.y);
		await page.close();
	});
});
