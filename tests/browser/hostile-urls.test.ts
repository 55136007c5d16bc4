import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { watchPages } from '../support/page-problems.ts';

/** Markup a crafted link might carry, each calling the tripwire if it ever runs. */
const payloads = [
	'<img src=x onerror=tripwire()>',
	'"><script>tripwire()</script>',
	'<svg onload=tripwire()>',
	'javascript:tripwire()',
	"'-tripwire()-'",
];

const site = useBuiltSite();

/** Opens each URL with a tripwire armed; returns what ran and what the page reported. */
async function visit(urls: string[]): Promise<{ tripped: string[]; problems: string[] }> {
	const context = await site.browser.newContext();
	const tripped: string[] = [];
	await context.exposeFunction('tripwire', () => tripped.push('ran'));
	const watch = await watchPages(context);
	const problems: string[] = [];
	for (const url of urls) {
		const page = await context.newPage();
		await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(100);
		problems.push(...(await watch.problems(page)).map((problem) => `${url}: ${problem}`));
		await page.close();
	}
	await context.close();
	return { tripped, problems };
}

const story = '/stories/sheinbaum-rejects-us-troops/compare/';
const pair = '/compare/mexico-rejects-us-military-intervention/sovereignty-versus-security/';

describe('crafted links run nothing', () => {
	it(`compare page parameters (${payloads.length} payloads)`, async () => {
		const { tripped, problems } = await visit(
			payloads.map(
				(payload) =>
					`${story}?articles=${encodeURIComponent(`sovereignty-versus-security,${payload}`)}`,
			),
		);
		expect(tripped).toEqual([]);
		expect(problems).toEqual([]);
	});

	it(`fragments on an article and a pair (${payloads.length * 2} links)`, async () => {
		const { tripped, problems } = await visit(
			payloads.flatMap((payload) => [
				`/articles/sovereignty-versus-security/#${encodeURIComponent(payload)}`,
				`${pair}#${payload}`,
			]),
		);
		expect(tripped).toEqual([]);
		expect(problems).toEqual([]);
	});

	it(`search parameters, in every field (${payloads.length} payloads)`, async () => {
		const { tripped, problems } = await visit(
			payloads.map((payload) => {
				const value = encodeURIComponent(payload);
				return `/search/?q=${value}&type=${value}&outlet=${value}&speaker=${value}`;
			}),
		);
		expect(tripped).toEqual([]);
		expect(problems).toEqual([]);
	});
});
