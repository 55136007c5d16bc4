/**
 * How npm run bench:search times one engine in headless Chromium, every engine the same way:
 * cold runs in fresh pages (search-bench-cold-run.ts), the median kept, then warm calls over the
 * same prefixes in the last page, each timed with performance.now whether or not a dialog would
 * have shown it, long tasks told apart by phase.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { breakDown, type CallBreakdown, longTasksIn, type Span } from './bench-stats.ts';
import { gzipBytes } from './search-bench-files.ts';
import { coldRun } from './search-bench-cold-run.ts';
import { type BenchWindow, coldRuns, type PageEngine, type Served } from './search-bench-page.ts';

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
