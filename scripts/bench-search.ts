/**
 * npm run bench:search — our search against three baselines (fuse.js with its defaults,
 * fuse.js well configured, our ranking without the index) over the same generated corpora of
 * 1k, 10k and 100k records, in headless Chromium on this machine. Every engine is timed the
 * same way (scripts/lib/search-bench-engine-timing.ts) on the same prefixes at the dialog's
 * limit; relevance comes from the same calls. Each engine is timed over HTTP/1.1 and over
 * HTTP/2 (or one of them, --protocol), one after the other, so both meet the same load on the
 * machine (scripts/lib/search-bench-runs.ts): over HTTP/1.1 Chromium opens at most six
 * connections to a host and the index's files queue in waves; static hosts speak HTTP/2, every
 * request at once on one connection. Prints a table (scripts/lib/search-bench-tables.ts) and
 * writes bench-results/search.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { table, typedPrefixes } from './lib/bench-stats.ts';
import { runCommand } from './lib/cli.ts';
import { benchOptions, command } from './lib/search-bench-options.ts';
import { limit, runSearchBench } from './lib/search-bench-runs.ts';
import {
	callsNote,
	machineDescription,
	resultsTable,
	slowestTable,
} from './lib/search-bench-tables.ts';
import { querySets, readQuerySet } from './lib/search-index-files.ts';

await runCommand(command, async ({ values }) => {
	const options = benchOptions(values);
	const sets = {
		tuning: await readQuerySet(querySets.tuning),
		unseen: await readQuerySet(querySets.unseen),
	};
	const whole = [...new Set([...sets.tuning, ...sets.unseen].map(({ query }) => query))];
	const prefixes = typedPrefixes(whole);
	const results = await runSearchBench(options, { sets, whole, prefixes });

	const machine = machineDescription();
	console.log(
		`search benchmark — ${machine}; limit ${limit}; ${options.gap} ms between calls; ${whole.length} queries (${sets.tuning.length} tuning, ${sets.unseen.length} unseen), ${prefixes.length} typed prefixes; the same calls for every engine`,
	);
	console.log(table(resultsTable(results)));
	console.log(table(slowestTable(results)));
	console.log(callsNote);
	await mkdir('bench-results', { recursive: true });
	await writeFile(
		'bench-results/search.json',
		`${JSON.stringify({ machine, limit, queries: { tuning: sets.tuning.length, unseen: sets.unseen.length }, results }, null, 2)}\n`,
	);
});
