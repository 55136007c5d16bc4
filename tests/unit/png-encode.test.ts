import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/og/png-encode.ts';

/** The image a PNG holds, read back by libvips: its size and RGBA bytes. */
async function decoded(png: Buffer) {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

/** An opaque test image: a gradient with a hard edge, like text on a card. */
function gradient(width: number, height: number): Uint8Array {
	const pixels = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const at = (y * width + x) * 4;
			pixels.set([(x * 7) & 255, (y * 13) & 255, x > width / 2 ? 20 : 230, 255], at);
		}
	return pixels;
}

describe('encoding a card as PNG', () => {
	it('writes an image any decoder reads back pixel for pixel', async () => {
		const pixels = gradient(37, 11);
		await expect(decoded(encodePng(pixels, 37, 11))).resolves.toEqual({
			width: 37,
			height: 11,
			pixels,
		});
	});

	it('reads pixels from the middle of a larger buffer, as resvg hands them over', async () => {
		const pixels = gradient(5, 3);
		const offset = new Uint8Array(pixels.length + 3);
		offset.set(pixels, 1);
		expect((await decoded(encodePng(offset.subarray(1, 1 + pixels.length), 5, 3))).pixels).toEqual(
			pixels,
		);
	});

	it('stores straight colours where the drawing is not opaque', async () => {
		// Premultiplied: half-transparent red is (128, 0, 0, 128); clear is all zero.
		const pixels = new Uint8Array([128, 0, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
		expect((await decoded(encodePng(pixels, 3, 1))).pixels).toEqual(
			new Uint8Array([255, 0, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]),
		);
	});

	it('encodes a second image of another size after the first', async () => {
		encodePng(gradient(40, 20), 40, 20);
		const small = gradient(3, 2);
		expect((await decoded(encodePng(small, 3, 2))).pixels).toEqual(small);
	});

	it('refuses pixels that do not fit the size, saying what it expected', () => {
		expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(
			'2×2 RGBA pixels are 16 bytes, but 10 were given',
		);
		expect(() => encodePng(new Uint8Array(0), 0, 1)).toThrow('at least 1');
	});
});
