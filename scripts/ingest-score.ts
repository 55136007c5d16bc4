/**
 * `npm run ingest:score [-- --tuning] [-- --misses <set prefix>]`: measures ingestion on the
 * hand-annotated test articles, set by set and language by language: residue left in the
 * body silently, flagged, removed; content lines lost; optional lines kept or removed. The
 * tuning sets (tests/fixtures/dev/ and every tuning folder of an ingest-N set, including sets
 * that were unseen until they were tuned on) and the unseen ones (every ingest-N/unseen folder)
 * are named apart; the list is src/lib/ingest/score-fixture-sets.ts.
 */
import path from 'node:path';
import { scoreFixtureSet, setsToScore } from '../src/lib/ingest/score-fixture-sets.ts';
import { type IngestScore, scoreTable } from '../src/lib/ingest/score-ingest.ts';
import { runCommand } from './lib/cli.ts';

const usage = `usage: npm run ingest:score [-- --tuning] [-- --misses <set prefix>]
  --tuning  score the tuning sets only (the unseen set is kept for a final measure)
  --misses  also list each residue line left silently and each content line lost, for the
            tuning sets whose name starts with the prefix ("" for all)`;

await runCommand(
	{ usage, options: { misses: { type: 'string' }, tuning: { type: 'boolean' } } },
	async ({ values }) => {
		const rows: { set: string; score: IngestScore; unseen: boolean }[] = [];
		for (const { name, dir, unseen } of setsToScore(values.tuning === true)) {
			const scores = await scoreFixtureSet(path.resolve(dir));
			for (const [lang, score] of scores)
				rows.push({ set: `${name} ${lang}${unseen ? ' (unseen)' : ' (tuning)'}`, score, unseen });
		}
		for (const line of scoreTable(rows)) console.log(line);
		if (values.misses === undefined) return;
		for (const { set, score, unseen } of rows) {
			if (unseen || !set.startsWith(values.misses)) continue;
			console.log(`\n${set}`);
			for (const miss of score.misses) console.log(`  ${miss}`);
		}
	},
);
