import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTypes } from '../../scripts/lib/dist-pages.ts';

/** Writes each file (empty unless given) under `root`. */
async function files(root: string, list: Record<string, string>): Promise<void> {
	for (const [file, text] of Object.entries(list)) {
		await mkdir(path.dirname(path.join(root, file)), { recursive: true });
		await writeFile(path.join(root, file), text);
	}
}

describe('pageTypes: the built pages grouped by the route file that made them', () => {
	it('puts a rest route with one empty path under its own file, not a kind of its own', async () => {
		// "Who said what" is quotes/[...index].astro (a rest route, so Astro can key it); its one
		// page is /quotes/, which the screenshots, checks and gates must still find by that file.
		const root = await mkdtemp(path.join(tmpdir(), 'page-types-'));
		const pages = path.join(root, 'pages');
		const dist = path.join(root, 'dist');
		await files(pages, {
			'index.astro': '',
			'quotes/[...index].astro': '',
			'articles/[article].astro': '',
		});
		await files(dist, {
			'index.html': '<p>home</p>',
			'quotes/index.html': '<p>quotes</p>',
			'articles/a/index.html': '<p>a</p>',
			'articles/b/index.html': '<p>bb</p>',
		});
		const types = await pageTypes(dist, pages);
		expect(types.map(({ route, pages }) => [route, pages])).toEqual([
			['/', ['']],
			['articles/[article]', ['articles/a/', 'articles/b/']],
			['quotes/[...index]', ['quotes/']],
		]);
	});
});
