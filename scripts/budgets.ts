/**
 * npm run budgets — measures the real site afresh (page weight, Lighthouse mobile) and
 * fails when a page is over budget. Runs in `npm test`, so in CI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets, overBudget } from './lib/budgets.ts';
import { fail, runCommand } from './lib/cli.ts';
import { measureSite } from './lib/site-measures.ts';

await runCommand({ usage: 'usage: npm run budgets' }, async () => {
	const work = await mkdtemp(path.join(tmpdir(), 'parallax-budgets-'));
	try {
		const { pages } = await measureSite(path.join(work, 'site'));
		for (const { name, weight, lighthouse: l } of pages)
			console.log(
				`${name}: JS ${weight.byKind.js.gzip} B gz, HTML+CSS+fonts ${
					weight.byKind.html.gzip + weight.byKind.css.gzip + weight.byKind.font.gzip
				} B gz; Lighthouse ${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`,
			);
		const problems = overBudget(pages);
		if (problems.length > 0) fail('', `Over budget (${problems.length}):`, ...problems);
		console.log(
			`\nbudgets hold on ${pages.length} page types (JS ≤ ${budgets.readingJsGzip} B gz on reading pages, ` +
				`HTML+CSS+fonts ≤ ${budgets.documentGzip} B gz, Lighthouse ≥ ${budgets.performance}/100/100/100)`,
		);
	} finally {
		await rm(work, { recursive: true, force: true });
	}
});
