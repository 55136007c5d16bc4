import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

/** Each search label's box, its control's, and whether both stand in one field group. */
function labelBoxes(page: Page) {
	return page.locator('search-page form label').evaluateAll((labels) =>
		(labels as HTMLLabelElement[]).map((label) => {
			const control = label.control!;
			const group = label.closest('.search-field');
			const box = (el: Element) => {
				const { left, right, top, bottom } = el.getBoundingClientRect();
				return { left, right, top, bottom };
			};
			return {
				label: label.textContent!.trim(),
				grouped: group?.contains(control) ?? false,
				labelBox: box(label),
				controlBox: box(control),
			};
		}),
	);
}

describe('the search form', () => {
	for (const width of [1440, 390]) {
		it(`keeps each label with its control at ${width} px: in its group, above it or beside it`, async () => {
			const page = await site.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${site.url}/search/?q=sovereignty`);
			const boxes = await labelBoxes(page);
			expect(boxes.map((b) => b.label)).toEqual([
				'Words from a claim or quote, a name, a number',
				'Type',
				'Outlet',
				'Speaker',
			]);
			for (const { label, grouped, labelBox, controlBox } of boxes) {
				expect(grouped, label).toBe(true);
				const above =
					labelBox.bottom <= controlBox.top + 1 &&
					controlBox.top - labelBox.bottom < 16 &&
					Math.abs(labelBox.left - controlBox.left) < 2;
				const sameRow =
					labelBox.right <= controlBox.left + 1 &&
					controlBox.left - labelBox.right < 24 &&
					labelBox.top < controlBox.bottom &&
					labelBox.bottom > controlBox.top;
				expect(above || sameRow, `${label}: ${JSON.stringify({ labelBox, controlBox })}`).toBe(
					true,
				);
			}
			if (width === 1440) {
				// Wide enough for one row: every control on the query's line.
				const tops = new Set(boxes.map((b) => Math.round(b.controlBox.top)));
				expect(tops.size).toBe(1);
			}
			await page.close();
		});
	}
});

/** Every mark of the results: the text around it in its span, and the marked words. */
function marksOf(page: Page) {
	return page
		.locator('main ol.results .hit-text, main ol.results .hit-source')
		.evaluateAll((spans) =>
			spans.flatMap((span) => {
				const marks: { before: string; marked: string; after: string }[] = [];
				let text = '';
				const at: [number, number][] = [];
				for (const node of span.childNodes) {
					if (node.nodeName === 'MARK')
						at.push([text.length, text.length + node.textContent!.length]);
					text += node.textContent;
				}
				for (const [start, end] of at)
					marks.push({
						before: text.slice(Math.max(0, start - 1), start),
						marked: text.slice(start, end),
						after: text.slice(end, end + 1),
					});
				return marks;
			}),
		);
}

describe('search results', () => {
	it.each([
		'sovereignty',
		'sovreignty not for sail',
		'cartel leaders',
		'hegseth terrorist',
		'shienbaum trupm',
		'10,000 national guard',
	])('mark whole words only: %s', async (query) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
		await page.locator('main ol.results > li').first().waitFor();
		const marks = await marksOf(page);
		expect(marks.length).toBeGreaterThan(0);
		const wordChar = /[\p{L}\p{M}\p{N}]/u;
		for (const mark of marks) {
			expect(wordChar.test(mark.before), JSON.stringify(mark)).toBe(false);
			expect(wordChar.test(mark.after), JSON.stringify(mark)).toBe(false);
			expect(wordChar.test(mark.marked.at(0)!) && wordChar.test(mark.marked.at(-1)!)).toBe(true);
		}
		await page.close();
	});

	it('show a quote nested in a longer quote of the same article once', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=sovereignty+is+not+for+sale&type=quote`);
		await page.locator('main ol.results > li').first().waitFor();
		const results = await page.locator('main ol.results a').evaluateAll((links) =>
			(links as HTMLAnchorElement[]).map((link) => ({
				article: new URL(link.href).pathname,
				text: link
					.querySelector('.hit-text')!
					.textContent!.toLowerCase()
					.replace(/[^\p{L} ]/gu, ''),
			})),
		);
		const fromOne = results.filter((r) => r.article === '/articles/sovereignty-is-not-for-sale/');
		expect(fromOne.length).toBeGreaterThan(0);
		for (const a of fromOne)
			for (const b of fromOne) if (a !== b) expect(a.text.includes(b.text), a.text).toBe(false);
		// The nested words are found, and only once.
		expect(
			fromOne.filter((r) => r.text.includes('no president trump sovereignty is not for sale')),
		).toHaveLength(1);
		await page.close();
	});

	it('say where the words matched when no shown word did', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=sovereignty`);
		await page.locator('main ol.results > li').first().waitFor();
		const unmarked = await page
			.locator('main ol.results > li')
			.evaluateAll((items) =>
				items.filter((item) => !item.querySelector('mark')).map((item) => item.textContent!),
			);
		for (const text of unmarked) expect(text).toMatch(/found in /);
		await page.close();
	});
});
