/**
 * `npm run quotes:score`: measures the quote finder against the hand-annotated gold set in
 * tests/fixtures/quote-gold/ — precision, recall, and speaker accuracy over matched quotes.
 */
import path from 'node:path';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { addScores, rates } from '../src/lib/quotes/score-quotes.ts';
import { scoreAgainstGold } from '../src/lib/quotes/quote-gold.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { runCommand } from './lib/cli.ts';

await runCommand({ usage: 'usage: npm run quotes:score' }, async () => {
	const { content } = await validateContent(contentRoot());
	const bodies = new Map([...content.articles].map(([id, article]) => [id, article.body]));
	const scores = await scoreAgainstGold(path.resolve('tests/fixtures/quote-gold'), bodies, [
		...content.people.values(),
	]);
	const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

	console.log('article'.padEnd(42), 'gold found match  precision  recall  speaker');
	for (const score of [...scores, { article: 'all', ...addScores(scores) }]) {
		const r = rates(score);
		console.log(
			score.article.padEnd(42),
			String(score.gold).padStart(4),
			String(score.found).padStart(5),
			String(score.matched).padStart(5),
			percent(r.precision).padStart(10),
			percent(r.recall),
			percent(r.speakerAccuracy).padStart(8),
		);
	}
});
