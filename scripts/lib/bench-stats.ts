import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Bytes as a host serving gzip would send them (level 6, the usual default). */
export function gzipSize(body: Buffer | string): number {
	return gzipSync(body, { level: 6 }).length;
}

/** The gzipped size of a file as it is now. */
export async function gzipSizeOfFile(file: string): Promise<number> {
	return gzipSize(await readFile(file));
}

/** Rows as an aligned text table, for a terminal and a note. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
	return rows
		.map((row) =>
			row
				.map((cell, i) =>
					typeof cell === 'number' ? String(cell).padStart(widths[i]!) : cell.padEnd(widths[i]!),
				)
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
export const ms = (value: number) => Math.round(value * 10) / 10;
