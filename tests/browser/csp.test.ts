import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { pageTypes } from '../../scripts/lib/dist-pages.ts';
import { watchPages } from '../support/page-problems.ts';
import { headersFor, parseHeadersFile } from '../support/security-headers.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const distDir = inject('distDir');
const types = await pageTypes(distDir);
const rules = parseHeadersFile(await readFile(path.join(distDir, '_headers'), 'utf8'));

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/**
 * Opens `url` in a fresh context, does what `act` does there, and returns what the page's
 * policy blocked or threw.
 */
async function visit(
	url: string,
	act?: (page: Page) => Promise<void>,
): Promise<{ problems: string[]; policy: string | undefined }> {
	const context = await browser.newContext();
	try {
		const watch = await watchPages(context);
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		await act?.(page);
		return {
			problems: await watch.problems(page),
			policy: response?.headers()['content-security-policy'],
		};
	} finally {
		await context.close();
	}
}

describe('the CSP watch', () => {
	let dir: string;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-csp-'));
		await writeFile(
			path.join(dir, 'index.html'),
			`<!DOCTYPE html><html lang="en"><head><title>probe</title>
			<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">
			<script>document.title = 'ran';</script></head><body><p style="color: red">x</p></body></html>`,
		);
		server = await serveStatic(dir);
	});
	afterAll(async () => {
		await server?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('reports code the policy blocks', async () => {
		const { problems } = await visit(`${server.url}/`);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^CSP script-src-elem blocked inline /),
				expect.stringMatching(/^CSP style-src-attr blocked inline /),
			]),
		);
	});
});

describe(`one page of each of the ${types.length} page types, served with _headers`, () => {
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		server = await serveStatic(distDir, (pathname) => headersFor(rules, pathname));
	});
	afterAll(async () => server?.close());

	it.each(types.map((type) => [type.route, type.sample]))(
		'%s (/%s) loads with no CSP violation, console error or exception',
		async (_, sample) => {
			const { problems, policy } = await visit(`${server.url}/${sample}`);
			expect(policy, 'the header policy was sent').toContain("frame-ancestors 'none'");
			expect(problems).toEqual([]);
		},
	);
});

describe('search, which fetches its code and index on first use', () => {
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		server = await serveStatic(distDir, (pathname) => headersFor(rules, pathname));
	});
	afterAll(async () => server?.close());

	it('runs in the dialog with no CSP violation, console error or exception', async () => {
		const { problems } = await visit(`${server.url}/`, async (page) => {
			await page.keyboard.press('/');
			await page.keyboard.type('fentanyl');
			await page.getByRole('option').first().waitFor();
		});
		expect(problems).toEqual([]);
	});

	it('runs on the search page, with filters, with none either', async () => {
		const { problems } = await visit(`${server.url}/search/?q=cartels&type=claim`, async (page) => {
			await page.locator('main ol.results > li').first().waitFor();
		});
		expect(problems).toEqual([]);
	});
});
