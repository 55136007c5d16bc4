import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const claims = (...args: string[]) =>
	run('node', ['scripts/claims.ts', ...args], { PARALLAX_CONTENT_DIR: fixtureContentDir });

describe('npm run claims -- suggest', () => {
	it('lists sentences like claims in the map, and sentences that match none', async () => {
		const result = await claims('suggest', 'sovereignty-is-not-for-sale');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^sovereignty-is-not-for-sale: \d+ sentences; \d+ read like claims in the map, \d+ match none\.$/m,
		);
		expect(result.stdout).toContain('Suggestions only');
		const [matched, unmatched] = result.stdout.split('Sentences that match no claim:');
		// The National Guard sentence is in the map for this article.
		expect(matched).toMatch(/deploying 10,000 National Guard troops/);
		expect(matched).toMatch(/already covered/);
		expect(unmatched).toBeDefined();
	});

	it('fails clearly for an unknown article or a wrong command', async () => {
		const unknown = await claims('suggest', 'no-such-article');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(
			/^no-such-article: no such article \(expected one of: .*sovereignty-is-not-for-sale/m,
		);
		const wrong = await claims('list');
		expect(wrong.code, 'a usage error exits 2').toBe(2);
		expect(wrong.stderr).toContain('usage: npm run claims -- suggest <article-id>');
	});
});
