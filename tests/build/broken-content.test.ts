import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, edit } from '../support/content-fixture.ts';
import { astroBuild, type RunResult } from '../../scripts/lib/run.ts';

describe('astro build on broken content', () => {
	let root: string;
	let outDir: string;
	let result: RunResult;

	beforeAll(async () => {
		root = await copyContent();
		outDir = path.join(root, '..', `${path.basename(root)}-dist`);
		await edit(root, 'articles/sovereignty-versus-security.md', /^kind: blog$/m, 'kind: 42');
		await edit(
			root,
			'articles/sovereignty-is-not-for-sale.md',
			/^story: .*$/m,
			'story: no-such-story',
		);
		await edit(
			root,
			'articles/sovereignty-versus-security.md',
			'Let’s dive into this complex issue.',
			'<script>alert(1)</script>',
		);
		result = await astroBuild(outDir, root);
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
		await rm(outDir, { recursive: true, force: true });
	});

	it('fails', () => expect(result.code).toBe(1));

	it('prints every problem, one line each, naming file and field', () => {
		const output = result.stdout + result.stderr;
		expect(output).toMatch(
			/articles\/sovereignty-is-not-for-sale\.md: story: names the story "no-such-story", which does not exist/,
		);
		expect(output).toMatch(
			/articles\/sovereignty-versus-security\.md: kind: must be one of news, analysis, opinion, explainer, blog/,
		);
		expect(output).toMatch(
			/articles\/sovereignty-versus-security\.md: body: holds raw HTML "<script>" on body line 3/,
		);
		expect(output).toContain('4 content problem(s); nothing was built.');
		expect(output).not.toMatch(/\n\s+at /);
	});

	it('writes no dist folder', () => expect(existsSync(outDir)).toBe(false));
});
