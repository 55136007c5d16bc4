import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/built-page.ts';
import { listPages } from '../../scripts/lib/dist-files.ts';
import { headersFor, parseCsp, parseHeadersFile } from '../support/security-headers.ts';

const distDir = inject('distDir');
const rules = parseHeadersFile(await readFile(path.join(distDir, '_headers'), 'utf8'));
const pages = await listPages(distDir);
const metaPolicies = await Promise.all(
	pages.map(async (route) => {
		const policy = (await readPage(distDir, route)).attribute(
			'meta[http-equiv="content-security-policy"]',
			'content',
		);
		return [route, policy ?? ''] as const;
	}),
);

/** Directives a `<meta>` policy cannot carry (CSP 3, §3.3): only a header can send them. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);
/** Where the pages' per-page hashes live, and `default-src`, which would stand in for them. */
const perPage = /^(?:default-src|(?:script|style)-src(?:-elem|-attr)?)$/;

describe('the _headers file', () => {
	const headers = headersFor(rules, '/articles/any/');
	const header = parseCsp(headers['content-security-policy'] ?? '');

	it('sends the security headers on every path', () => {
		for (const pathname of ['/', '/articles/any/', '/og/site.png', '/404.html'])
			expect(Object.keys(headersFor(rules, pathname)), pathname).toEqual(
				expect.arrayContaining([
					'content-security-policy',
					'strict-transport-security',
					'x-content-type-options',
					'referrer-policy',
					'permissions-policy',
				]),
			);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['strict-transport-security']).toMatch(/^max-age=(\d{8,})\b/);
		expect(
			Number(/max-age=(\d+)/.exec(headers['strict-transport-security']!)![1]),
		).toBeGreaterThanOrEqual(31_536_000);
		expect(headers['referrer-policy']).toMatch(
			/^(?:strict-origin-when-cross-origin|same-origin|no-referrer)$/,
		);
		expect(headers['permissions-policy']).toMatch(/\bcamera=\(\)/);
	});

	it('lets browsers keep the search data, named by hash, for a year; pages are asked for anew', () => {
		expect(headersFor(rules, '/search/data/t/0123456789abcdef.json')['cache-control']).toBe(
			'public, max-age=31536000, immutable',
		);
		for (const pathname of ['/', '/search/', '/articles/any/'])
			expect(headersFor(rules, pathname)['cache-control'], pathname).toBeUndefined();
	});

	it('forbids framing, which only a header can', () => {
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it(`repeats every directive of the ${pages.length} pages' policy except the per-page ones`, () => {
		expect(pages.length).toBeGreaterThan(0);
		for (const [route, policy] of metaPolicies) {
			const meta = parseCsp(policy);
			expect(meta.size, `/${route} has a CSP <meta>`).toBeGreaterThan(0);
			const shared = [...meta].filter(([name]) => !perPage.test(name));
			for (const [name, values] of shared)
				expect(header.get(name), `/${route}: ${name} in the header`).toEqual(values);
			for (const [name, values] of header)
				if (!headerOnly.has(name))
					expect(values, `/${route}: the header's ${name} is not the page's`).toEqual(
						meta.get(name),
					);
		}
	});

	it('leaves scripts and styles to the pages, which hash their own', () => {
		// A default-src, script-src or style-src here would be enforced next to the page's
		// policy and block the inline code whose hashes only the page lists.
		expect([...header.keys()].filter((name) => perPage.test(name))).toEqual([]);
		for (const [route, policy] of metaPolicies) {
			const meta = parseCsp(policy);
			expect(meta.get('default-src'), route).toEqual(["'self'"]);
			expect(meta.get('script-src')?.[0], route).toBe("'self'");
			expect(meta.get('style-src')?.[0], route).toBe("'self'");
		}
	});

	it('allows no unsafe-inline or unsafe-eval in any policy, header or page', () => {
		const all = [headers['content-security-policy'] ?? '', ...metaPolicies.map(([, p]) => p)];
		for (const policy of all) expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
	});
});
