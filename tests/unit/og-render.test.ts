import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cardThreadFiles, drawOnCardThread } from '../../src/lib/og/card-thread.ts';
import { rasterOptions } from '../../src/lib/og/draw-png.ts';
import { ogCardSvg, ogSize, renderOgPng } from '../../src/lib/og/render-og.ts';

const inherited = process.env.MIMALLOC_PURGE_DELAY;
afterAll(() => {
	if (inherited === undefined) delete process.env.MIMALLOC_PURGE_DELAY;
	else process.env.MIMALLOC_PURGE_DELAY = inherited;
});

/** The RGBA bytes a PNG holds, as libvips reads them. */
async function pixelsOf(png: Buffer): Promise<Buffer> {
	return sharp(png).ensureAlpha().raw().toBuffer();
}

const card = {
	kind: 'Comparison',
	title: 'Mexico rejects US troops against the cartels: what each outlet said',
	stats: [
		{ value: 12, label: 'claims they agree on', tone: 'agree' as const },
		{ value: 3, label: 'claims they differ on', tone: 'differ' as const },
	],
	lines: ['Outlet A: opposes intervention', 'Outlet B: questions the premise'],
};

describe('drawing a preview card', () => {
	// The rasteriser's allocator is loaded with a setting of its own (render-og.ts); the build
	// script's, which the bundler's allocator reads, stays as the script set it.
	it('leaves the allocator setting in the environment as it found it', async () => {
		process.env.MIMALLOC_PURGE_DELAY = '0';
		const png = await renderOgPng({ kind: 'Story', title: 'Mexico says no to troops', lines: [] });
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(process.env.MIMALLOC_PURGE_DELAY).toBe('0');
	});

	// The card thread encodes with our encoder, not resvg's: what a sharer sees must not change.
	it('draws the same pixels as resvg with its own encoder', async () => {
		const ours = await renderOgPng(card);
		const theirs = new Resvg(await ogCardSvg(card), rasterOptions(ogSize.width)).render().asPng();
		expect((await sharp(ours).metadata()).width).toBe(ogSize.width);
		expect((await pixelsOf(ours)).equals(await pixelsOf(theirs))).toBe(true);
	});

	it('fails a card it cannot draw with the reason, and draws the next', async () => {
		await expect(drawOnCardThread('<svg', ogSize.width)).rejects.toThrow(
			/^a preview card could not be drawn: .+/,
		);
		const png = await drawOnCardThread(await ogCardSvg(card), ogSize.width);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	});

	it("says where to build from when the card thread's code is not found", async () => {
		const root = process.cwd();
		const elsewhere = await mkdtemp(path.join(tmpdir(), 'parallax-elsewhere-'));
		vi.resetModules();
		process.chdir(elsewhere);
		try {
			// The thread's file is found from the folder the build runs in, when the module loads.
			const moved = await import('../../src/lib/og/card-thread.ts');
			const where = "which is not there: run the build from the project's root";
			expect(() => moved.drawOnCardThread('<svg/>', ogSize.width)).toThrow(where);
			// The card route's keys read the thread's code first: the same message there.
			expect(() => moved.cardThreadDigest()).toThrow(where);
		} finally {
			process.chdir(root);
			await rm(elsewhere, { recursive: true, force: true });
		}
	});

	it('draws cards asked for at once, each its own', async () => {
		const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
		const drawn = await Promise.all(
			titles.map((title) => renderOgPng({ kind: 'Claim', title, lines: [] })),
		);
		const alone = await renderOgPng({ kind: 'Claim', title: 'Three', lines: [] });
		expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(5);
		expect(drawn[2]?.equals(alone)).toBe(true);
	});
});

describe("the card thread's code in the cache keys", () => {
	// A file the thread imports but the digest leaves out could change the cards while every
	// cache key stayed the same, and warm builds would keep the old ones.
	it('names every file the card thread imports from src/', async () => {
		const imported = new Set<string>();
		for (const file of cardThreadFiles)
			for (const [, name] of (await readFile(file, 'utf8')).matchAll(/from '(\.[^']+)'/g))
				imported.add(path.resolve(path.dirname(file), name as string));
		expect([...imported].filter((file) => !cardThreadFiles.includes(file))).toEqual([]);
		expect(imported.size).toBeGreaterThan(0);
	});
});
