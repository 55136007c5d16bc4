import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { copyContent, edit } from '../support/content-fixture.ts';
import { run } from '../../scripts/lib/run.ts';

let root: string;
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('npm run validate', () => {
	it('reports the fixture content as sound', async () => {
		root = await copyContent();
		const result = await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: root });
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^content ok: 1 stories, 7 articles, \d+ claims, \d+ people \(\d+ ms\)$/m,
		);
	});

	it('prints one line per problem, with file and field, and exits non-zero', async () => {
		root = await copyContent();
		await edit(root, 'articles/sovereignty-versus-security.md', /^kind: blog$/m, 'kind: rumour');
		await edit(
			root,
			'claims/sheinbaum-rejects-us-troops.yaml',
			'approximately 400 different groups',
			'approximately 4000 different groups',
		);
		const result = await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: root });
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(
			/articles\/sovereignty-versus-security\.md: kind: must be one of news, analysis, opinion, explainer, blog \(expected one of "news", "analysis", "opinion", "explainer", "blog"\)$/,
		);
		expect(lines[1]).toMatch(
			/claims\/sheinbaum-rejects-us-troops\.yaml: claims\.\d+\.coverage\.0\.excerpt: "a complex web of approximately 4000 different groups" does not stand verbatim/,
		);
		expect(lines[2]).toBe('2 problem(s) in 2 file(s); nothing is published until they are fixed');
	});
});
