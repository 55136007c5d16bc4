import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';
import { fingerprint } from '../support/site-fingerprint.ts';

/** What differs between two fingerprints, one line per file. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
	const files = [...new Set([...a.keys(), ...b.keys()])].sort();
	return files.flatMap((file) => {
		if (!b.has(file)) return [`${file}: only in the first build`];
		if (!a.has(file)) return [`${file}: only in the second build`];
		return a.get(file) === b.get(file) ? [] : [`${file}: differs`];
	});
}

describe('the build', () => {
	let parent: string | undefined;
	afterAll(async () => {
		if (parent) await rm(parent, { recursive: true, force: true });
	});

	it(
		'gives byte-identical files when run twice on the same sources, preview images drawn afresh',
		{ timeout: 180_000 },
		async () => {
			parent = await mkdtemp(path.join(tmpdir(), 'parallax-again-'));
			const again = path.join(parent, 'dist');
			// An empty preview-image cache, so the second build rasterises every card again and
			// the comparison covers drawing them, not only copying the first build's PNGs.
			const ogCache = path.join(parent, 'og-cache');
			const result = await astroBuild(again, {
				contentDir: fixtureContentDir,
				env: { PARALLAX_OG_CACHE: ogCache },
			});
			expect(result.code, result.stderr).toBe(0);
			const first = await fingerprint(inject('distDir'));
			const second = await fingerprint(again);
			// Every distinct card of the second build was drawn into the empty cache.
			const drawn = (await readdir(ogCache)).filter((name) => name.endsWith('.png'));
			const cards = new Set(
				[...second].filter(([file]) => file.startsWith('og/')).map(([, sum]) => sum),
			);
			expect(cards.size).toBeGreaterThan(10);
			expect(drawn).toHaveLength(cards.size);
			expect(first.size).toBeGreaterThan(0);
			const changed = differences(first, second);
			expect(
				changed,
				`${changed.length} of ${first.size} files differ:\n${changed.join('\n')}`,
			).toEqual([]);
		},
	);
});
