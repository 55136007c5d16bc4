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

/**
 * What typing `queries` asks a search for: every prefix of every query, in typing order,
 * each once (a prefix two queries share is asked once).
 */
export function typedPrefixes(queries: readonly string[]): string[] {
	const prefixes = new Set<string>();
	for (const query of queries)
		for (let end = 1; end <= query.length; end++) prefixes.add(query.slice(0, end));
	return [...prefixes];
}

/**
 * `count` of the typed prefixes, spread evenly, in typing order; every query in `whole` is
 * kept (they give the relevance figures), so fewer than those are never taken. The same
 * prefixes for the same arguments, so every engine is timed on the same calls.
 */
export function samplePrefixes(
	prefixes: readonly string[],
	whole: readonly string[],
	count: number,
): string[] {
	const kept = new Set(whole);
	const partial = prefixes.filter((prefix) => !kept.has(prefix));
	const room = Math.min(partial.length, Math.max(0, count - kept.size));
	const step = partial.length / Math.max(1, room);
	const picked = new Set(Array.from({ length: room }, (_, i) => partial[Math.floor(i * step)]!));
	return prefixes.filter((prefix) => kept.has(prefix) || picked.has(prefix));
}

/** A main-thread long task as PerformanceObserver reports it. */
export interface LongTask {
	startTime: number;
	duration: number;
}

/** How many long tasks began in [from, to), and the longest (0 when none). */
export function longTasksIn(tasks: readonly LongTask[], from: number, to: number) {
	const within = tasks.filter((task) => task.startTime >= from && task.startTime < to);
	return { count: within.length, longest: Math.max(0, ...within.map((task) => task.duration)) };
}
