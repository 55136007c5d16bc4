/**
 * npm run bench:search — our search against three baselines (fuse.js with its defaults,
 * fuse.js well configured, our ranking without the index) over the same generated corpora of
 * 1k, 10k and 100k records, in headless Chromium on this machine. Every engine is timed the
 * same way (scripts/lib/search-bench-engine-timing.ts) on the same prefixes at the dialog's limit;
 * relevance comes from the same calls. Each engine is timed over HTTP/1.1 and over HTTP/2 (or
 * one of them, --protocol), one after the other, so both meet the same load on the machine:
 * over HTTP/1.1 Chromium opens at most six connections to a host and the index's files queue
 * in waves; static hosts speak HTTP/2, every request at once on one connection. Prints a table
 * and writes bench-results/search.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { hitRates, percent } from '../src/lib/search/relevance.ts';
import {
	kb,
	ms,
	percentile,
	samplePrefixes,
	slowestBreakdown,
	table,
	typedPrefixes,
} from './lib/bench-stats.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { selfSignedCertificate } from './lib/self-signed.ts';
import { fail, listOption, positiveInteger, runCommand, UsageError } from './lib/cli.ts';
import { astroBuild } from './lib/run.ts';
import {
	baselineModule,
	baselines,
	bundleBaselines,
	recordsFile,
	searchModule,
	writeCorpus,
} from './lib/search-bench-files.ts';
import { dialogFirstResult } from './lib/search-bench-dialog.ts';
import { timeEngine } from './lib/search-bench-engine-timing.ts';
import type { PageEngine } from './lib/search-bench-page.ts';
import { allRecords, builtSearchIndex, querySets, readQuerySet } from './lib/search-index-files.ts';
import { serveInChild } from './lib/serve-in-child.ts';
import { syntheticRecords } from './lib/synthetic-records.ts';

/** The engines by the short ids --engines takes, and the names the table prints. */
const engineIds = {
	ours: 'ours',
	'fuse-defaults': 'fuse.js defaults',
	'fuse-expert': 'fuse.js well configured',
	'ours-unindexed': 'ours without the index',
} as const;

/**
 * How the bench's server speaks: HTTP/1.1 in the clear, or HTTP/2 over HTTPS with a
 * certificate made at start, which only that bench's Chromium is told to accept.
 */
const protocols = {
	h1: { label: 'HTTP/1.1', hop: 'http/1.1', chromiumFlags: [] },
	h2: { label: 'HTTP/2', hop: 'h2', chromiumFlags: ['--ignore-certificate-errors'] },
} as const;
type Protocol = keyof typeof protocols;

const command = {
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
const limit = 8; // the dialog's
/**
 * Warm calls timed per engine: every prefix at 1k records; past that fewer (a baseline call
 * takes seconds at 100k), an even sample of the same prefixes that keeps every whole query.
 */
const callsAt = (size: number) => Math.round(4_000_000 / size);
// The frozen fixture content: the query sets' answers are records of it.
const contentDir = path.resolve('tests/fixtures/content');

await runCommand(command, async ({ values }) => {
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
	const sets = {
		tuning: await readQuerySet(querySets.tuning),
		unseen: await readQuerySet(querySets.unseen),
	};
	const whole = [...new Set([...sets.tuning, ...sets.unseen].map(({ query }) => query))];
	const prefixes = typedPrefixes(whole);

	const site = await mkdtemp(path.join(tmpdir(), 'parallax-bench-search-'));
	console.error(`building the site into ${site} …`);
	const built = await astroBuild(site, contentDir);
	if (built.code !== 0) fail('astro build failed:', (built.stderr || built.stdout).trimEnd());
	const real = await allRecords(await builtSearchIndex(site));
	await bundleBaselines(site);
	const ours = await searchModule(site);
	// Ours reads the index of each corpus, by its manifest's URL.
	const engines = (
		[
			['ours', (index) => ({ module: ours, index })],
			...Object.entries(baselines).map(([name, factory]): [string, () => PageEngine] => [
				name,
				() => ({ module: baselineModule(factory), records: recordsFile }),
			]),
		] satisfies [string, (index: string) => PageEngine][]
	).filter(([name]) => only.has(name));

	// One server and one browser per protocol; the static server reads the folder once at
	// start, so it starts anew for each corpus.
	const tls = spoken.includes('h2') ? await selfSignedCertificate() : undefined;
	const servers = new Map<Protocol, Awaited<ReturnType<typeof serveInChild>>>();
	const browsers = new Map<Protocol, Browser>();
	const closeServers = async () => {
		for (const server of servers.values()) await server.close();
		servers.clear();
	};
	const results = [];
	try {
		for (const protocol of spoken)
			browsers.set(protocol, await launchChromium(protocols[protocol].chromiumFlags));
		for (const size of sizes) {
			const index = await writeCorpus(site, syntheticRecords(real, size));
			await closeServers();
			for (const protocol of spoken)
				servers.set(protocol, await serveInChild(site, protocol === 'h2' ? tls : undefined));
			const servedBy = (protocol: Protocol) => ({ site, url: servers.get(protocol)!.url });
			const timed = samplePrefixes(prefixes, whole, calls ?? callsAt(size));
			const plan = { first: sets.tuning[0]!.query, prefixes: timed, whole, limit, gap };
			const rows = [];
			for (const [name, engineAt] of engines)
				for (const protocol of spoken) {
					const engine = engineAt(index);
					const started = performance.now();
					console.error(
						`${size} records, ${name}, ${protocols[protocol].label}: ${timed.length} calls …`,
					);
					const run = await timeEngine(browsers.get(protocol)!, servedBy(protocol), engine, plan);
					const hops = run.protocols.filter((hop) => hop !== protocols[protocol].hop);
					if (hops.length > 0)
						fail(
							`asked for ${protocols[protocol].label}, the browser fetched over ${hops.join(', ')}`,
						);
					const ids = (query: string) => run.ids[query] ?? [];
					rows.push({
						search: name,
						protocol: protocols[protocol].label,
						bytes: run.bytes,
						firstResult: run.firstResult,
						calls: run.samples.length,
						p50: percentile(run.samples, 0.5),
						p95: percentile(run.samples, 0.95),
						requests: run.requests,
						cold: run.cold,
						warm: run.warm,
						tuning: await hitRates(sets.tuning, ids),
						unseen: await hitRates(sets.unseen, ids),
						slowest: slowestBreakdown(run.breakdowns),
						samples: run.samples.map(ms),
					});
					console.error(`  ${Math.round((performance.now() - started) / 1000)} s`);
				}
			const dialogs = [];
			if (only.has('ours'))
				for (const protocol of spoken)
					dialogs.push({
						protocol: protocols[protocol].label,
						...(await dialogFirstResult(browsers.get(protocol)!, servedBy(protocol), plan.first)),
					});
			results.push({ records: size, timed, rows, dialogs });
		}
	} finally {
		for (const browser of browsers.values()) await browser.close();
		await closeServers();
		await rm(site, { recursive: true, force: true });
	}

	const tasks = ({ count, longest }: { count: number; longest: number }) =>
		`${count} / ${ms(longest)}`;
	const rates = (r: { top1: number; top3: number }) => `${percent(r.top1)} / ${percent(r.top3)}`;
	const lines: (string | number)[][] = [
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
	// Where the slowest calls' time goes, in terms load does not change (files, fetches in a
	// row) beside the times it does.
	const slow: (string | number)[][] = [
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
	// Other work on the machine skews every figure: the load averages say how busy it was.
	const load = loadavg().map((value) => value.toFixed(1));
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium headless; load average at the end ${load.join(' / ')} (1 / 5 / 15 min)`;
	console.log(
		`search benchmark — ${machine}; limit ${limit}; ${gap} ms between calls; ${whole.length} queries (${sets.tuning.length} tuning, ${sets.unseen.length} unseen), ${prefixes.length} typed prefixes; the same calls for every engine`,
	);
	console.log(table(lines));
	console.log(table(slow));
	console.log(
		[
			'Calls (by default): every typed prefix at 1k records; above, an even sample of them that',
			'keeps every whole query (at 100k, the whole queries alone): p50 and p95 compare engines,',
			'not sizes. The generated records vary the 118 real ones, so past 1k each wanted record',
			'competes with about records ÷ 118 near copies: top-k there is a floor, not relevance.',
		].join('\n'),
	);
	await mkdir('bench-results', { recursive: true });
	await writeFile(
		'bench-results/search.json',
		`${JSON.stringify({ machine, limit, queries: { tuning: sets.tuning.length, unseen: sets.unseen.length }, results }, null, 2)}\n`,
	);
});
