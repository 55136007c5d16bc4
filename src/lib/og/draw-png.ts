import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png-encode.ts';

/** How resvg rasterises a card `width` pixels wide. */
export function rasterOptions(width: number): ResvgRenderOptions {
	return { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } };
}

/**
 * A card's SVG (satori's drawing) as PNG bytes: rasterised by resvg on libuv's thread pool,
 * encoded by encodePng on the calling thread (the card thread, card-thread-entry.ts). satori has
 * drawn every glyph as a path, so resvg needs no fonts: by default it would read the system's
 * fonts again for each card (about a third of its time per card, same pixels out).
 */
export async function drawPng(svg: string, width: number): Promise<Buffer> {
	const image = await renderAsync(svg, rasterOptions(width));
	return encodePng(image.pixels, image.width, image.height);
}
