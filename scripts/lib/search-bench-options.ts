/**
 * npm run bench:search's arguments: the engines and protocols it can time, its usage, and the
 * options read into what the runs need, so a bad argument stops it before the site is built.
 */
import { listOption, positiveInteger, UsageError } from './cli.ts';

/** The engines by the short ids --engines takes, and the names the table prints. */
export const engineIds = {
	ours: 'ours',
	'fuse-defaults': 'fuse.js defaults',
	'fuse-expert': 'fuse.js well configured',
	'ours-unindexed': 'ours without the index',
} as const;

/**
 * How the bench's server speaks: HTTP/1.1 in the clear, or HTTP/2 over HTTPS with a
 * certificate made at start, which only that bench's Chromium is told to accept.
 */
export const protocols = {
	h1: { label: 'HTTP/1.1', hop: 'http/1.1', chromiumFlags: [] },
	h2: { label: 'HTTP/2', hop: 'h2', chromiumFlags: ['--ignore-certificate-errors'] },
} as const;
export type Protocol = keyof typeof protocols;

export const command = {
	usage:
		'usage: npm run bench:search -- [--sizes 1000,10000,100000] [--calls <n>] [--engines <ids>]\n' +
		'  [--protocol h1,h2] [--gap <ms>]\n' +
		'  --calls: warm calls timed per engine at each size (default: every typed prefix at 1k\n' +
		'  records, an even sample of them above, always every whole query)\n' +
		`  --engines: which to time, of ${Object.keys(engineIds).join(',')} (default: all)\n` +
		'  --protocol: h1 (HTTP/1.1), h2 (HTTP/2 over HTTPS) or both, each engine timed under one\n' +
		'  then the other (default: h1,h2)\n' +
		"  --gap: ms between one call's results and the next call, as a typist leaves between keys\n" +
		'  (default: 0, every call straight after the one before)',
	options: {
		sizes: { type: 'string', default: '1000,10000,100000' },
		calls: { type: 'string' },
		engines: { type: 'string', default: Object.keys(engineIds).join(',') },
		protocol: { type: 'string', default: 'h1,h2' },
		gap: { type: 'string', default: '0' },
	},
} as const;

/** What the options ask for. */
export interface BenchOptions {
	/** Record counts, one corpus each. */
	sizes: number[];
	/** The engines to time, by the names the table prints. */
	only: Set<string>;
	/** The protocols each engine is timed over, in turn. */
	spoken: Protocol[];
	/** Warm calls per engine at each size; undefined: as many as the size calls for. */
	calls: number | undefined;
	/** ms between one call's results and the next call. */
	gap: number;
}

/** The options read; a bad one is a `UsageError`. */
export function benchOptions(values: {
	sizes: string;
	calls?: string;
	engines: string;
	protocol: string;
	gap: string;
}): BenchOptions {
	const sizes = listOption(
		'sizes',
		values.sizes,
		positiveInteger,
		'record counts, like 1000,10000',
	);
	const only = new Set<string>(
		listOption(
			'engines',
			values.engines,
			(id) => (Object.hasOwn(engineIds, id) ? engineIds[id as keyof typeof engineIds] : undefined),
			Object.keys(engineIds).join(','),
		),
	);
	const spoken = [
		...new Set(
			listOption(
				'protocol',
				values.protocol,
				(id): Protocol | undefined => (Object.hasOwn(protocols, id) ? (id as Protocol) : undefined),
				'h1, h2 or h1,h2',
			),
		),
	];
	const calls = values.calls === undefined ? undefined : positiveInteger(values.calls);
	if (values.calls !== undefined && calls === undefined)
		throw new UsageError(`Option '--calls' has '${values.calls}' (expected a number of calls)`);
	const gap = Number(values.gap);
	if (!Number.isInteger(gap) || gap < 0)
		throw new UsageError(`Option '--gap' has '${values.gap}' (expected whole ms, 0 or more)`);
	return { sizes, only, spoken, calls, gap };
}
