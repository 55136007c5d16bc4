/**
 * `npm run quotes:score`: measures the quote finder, set by set, against the hand-annotated
 * gold sets in tests/fixtures/quote-gold/ (on the frozen tests/fixtures/content/, never
 * content/) and the test articles in
 * tests/fixtures/dev/ and tests/fixtures/quotes-{2,3}/{tuning,unseen}/ (a set per language) —
 * precision, recall, and speaker accuracy over
 * matched quotes for named people and described sources — grouped by whether the finder was
 * tuned on the set or has not seen it. `--tuning` scores the tuning sets alone; `--misses`
 * lists where the finder fails on tuning sets.
 */
import path from 'node:path';
import { scoreAllQuoteSets } from '../src/lib/quotes/scoring/quote-sets.ts';
import { missTable, scoreTable } from '../src/lib/quotes/scoring/score-table.ts';
import { runCommand } from './lib/cli.ts';

const usage = `usage: npm run quotes:score [-- --tuning] [-- --misses <set prefix>]
  --tuning  score the tuning sets only: the unseen set's folder is not even read (it is kept
            for a final measure)
  --misses  also list every miss of the tuning sets whose name starts with the prefix
            ("" for all); unseen sets are never listed`;

await runCommand(
	{ usage, options: { misses: { type: 'string' }, tuning: { type: 'boolean' } } },
	async ({ values }) => {
		const scores = await scoreAllQuoteSets(path.resolve('tests/fixtures'), {
			tuning: values.tuning ?? false,
		});
		for (const line of scoreTable(scores)) console.log(line);
		if (values.misses !== undefined)
			for (const line of missTable(scores, values.misses)) console.log(line);
	},
);
