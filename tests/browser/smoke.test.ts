import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

describe('reading in a browser', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let page: Page;
	const problems: string[] = [];

	beforeAll(async () => {
		server = await serveStatic(inject('distDir'));
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('goes from the home page to an article and reads it, with no errors', async () => {
		await page.goto(`${server.url}/`);
		await expect(page.title()).resolves.toBe('Parallax');
		await page
			.getByRole('link', { name: 'Mexico Rejects U.S. Military Intervention Amid Trump Threats' })
			.click();
		await page.waitForURL('**/articles/mexico-rejects-us-military-intervention/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Mexico Rejects U.S. Military Intervention Amid Trump Threats',
		);
		await expect(page.locator('article .prose').textContent()).resolves.toContain(
			'approximately 400 different groups',
		);
		expect(problems).toEqual([]);
	});

	it('reaches the text from the skip link by keyboard', async () => {
		await page.goto(`${server.url}/articles/sovereignty-versus-security/`);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
			'Skip to content',
		);
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
	});

	it('fits a 360 px phone screen without sideways scrolling', async () => {
		await page.goto(`${server.url}/articles/sovereignty-versus-security/`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
	});
});
