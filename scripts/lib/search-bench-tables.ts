/**
 * npm run bench:search's report: the machine it ran on (its load skews every figure), a row
 * per engine, protocol and size, and where the slowest calls' time goes.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { percent } from '../../src/lib/search/relevance.ts';
import { kb, ms } from './bench-stats.ts';
import type { SizeResult } from './search-bench-runs.ts';

type Row = (string | number)[];

/** The machine, and how busy it was: the load averages as the runs end. */
export function machineDescription(): string {
	const load = loadavg().map((value) => value.toFixed(1));
	return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium headless; load average at the end ${load.join(' / ')} (1 / 5 / 15 min)`;
}

const tasks = ({ count, longest }: { count: number; longest: number }) =>
	`${count} / ${ms(longest)}`;
const rates = (r: { top1: number; top3: number }) => `${percent(r.top1)} / ${percent(r.top3)}`;

/** Each engine's bytes, times, files, long tasks and hit rates; then our dialog's first result. */
export function resultsTable(results: readonly SizeResult[]): Row[] {
	const lines: Row[] = [
		[
			'records',
			'search',
			'protocol',
			'KB gz before 1st',
			'ms to 1st (cold)',
			'calls',
			'p50 ms',
			'p95 ms',
			'files / call (HTTP cache)',
			'long tasks cold (n / max ms)',
			'long tasks warm (n / max ms)',
			'tuning top-1 / top-3 %',
			'unseen top-1 / top-3 %',
		],
	];
	for (const { records, rows, dialogs } of results) {
		for (const r of rows)
			lines.push([
				records,
				r.search,
				r.protocol,
				kb(r.bytes),
				ms(r.firstResult),
				r.calls,
				ms(r.p50),
				ms(r.p95),
				`${ms(r.requests.files / r.calls)} (${ms(r.requests.fromHttpCache / r.calls)})`,
				tasks(r.cold),
				tasks(r.warm),
				rates(r.tuning),
				rates(r.unseen),
			]);
		for (const dialog of dialogs)
			lines.push([
				records,
				'ours, typed in the dialog',
				dialog.protocol,
				kb(dialog.bytes),
				ms(dialog.firstResult),
				'–',
				'–',
				'–',
				'–',
				tasks(dialog.cold),
				'–',
				'–',
				'–',
			]);
	}
	return lines;
}

/**
 * Where the slowest calls' time goes, in terms load does not change (files, fetches in a
 * row) beside the times it does.
 */
export function slowestTable(results: readonly SizeResult[]): Row[] {
	const slow: Row[] = [
		[
			'records',
			'search',
			'protocol',
			'slowest 5 %: ms',
			'files',
			'fetches in a row',
			'ms waiting on fetches',
			'ms of other work',
		],
	];
	for (const { records, rows } of results)
		for (const r of rows)
			slow.push([
				records,
				r.search,
				r.protocol,
				ms(r.slowest.ms),
				ms(r.slowest.files),
				ms(r.slowest.rounds),
				ms(r.slowest.waiting),
				ms(r.slowest.working),
			]);
	return slow;
}

/** How to read the tables' calls and hit rates. */
export const callsNote = [
	'Calls (by default): every typed prefix at 1k records; above, an even sample of them that',
	'keeps every whole query (at 100k, the whole queries alone): p50 and p95 compare engines,',
	'not sizes. The generated records vary the 118 real ones, so past 1k each wanted record',
	'competes with about records ÷ 118 near copies: top-k there is a floor, not relevance.',
].join('\n');
