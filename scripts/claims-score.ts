/**
 * `npm run claims:score [-- --set tuning|unseen]`: measures the claim suggester
 * leave-one-article-out: each article's entries are hidden, the suggester runs on the
 * article against the rest of its story's map, and its suggestions are compared with the
 * hidden entries. Recall is the share of the article's claims that other articles also
 * cover found on the right sentence; precision the share of suggestions that are right;
 * stance the share of right suggestions with the curated stance. Claims only the article
 * makes cannot be suggested from the map and are counted apart.
 *
 * Two sets, printed apart: tuning, the published map (content/, or PARALLAX_CONTENT_DIR),
 * which the suggester was tuned on; unseen, a small map over team-written fixture articles
 * (tests/fixtures/claims-unseen), curated before the suggester ever ran on it and not to be
 * tuned on.
 */
import path from 'node:path';
import { scoreClaimSet } from '../src/lib/claims/claim-sets.ts';
import { sentenceOverlap, totalScore } from '../src/lib/claims/score-suggestions.ts';
import { scoreTable } from '../src/lib/claims/score-table.ts';
import { claimSuggestions } from '../src/lib/claims/suggest-claims.ts';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { fail, runCommand, UsageError } from './lib/cli.ts';

const sets = {
	tuning: {
		root: contentRoot(),
		title: 'Tuning set: the published claim map (the suggester was tuned on it):',
	},
	unseen: {
		root: path.resolve('tests/fixtures/claims-unseen'),
		title: 'Unseen set: tests/fixtures/claims-unseen (curated first, never tuned on):',
	},
} as const;

const command = {
	usage: 'usage: npm run claims:score [-- --set tuning|unseen]',
	options: { set: { type: 'string' } },
} as const;

await runCommand(command, async ({ values }) => {
	const names = values.set ? [values.set] : Object.keys(sets);
	const lines: string[] = [];
	for (const name of names) {
		const set = sets[name as keyof typeof sets];
		if (!set) throw new UsageError(`--set must be tuning or unseen, not "${name}"`);
		const scores = await scoreClaimSet(set.root, claimSuggestions).catch((error: Error) =>
			fail(error.message),
		);
		lines.push(...scoreTable(set.title, [...scores, totalScore('total', scores)]), '');
	}
	lines.push(
		'recall: claims the article shares with others, suggested on the sentence holding its excerpt;',
		`a sentence is right when it contains the excerpt or ≥ ${sentenceOverlap * 100} % of its words stand in it.`,
		'precision: suggestions that are right (right claim, right sentence). stance: right suggestions',
		'with the curated stance. only here: claims only this article makes, which the map cannot suggest.',
	);
	for (const line of lines) console.log(line);
});
