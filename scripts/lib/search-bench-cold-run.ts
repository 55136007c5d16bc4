/**
 * A cold run of npm run bench:search: a fresh page asks for one engine and runs the first
 * query, the time a reader waits before their first result.
 */
import type { BrowserContext } from 'playwright-core';
import { longTasksIn } from './bench-stats.ts';
import { benchFolder } from './search-bench-files.ts';
import {
	type BenchWindow,
	type Hit,
	type PageEngine,
	type Served,
	watchLongTasks,
} from './search-bench-page.ts';

/**
 * A fresh page of the bench folder asks for the engine (its code, then its index or records)
 * and runs the first query: the time, the files fetched and the long tasks in between.
 */
export async function coldRun(
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
