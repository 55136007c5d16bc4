import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/run.ts';

// The other build and browser tests read the frozen fixture content; this one is about the
// real content/ folder, whatever it holds today.
describe('the real content folder', () => {
	let parent: string | undefined;
	afterAll(async () => {
		if (parent) await rm(parent, { recursive: true, force: true });
	});

	it('builds, with a page for every article', { timeout: 180_000 }, async () => {
		parent = await mkdtemp(path.join(tmpdir(), 'parallax-real-'));
		const outDir = path.join(parent, 'dist');
		const result = await astroBuild(outDir, { contentDir: 'content' });
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
		const articles = (await readdir('content/articles'))
			.filter((file) => file.endsWith('.md'))
			.map((file) => path.basename(file, '.md'));
		expect(articles.length).toBeGreaterThan(0);
		const missing = articles.filter(
			(id) => !existsSync(path.join(outDir, 'articles', id, 'index.html')),
		);
		expect(missing, 'articles without a page').toEqual([]);
	});
});
