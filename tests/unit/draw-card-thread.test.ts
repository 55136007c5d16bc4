import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { drawCard, type Font } from '../../src/lib/og/draw-card.ts';
import { ogCardTree } from '../../src/lib/og/og-card.ts';
import { drawOnThread, renderOgPng } from '../../src/lib/og/render-og.ts';

const fonts: Font[] = await Promise.all(
	([400, 700] as const).map(async (weight) => ({
		name: 'Inter',
		data: await readFile(`src/assets/fonts/inter-latin-${weight}-normal.woff`),
		weight,
		style: 'normal' as const,
	})),
);

describe('preview cards drawn on the drawing threads', () => {
	it('are the bytes the main thread draws, for several cards at once', async () => {
		const cards = [
			{ kind: 'Article', title: 'Mexico says no to troops', lines: ['An outlet'] },
			{
				kind: 'Comparison',
				title: 'Two outlets on one story',
				stats: [{ value: 3, label: 'claims they agree on', tone: 'agree' as const }],
				lines: ['One side', 'The other side'],
			},
		];
		const threaded = await Promise.all(cards.map(renderOgPng));
		const here = await Promise.all(cards.map((card) => drawCard(ogCardTree(card), fonts)));
		expect(threaded.map((png) => png.equals(here[threaded.indexOf(png)]!))).toEqual([true, true]);
		expect(threaded[0]!.equals(threaded[1]!)).toBe(false);
	});

	it('report a card that cannot be drawn as an error, and draw the next', async () => {
		const style = { display: 'flex', transform: 'wobble(3)' };
		const wobbly = { type: 'div', props: { style, children: 'x' } };
		await expect(drawOnThread(wobbly)).rejects.toThrow(/preview card failed: .*wobble/);
		// What cannot be sent to a thread at all fails here, and leaves no request waiting.
		await expect(drawOnThread({ type: 'div', props: { ref: () => {} } })).rejects.toThrow();
		const png = await renderOgPng({ kind: 'Article', title: 'After', lines: [] });
		expect(png.subarray(1, 4).toString()).toBe('PNG');
	});
});
