/**
 * What npm run bench:search's browser pages share: the engine a page is handed, the hooks the
 * bench reads on its window, and the long-task watch installed before any page script runs, so
 * every engine's page is measured the same way.
 */

/** One engine to time: our built search module and its index, or a baseline and its records. */
export type PageEngine = { module: string } & ({ index: string } | { records: string });

/** The folder the bench serves, and its URL. */
export type Served = { site: string; url: string };
type Tasks = { startTime: number; duration: number }[];
export type Hit = { record: { id: string } };
export type BenchWindow = { longTasks: Tasks; benchSearch: (query: string) => Promise<Hit[]> };

/** Cold runs per engine, each in a fresh page; the median is reported (one alone is noisy). */
export const coldRuns = 3;

/**
 * Records the page's long tasks from its start, for the phases to be told apart later, and
 * keeps every resource timing entry (what was fetched, and when).
 */
export function watchLongTasks() {
	performance.setResourceTimingBufferSize(100_000);
	const tasks: Tasks = [];
	(window as unknown as BenchWindow).longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const { startTime, duration } of list.getEntries()) tasks.push({ startTime, duration });
	}).observe({ type: 'longtask', buffered: true });
}
