/**
 * npm run bench:search — our search against plain fuse.js, over the same generated corpora
 * of 1k, 10k and 100k records, in headless Chromium on this machine. Prints a table and
 * writes bench-results/search.json. `--sizes 1000,10000` runs fewer.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import * as yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { createIndexedSearch } from '../src/lib/search/indexed-search.ts';
import { hitRates, type RelevanceCase } from '../src/lib/search/relevance.ts';
import { buildSearchIndex } from '../src/lib/search/search-index.ts';
import type { SearchRecord } from '../src/lib/search/search-records.ts';
import { gzipSizeOfFile, kb, ms, percentile, table } from './lib/bench-stats.ts';
import { launchChromium } from './lib/chromium.ts';
import { fail, listOption, positiveInteger, runCommand } from './lib/cli.ts';
import { allRecords, indexFolder } from './lib/search-index-files.ts';
import { astroBuild } from './lib/run.ts';
import { serveInChild } from './lib/serve-in-child.ts';
import { syntheticRecords } from './lib/synthetic-records.ts';

const command = {
	usage: 'usage: npm run bench:search -- [--sizes 1000,10000,100000]',
	options: { sizes: { type: 'string', default: '1000,10000,100000' } },
} as const;
const keyDelay = 50; // ms between keystrokes: a fast typist
const plainKeys = ['text', 'speaker', 'context'];

/** One run's corpus: the built site serving it, where its index lives, the queries typed. */
interface Bench {
	site: string;
	dataDir: string;
	queries: RelevanceCase[];
	url: string;
}

await runCommand(command, async ({ values }) => {
	const sizes = listOption(
		'sizes',
		values.sizes,
		positiveInteger,
		'record counts, comma-separated, like 1000,10000',
	);
	const { queries } = yaml.load(await readFile('tests/fixtures/search-queries.yaml', 'utf8')) as {
		queries: RelevanceCase[];
	};

	const site = await mkdtemp(path.join(tmpdir(), 'parallax-bench-search-'));
	console.error(`building the site into ${site} …`);
	const built = await astroBuild(site);
	if (built.code !== 0) fail('astro build failed:', (built.stderr || built.stdout).trimEnd());
	const dataDir = path.join(site, 'search/data');
	const real = await allRecords(indexFolder(dataDir));

	// The static server reads the folder once at start, so it starts anew for each corpus.
	let server: Awaited<ReturnType<typeof serveInChild>> | undefined;
	const browser = await launchChromium();
	const results = [];
	try {
		for (const size of sizes) {
			console.error(`${size} records …`);
			const records = syntheticRecords(real, size);
			await writeCorpus(site, dataDir, records);
			await server?.close();
			server = await serveInChild(site);
			const bench = { site, dataDir, queries, url: server.url };
			results.push({
				records: size,
				ours: { ...(await oursInBrowser(browser, bench)), top1: await oursTop1(bench) },
				plain: {
					...(await plainInBrowser(browser, bench)),
					top1: plainTop1(records, queries),
				},
			});
		}
	} finally {
		await browser.close();
		await server?.close();
		await rm(site, { recursive: true, force: true });
	}

	const rows: (string | number)[][] = [
		[
			'records',
			'search',
			'KB gz before 1st result',
			'ms to 1st result',
			'p50 ms',
			'p95 ms',
			'longest task ms',
			'top-1 %',
		],
	];
	for (const { records, ours, plain } of results)
		for (const [name, r] of [
			['ours', ours],
			['plain fuse.js', plain],
		] as const)
			rows.push([
				records,
				name,
				kb(r.bytes),
				ms(r.firstResult),
				ms(r.p50),
				ms(r.p95),
				ms(r.longestTask),
				Math.round(r.top1 * 1000) / 10,
			]);
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium headless`;
	console.log(
		`search benchmark — ${machine}; ${queries.length} queries typed at ${keyDelay} ms a key`,
	);
	console.log(table(rows));
	await mkdir('bench-results', { recursive: true });
	await writeFile(
		'bench-results/search.json',
		`${JSON.stringify({ machine, keyDelay, queries: queries.length, results }, null, 2)}\n`,
	);
});

/** The corpus as our index (replacing the site's) and as one file for plain fuse.js. */
async function writeCorpus(site: string, dataDir: string, records: readonly SearchRecord[]) {
	await rm(dataDir, { recursive: true, force: true });
	for (const [file, body] of buildSearchIndex(records)) {
		await mkdir(path.dirname(path.join(dataDir, file)), { recursive: true });
		await writeFile(path.join(dataDir, file), body);
	}
	const bench = path.join(site, '__bench');
	await mkdir(bench, { recursive: true });
	await writeFile(path.join(bench, 'records.json'), JSON.stringify(records));
	await copyFile('node_modules/fuse.js/dist/fuse.min.mjs', path.join(bench, 'fuse.mjs'));
	await writeFile(
		path.join(bench, 'index.html'),
		'<!DOCTYPE html><html lang="en"><title>bench</title><p>plain fuse.js</p></html>',
	);
}

/** Bytes (gzipped) of the files a page fetched under `prefixes`, from the served folder. */
function countFetches(page: Page, site: string, prefixes: string[]) {
	const fetched = new Set<string>();
	page.on('requestfinished', (request) => {
		const pathname = new URL(request.url()).pathname;
		if (prefixes.some((prefix) => pathname.startsWith(prefix))) fetched.add(pathname);
	});
	return async () => {
		let bytes = 0;
		for (const file of fetched) bytes += await gzipSizeOfFile(path.join(site, file));
		return bytes;
	};
}

/** Watches the main thread's long tasks from page load. */
function watchLongTasks() {
	(window as unknown as { longTasks: number[] }).longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			(window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
}

/**
 * Our search, through the real dialog: cold (the first query of a fresh page, fetching the
 * code and the index files it needs), then every query typed key by key.
 */
async function oursInBrowser(browser: Browser, { site, queries, url }: Bench) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(watchLongTasks);
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	const bytes = countFetches(page, site, ['/search/data/', '/_astro/']);
	await page.goto(`${url}/`, { waitUntil: 'networkidle' });
	const pageBytes = await bytes(); // the page's own scripts, fetched before search is used
	await page.keyboard.press('/');
	const input = page.getByRole('combobox');
	const measures = () =>
		page.evaluate(() => performance.getEntriesByName('search').map((entry) => entry.duration));
	await input.fill(queries[0]!.query);
	await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
	const firstResult = (await measures())[0]!;
	const firstBytes = (await bytes()) - pageBytes;
	await page.evaluate(() => {
		performance.clearMeasures('search');
		(window as unknown as { longTasks: number[] }).longTasks = [];
	});
	for (const { query } of queries) {
		await input.fill('');
		await page.keyboard.type(query, { delay: keyDelay });
		await page.waitForTimeout(200);
	}
	const samples = await measures();
	const longTasks = await page.evaluate(
		() => (window as unknown as { longTasks: number[] }).longTasks,
	);
	await context.close();
	return {
		bytes: firstBytes,
		firstResult,
		p50: percentile(samples, 0.5),
		p95: percentile(samples, 0.95),
		samples: samples.length,
		longestTask: Math.max(0, ...longTasks),
	};
}

/**
 * Plain fuse.js as a site would use it: fetch every record, index them, search on the main
 * thread at each keystroke. Timed in the page, over every prefix of every query.
 */
async function plainInBrowser(browser: Browser, { site, queries, url }: Bench) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(watchLongTasks);
	const bytes = countFetches(page, site, ['/__bench/records.json', '/__bench/fuse.mjs']);
	await page.goto(`${url}/__bench/`);
	// Every prefix of every query is what typing asks; at 100k records a plain search takes
	// seconds, so an even sample of them (120 at 1k, fewer as the corpus grows) stands for all.
	const prefixes = queries.flatMap(({ query }) =>
		Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
	);
	const step = Math.max(1, prefixes.length / 120);
	const typed = Array.from(
		{ length: Math.min(120, prefixes.length) },
		(_, i) => prefixes[Math.floor(i * step)]!,
	);
	const timing = await page.evaluate(
		async ({ keys, first, typed }) => {
			const start = performance.now();
			const { default: Fuse } = await import('/__bench/fuse.mjs' as string);
			const records = await (await fetch('/__bench/records.json')).json();
			const fuse = new Fuse(records, { keys });
			fuse.search(first, { limit: 8 });
			const firstResult = performance.now() - start;
			const samples: number[] = [];
			for (const query of typed) {
				const t = performance.now();
				fuse.search(query, { limit: 8 });
				samples.push(performance.now() - t);
				// A keystroke is its own task: let the observer see each search on its own.
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			return { firstResult, samples };
		},
		{ keys: plainKeys, first: queries[0]!.query, typed },
	);
	const longTasks = await page.evaluate(
		() => (window as unknown as { longTasks: number[] }).longTasks,
	);
	const result = {
		bytes: await bytes(),
		firstResult: timing.firstResult,
		p50: percentile(timing.samples, 0.5),
		p95: percentile(timing.samples, 0.95),
		samples: timing.samples.length,
		longestTask: Math.max(0, ...longTasks),
	};
	await context.close();
	return result;
}

async function oursTop1({ dataDir, queries }: Bench): Promise<number> {
	const search = createIndexedSearch(indexFolder(dataDir));
	const hits = new Map();
	for (const { query } of queries) hits.set(query, await search(query, {}, 3));
	return hitRates(queries, (query) => hits.get(query)).top1;
}

function plainTop1(records: readonly SearchRecord[], queries: RelevanceCase[]): number {
	const fuse = new Fuse(records, { keys: plainKeys });
	return hitRates(queries, (query) =>
		fuse.search(query, { limit: 3 }).map((r) => ({ record: r.item, score: 0, highlights: [] })),
	).top1;
}
