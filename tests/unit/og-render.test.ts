import { afterAll, describe, expect, it } from 'vitest';
import { renderOgPng } from '../../src/lib/og/render-og.ts';

const inherited = process.env.MIMALLOC_PURGE_DELAY;
afterAll(() => {
	if (inherited === undefined) delete process.env.MIMALLOC_PURGE_DELAY;
	else process.env.MIMALLOC_PURGE_DELAY = inherited;
});

describe('drawing a preview card', () => {
	// The rasteriser's allocator is loaded with a setting of its own (render-og.ts); the build
	// script's, which the bundler's allocator reads, stays as the script set it.
	it('leaves the allocator setting in the environment as it found it', async () => {
		process.env.MIMALLOC_PURGE_DELAY = '0';
		const png = await renderOgPng({ kind: 'Story', title: 'Mexico says no to troops', lines: [] });
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(process.env.MIMALLOC_PURGE_DELAY).toBe('0');
	});
});
