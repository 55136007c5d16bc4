import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

export const ogSize = { width: 1200, height: 630 } as const;

/** A font satori draws the cards' text with. */
export interface Font {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/**
 * A card's element tree (og-card.ts) drawn to a PNG with the fonts given: no network, no
 * system fonts. Runs on the build's main thread or on a drawing thread (draw-card-thread.ts).
 */
export async function drawCard(tree: unknown, fonts: Font[]): Promise<Buffer> {
	const svg = await satori(tree as Parameters<typeof satori>[0], { ...ogSize, fonts });
	// Rasterised on libuv's thread pool. satori has drawn every glyph as a path, so resvg needs
	// no fonts: by default it would read the system's fonts again for each card (about a third
	// of its time per card, same bytes out). Encoding the PNG (asPng) is synchronous.
	const rendered = await renderAsync(svg, {
		fitTo: { mode: 'width', value: ogSize.width },
		font: { loadSystemFonts: false },
	});
	return rendered.asPng();
}
