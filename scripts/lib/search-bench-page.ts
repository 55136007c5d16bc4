/**
 * npm run bench:search's browser side: each search engine timed in fresh headless Chromium
 * pages, every one the same way. Cold: from asking for the engine (its code, its data) to
 * its first result. Warm: every call over the same prefixes, each timed with performance.now
 * whether or not a dialog would have shown it. Long tasks are watched from page load and
 * told apart by phase.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { breakDown, type CallBreakdown, longTasksIn, type Span } from './bench-stats.ts';
import { benchFolder, gzipBytes } from './search-bench-files.ts';

/** One engine to time: our built search module and its index, or a baseline and its records. */
export type PageEngine = { module: string } & ({ index: string } | { records: string });

/** What a page measured of one engine. */
export interface EngineTiming {
	/** Gzipped bytes of the files fetched from asking for the engine to its first result. */
	bytes: number;
	firstResult: number;
	/** Every warm call's time, in the order of the prefixes. */
	samples: number[];
	/** Every warm call's time split into waiting on fetches and the rest, in the same order. */
	breakdowns: CallBreakdown[];
	/**
	 * Files requested per warm call (begun while it ran), and how many of those the browser's
	 * HTTP cache answered; a file the engine holds in memory is no request at all.
	 */
	requests: { files: number; fromHttpCache: number };
	cold: { count: number; longest: number };
	warm: { count: number; longest: number };
	/** The ids each query in `whole` returned, best first. */
	ids: Record<string, string[]>;
	/** Every protocol the browser fetched over (`nextHopProtocol`: `http/1.1`, `h2`). */
	protocols: string[];
}

/**
 * Records the page's long tasks from its start, for the phases to be told apart later, and
 * keeps every resource timing entry (what was fetched, and when).
 */
function watchLongTasks() {
	performance.setResourceTimingBufferSize(100_000);
	const tasks: Tasks = [];
	(window as unknown as BenchWindow).longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const { startTime, duration } of list.getEntries()) tasks.push({ startTime, duration });
	}).observe({ type: 'longtask', buffered: true });
}

type Served = { site: string; url: string };
type Tasks = { startTime: number; duration: number }[];
type Hit = { record: { id: string } };
type BenchWindow = { longTasks: Tasks; benchSearch: (query: string) => Promise<Hit[]> };

/** Cold runs per engine, each in a fresh page; the median is reported (one alone is noisy). */
const coldRuns = 3;

/**
 * One engine, the same way for every engine: `coldRuns` fresh pages each asking for it and
 * its first result; in the last, every prefix in turn (limit `limit`), `gap` ms apart (0: a
 * macrotask apart, so each call is its own task to the long-task observer).
 */
export async function timeEngine(
	browser: Browser,
	served: Served,
	engine: PageEngine,
	plan: { first: string; prefixes: string[]; whole: string[]; limit: number; gap: number },
): Promise<EngineTiming> {
	const colds = [];
	let context: BrowserContext | undefined;
	try {
		for (let run = 0; run < coldRuns; run++) {
			await context?.close();
			context = await browser.newContext();
			colds.push(await coldRun(context, served, engine, plan.first, plan.limit));
		}
		const page = context!.pages()[0]!;
		const warm = await page.evaluate(
			async ({ prefixes, whole, gap }) => {
				const bench = window as unknown as BenchWindow;
				const warmStart = performance.now();
				const samples: number[] = [];
				const calls: [number, number][] = [];
				const wanted = new Set(whole);
				const ids: Record<string, string[]> = {};
				for (const query of prefixes) {
					await new Promise((resolve) => setTimeout(resolve, gap));
					const start = performance.now();
					const hits = await bench.benchSearch(query);
					const end = performance.now();
					samples.push(end - start);
					calls.push([start, end]);
					if (wanted.has(query)) ids[query] = hits.map((hit) => hit.record.id);
				}
				// Give the observer time to report the last tasks.
				await new Promise((resolve) => setTimeout(resolve, 200));
				const during = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					.filter((entry) => entry.startTime >= warmStart)
					.filter((entry) =>
						calls.some(([start, end]) => entry.startTime >= start && entry.startTime < end),
					);
				const hops = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					// A file from the HTTP cache names no protocol.
					.map((entry) => entry.nextHopProtocol)
					.filter(Boolean);
				const requests = {
					files: during.length,
					// Same origin, so sizes are exposed: nothing transferred is a cache hit.
					fromHttpCache: during.filter(
						(entry) => entry.transferSize === 0 && entry.decodedBodySize > 0,
					).length,
				};
				const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					.filter((entry) => entry.startTime >= warmStart - 1000)
					.map((entry): [number, number] => [entry.startTime, entry.responseEnd]);
				return {
					warmStart,
					samples,
					calls,
					fetched,
					ids,
					requests,
					hops,
					tasks: [...bench.longTasks],
				};
			},
			{ prefixes: plan.prefixes, whole: plan.whole, gap: plan.gap },
		);
		const median = [...colds].sort((a, b) => a.firstResult - b.firstResult)[coldRuns >> 1]!;
		return {
			bytes: await gzipBytes(served.site, median.files),
			firstResult: median.firstResult,
			samples: warm.samples,
			breakdowns: warm.calls.map((call) => breakDown(call, warm.fetched as Span[])),
			requests: warm.requests,
			cold: median.tasks,
			warm: longTasksIn(warm.tasks, warm.warmStart, Number.POSITIVE_INFINITY),
			ids: warm.ids,
			protocols: [...new Set(warm.hops)],
		};
	} finally {
		await context?.close();
	}
}

/**
 * A fresh page of the bench folder asks for the engine (its code, then its index or records)
 * and runs the first query: the time, the files fetched and the long tasks in between.
 */
async function coldRun(
	context: BrowserContext,
	{ url }: Served,
	engine: PageEngine,
	first: string,
	limit: number,
) {
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	await page.addInitScript(watchLongTasks);
	await page.goto(`${url}/${benchFolder}/`, { waitUntil: 'networkidle' });
	const run = await page.evaluate(
		async ({ engine, first, limit }) => {
			const bench = window as unknown as BenchWindow;
			const coldStart = performance.now();
			const module = await import(engine.module);
			if ('index' in engine) {
				// The chunk's export names are minified: find the namespace with `search`.
				const api = Object.values(module).find(
					(value) => typeof (value as { search?: unknown })?.search === 'function',
				) as { search: (index: string, query: string, f: object, n: number) => Promise<Hit[]> };
				bench.benchSearch = (query) => api.search(engine.index, query, {}, limit);
			} else {
				const records = await (await fetch(engine.records)).json();
				const ranked = module.makeSearch(records) as (query: string, n: number) => Hit[];
				bench.benchSearch = async (query) => ranked(query, limit);
			}
			await bench.benchSearch(first);
			const coldEnd = performance.now();
			const files = performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime >= coldStart)
				.map((entry) => new URL(entry.name).pathname);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { coldStart, coldEnd, files, tasks: [...bench.longTasks] };
		},
		{ engine, first, limit },
	);
	return {
		firstResult: run.coldEnd - run.coldStart,
		files: run.files,
		tasks: longTasksIn(run.tasks, run.coldStart, run.coldEnd),
	};
}

/**
 * Our search as a reader meets it: on a fresh home page, `/` opens the dialog and the first
 * query goes in at once; keystroke to results on screen, by the dialog's own `search`
 * measure, with what it fetched and the long tasks in between. The median of `coldRuns`.
 */
export async function dialogFirstResult(
	browser: Browser,
	served: Served,
	query: string,
): Promise<Pick<EngineTiming, 'bytes' | 'firstResult' | 'cold'>> {
	const runs = [];
	for (let run = 0; run < coldRuns; run++) runs.push(await dialogRun(browser, served, query));
	const { firstResult, files, cold } = runs.sort((a, b) => a.firstResult - b.firstResult)[
		coldRuns >> 1
	]!;
	return { bytes: await gzipBytes(served.site, files), firstResult, cold };
}

async function dialogRun(browser: Browser, { url }: Served, query: string) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
		await page.addInitScript(watchLongTasks);
		await page.goto(`${url}/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('/');
		await page.getByRole('combobox').fill(query);
		await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
		await page.waitForTimeout(100);
		const run = await page.evaluate(() => {
			const [measure] = performance.getEntriesByName('search');
			const start = measure!.startTime;
			const end = start + measure!.duration;
			const files = performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime >= start && entry.startTime < end)
				.map((entry) => new URL(entry.name).pathname);
			return { start, end, files, tasks: [...(window as unknown as BenchWindow).longTasks] };
		});
		return {
			firstResult: run.end - run.start,
			files: run.files,
			cold: longTasksIn(run.tasks, run.start, run.end),
		};
	} finally {
		await context.close();
	}
}
