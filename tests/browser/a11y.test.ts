import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { pageTypes } from '../../scripts/lib/dist-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare global {
	interface Window {
		axe: typeof import('axe-core');
	}
}

const distDir = inject('distDir');
const types = await pageTypes(distDir);
const axeSource = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/**
 * A context for auditing. The pages' CSP admits only their own hashed scripts, so it would
 * refuse axe's inline script tag; this context bypasses CSP for the audit alone
 * (tests/browser/csp.test.ts checks the policy with nothing bypassed).
 */
function auditContext(
	viewport: { width: number; height: number },
	colorScheme: 'light' | 'dark',
): Promise<BrowserContext> {
	return browser.newContext({ viewport, colorScheme, bypassCSP: true });
}

/**
 * Runs axe on `url`, after `act` has put the page in the state to audit, and returns its
 * violations, one readable line per node.
 */
async function audit(
	page: Page,
	url: string,
	act?: (page: Page) => Promise<void>,
): Promise<string[]> {
	await page.goto(url);
	await act?.(page);
	// Closed <details> (provenance, notes) hide text from the audit; open them so it is seen.
	await page.evaluate(() =>
		document.querySelectorAll('details').forEach((d) => {
			d.open = true;
		}),
	);
	await page.addScriptTag({ content: axeSource });
	const results: AxeResults = await page.evaluate(
		(values) =>
			window.axe.run(document, {
				runOnly: { type: 'tag', values },
				resultTypes: ['violations'],
			}),
		tags,
	);
	return results.violations.flatMap((violation: Result) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}` +
				` — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
		),
	);
}

describe('the audit', () => {
	let dir: string;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-a11y-'));
		await writeFile(
			path.join(dir, 'index.html'),
			'<!DOCTYPE html><html lang="en"><head><title>probe</title></head><body><main>' +
				'<p style="color:#999;background:#aaa">faint</p><img src="x.png"></main></body></html>',
		);
		server = await serveStatic(dir);
	});
	afterAll(async () => {
		await server?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('names the rule, its impact and the element for each violation', async () => {
		const context = await auditContext({ width: 360, height: 740 }, 'light');
		const violations = await audit(await context.newPage(), `${server.url}/`);
		await context.close();
		expect(violations).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^color-contrast \(serious\): .* at p — /),
				expect.stringMatching(/^image-alt \(critical\): .* at img — /),
			]),
		);
	});
});

describe.each([
	[360, 740, 'light'],
	[360, 740, 'dark'],
	[1440, 900, 'light'],
	[1440, 900, 'dark'],
] as const)('at %i×%i in %s mode', (width, height, colorScheme) => {
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let context: BrowserContext;
	beforeAll(async () => {
		server = await serveStatic(distDir);
		context = await auditContext({ width, height }, colorScheme);
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('renders in that colour scheme (a dark page has a dark background)', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect((r! + g! + b!) / 3 > 128 ? 'light' : 'dark').toBe(colorScheme);
		await page.close();
	});

	it.each(types.map((type) => [type.route, type.sample]))(
		'%s (/%s) has no WCAG 2.2 AA violation',
		async (_, sample) => {
			const page = await context.newPage();
			const violations = await audit(page, `${server.url}/${sample}`);
			await page.close();
			expect(violations, violations.join('\n')).toEqual([]);
		},
	);

	it.each([
		[
			'the search dialog, open with results',
			'',
			async (page: Page) => {
				await page.keyboard.press('/');
				await page.keyboard.type('sovereignty');
				await page.getByRole('option').first().waitFor();
				await page.keyboard.press('ArrowDown');
			},
		],
		[
			'the search page, with results',
			'search/?q=cartels&type=claim',
			async (page: Page) => {
				await page.locator('main ol.results > li').first().waitFor();
			},
		],
	] as const)('%s has no WCAG 2.2 AA violation', async (_, sample, act) => {
		const page = await context.newPage();
		const violations = await audit(page, `${server.url}/${sample}`, act);
		await page.close();
		expect(violations, violations.join('\n')).toEqual([]);
	});
});
