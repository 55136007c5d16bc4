import { endianness } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.allocUnsafe(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

// The filtered rows of the last image, kept for the next: a card's are 3 MB, and a fresh buffer
// for each was faulted in page by page. Safe to share because encodePng is synchronous.
let scratch: Buffer | undefined;

// Where a pixel's alpha sits in a 32-bit word of its four bytes.
const alphaShift = endianness() === 'LE' ? 24 : 0;

/** Whether every pixel is opaque (a card's always are: its background fills it). */
function opaque(pixels: Uint8Array): boolean {
	if (pixels.byteOffset % 4 === 0) {
		const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
		for (let i = 0; i < words.length; i++)
			if ((((words[i] as number) >>> alphaShift) & 0xff) !== 255) return false;
		return true;
	}
	for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return false;
	return true;
}

/** Colours premultiplied by alpha back to straight ones, as PNG stores them. */
function unpremultiply(rows: Buffer, stride: number, height: number): void {
	for (let y = 0; y < height; y++) {
		const start = y * (stride + 1) + 1;
		for (let alpha = start + 3; alpha < start + stride; alpha += 4) {
			const a = rows[alpha] as number;
			if (a === 255) continue;
			for (let c = alpha - 3; c < alpha; c++)
				rows[c] = a === 0 ? 0 : Math.min(255, Math.round(((rows[c] as number) * 255) / a));
		}
	}
}

/**
 * A PNG of an image in resvg's layout: RGBA rows top to bottom, colours premultiplied by alpha
 * (`RenderedImage.pixels`). The rows go in unfiltered (filter type None) and zlib compresses them
 * at level 3.
 *
 * Why not resvg's own encoder (`asPng`): it has no settings and runs on the calling thread, ~6.5
 * ms a 1200×630 card, a third of a cold build's main thread at 100×10. Here a card takes ~2 ms
 * and comes out smaller (52 KB against resvg's 54 KB for the same card; flat colour and text need
 * no row filter), on the card thread (card-thread.ts). sharp (libvips), which Astro installs,
 * encodes as fast, but the 100×10 cold build with it was 138 s against 127 s, at more memory.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
	const stride = width * 4;
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
		throw new Error(`a PNG needs a whole width and height of at least 1, not ${width}×${height}`);
	if (pixels.length !== stride * height)
		throw new Error(
			`${width}×${height} RGBA pixels are ${stride * height} bytes, but ${pixels.length} were given`,
		);
	const size = (stride + 1) * height;
	if (scratch?.length !== size) scratch = Buffer.allocUnsafeSlow(size);
	const rows = scratch;
	for (let y = 0; y < height; y++) {
		const start = y * (stride + 1);
		rows[start] = 0;
		rows.set(pixels.subarray(y * stride, (y + 1) * stride), start + 1);
	}
	if (!opaque(pixels)) unpremultiply(rows, stride, height);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // colour type: RGBA
	return Buffer.concat([
		signature,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 3 })),
		chunk('IEND', new Uint8Array(0)),
	]);
}
