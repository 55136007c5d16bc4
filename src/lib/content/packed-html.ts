import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Rendered HTML as the content store keeps it: deflated, in base64. The store is held in memory
 * through the build and serialised whole, with the old file read back whole to compare, at the
 * end of every content sync; HTML was three fifths of it, and V8 holds text with a curly quote or
 * a dash in it at two bytes a character, so at 1,000 stories × 10 articles each copy of the HTML
 * was ~170 MB at once. Packed, it is a quarter of that in memory (base64 is one byte a character)
 * and half as many characters in the file. Deflate at its default level: a higher one saved under
 * 0.1 %, and Brotli 6 % for twice the time.
 */
export function packHtml(html: string): string {
	return deflateRawSync(html).toString('base64');
}

/** The HTML `packHtml` packed. */
export function unpackHtml(packed: string): string {
	return inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8');
}
