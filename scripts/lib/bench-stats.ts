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

/** A span of time, [start, end), in ms on one clock. */
export type Span = readonly [start: number, end: number];

/** Where one call's time went: waiting on fetches, or not (the page's own work). */
export interface CallBreakdown {
	ms: number;
	/** Files whose fetch began during the call. */
	files: number;
	/**
	 * Fetches in a row: the longest chain of fetches overlapping the call each of which began
	 * after the one before it had ended (1: all at once; 2: a file, then what it named).
	 */
	rounds: number;
	/** Time in the call with at least one fetch under way. */
	waiting: number;
	/** The rest: decoding, ranking and any other task on the main thread. */
	working: number;
}

/**
 * A call's time split by its fetches (resource timing spans: start to response end). Fetches
 * begun before the call but still arriving count as waiting; nothing outside the call does.
 */
export function breakDown(call: Span, fetches: readonly Span[]): CallBreakdown {
	const [from, to] = call;
	const within = fetches
		.filter(([start, end]) => start < to && end > from)
		.map(([start, end]): Span => [Math.max(start, from), Math.min(end, to)])
		.sort((a, b) => a[0] - b[0]);
	let waiting = 0;
	let reached = from;
	for (const [start, end] of within) {
		if (end > reached) waiting += end - Math.max(start, reached);
		reached = Math.max(reached, end);
	}
	// chain[i]: the longest chain ending with fetch i (spans sorted by start).
	const chain = within.map(() => 1);
	within.forEach(([start], i) => {
		for (let j = 0; j < i; j++)
			if (within[j]![1] <= start) chain[i] = Math.max(chain[i]!, chain[j]! + 1);
	});
	const ms = to - from;
	return {
		ms,
		files: fetches.filter(([start]) => start >= from && start < to).length,
		rounds: Math.max(0, ...chain),
		waiting,
		working: ms - waiting,
	};
}

/** The mean breakdown of the slowest `share` of calls (at least one), for a report. */
export function slowestBreakdown(calls: readonly CallBreakdown[], share = 0.05): CallBreakdown {
	const slow = [...calls]
		.sort((a, b) => b.ms - a.ms)
		.slice(0, Math.max(1, Math.ceil(share * calls.length)));
	const mean = (pick: (call: CallBreakdown) => number) =>
		slow.reduce((sum, call) => sum + pick(call), 0) / Math.max(1, slow.length);
	return {
		ms: mean((call) => call.ms),
		files: mean((call) => call.files),
		rounds: mean((call) => call.rounds),
		waiting: mean((call) => call.waiting),
		working: mean((call) => call.working),
	};
}
