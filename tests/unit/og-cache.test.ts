import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedOgPng } from '../../src/lib/og/render-og.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'parallax-og-cache-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the preview-card cache', () => {
	// Found by a 1000-story build: two pages with the same card, drawn at once (the build draws
	// four at a time), wrote one temporary file and the second rename failed, stopping the build.
	it('draws the same card for several pages at once, and keeps one image of it', async () => {
		const card = { kind: 'Article', title: 'Mexico says no to troops', lines: ['An outlet'] };
		const drawn = await Promise.all(Array.from({ length: 6 }, () => cachedOgPng(card, dir)));
		expect(new Set(drawn.map(({ png }) => png.toString('base64'))).size).toBe(1);
		expect(await readdir(dir)).toHaveLength(1);
		await expect(cachedOgPng(card, dir)).resolves.toMatchObject({ cached: true });
	});

	it('makes its folder again when it was deleted while the process ran', async () => {
		const card = { kind: 'Claim', title: 'A card drawn after the cache was cleared', lines: [] };
		await cachedOgPng({ ...card, title: 'A first card' }, dir);
		await rm(dir, { recursive: true, force: true });
		await expect(cachedOgPng(card, dir)).resolves.toMatchObject({ cached: false });
		expect(await readdir(dir)).toHaveLength(1);
	});
});
