import { createHash } from 'node:crypto';

/** sha256 of some bytes, lowercase hex: the form provenance records. */
export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The raw file's lines as provenance numbers them (1-based, CRLF and LF alike). */
export function rawLines(text: string): string[] {
	return text.split(/\r?\n/);
}

/** Decodes bytes as UTF-8, or undefined when they are not UTF-8 text. */
export function utf8Text(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
