/**
 * npm run bench:search's runs: the site built once, then at each corpus size every engine timed
 * over each protocol in turn, one after the other in the same browsers, so all of them meet the
 * same load on the machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { hitRates, type RelevanceCase } from '../../src/lib/search/relevance.ts';
import { ms, percentile, samplePrefixes, slowestBreakdown } from './bench-stats.ts';
import { launchChromium } from './chromium.ts';
import { fail } from './cli.ts';
import { astroBuild } from './run.ts';
import {
	baselineModule,
	baselines,
	bundleBaselines,
	recordsFile,
	searchModule,
	writeCorpus,
} from './search-bench-files.ts';
import { type BenchOptions, type Protocol, protocols } from './search-bench-options.ts';
import type { PageEngine } from './search-bench-page.ts';
import { dialogFirstResult } from './search-bench-dialog.ts';
import { timeEngine } from './search-bench-engine-timing.ts';
import { allRecords, builtSearchIndex } from './search-index-files.ts';
import { selfSignedCertificate } from './self-signed.ts';
import { serveInChild } from './serve-in-child.ts';
import { syntheticRecords } from './synthetic-records.ts';

export const limit = 8; // the dialog's
/**
 * Warm calls timed per engine: every prefix at 1k records; past that fewer (a baseline call
 * takes seconds at 100k), an even sample of the same prefixes that keeps every whole query.
 */
const callsAt = (size: number) => Math.round(4_000_000 / size);
// The frozen fixture content: the query sets' answers are records of it.
const contentDir = path.resolve('tests/fixtures/content');

/** The queries every engine is asked: both sets', whole, and every prefix a typist types. */
export interface BenchQueries {
	sets: { tuning: RelevanceCase[]; unseen: RelevanceCase[] };
	whole: string[];
	prefixes: string[];
}

/** Every size's timings: a row per engine and protocol, and our dialog's first result. */
export async function runSearchBench(
	{ sizes, only, spoken, calls, gap }: BenchOptions,
	{ sets, whole, prefixes }: BenchQueries,
) {
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
	return results;
}

/** One size's timings. */
export type SizeResult = Awaited<ReturnType<typeof runSearchBench>>[number];
