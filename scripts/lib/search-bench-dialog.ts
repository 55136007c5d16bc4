/**
 * Our search in npm run bench:search as a reader meets it, through the site's own dialog rather
 * than the bench's hooks: what the first keystroke to results on screen costs.
 */
import type { Browser } from 'playwright-core';
import { longTasksIn } from './bench-stats.ts';
import { gzipBytes } from './search-bench-files.ts';
import type { EngineTiming } from './search-bench-engine-timing.ts';
import { type BenchWindow, coldRuns, type Served, watchLongTasks } from './search-bench-page.ts';

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
