/**
 * `npm run claims:score`: measures the claim suggester leave-one-article-out on each story's
 * curated claim map (content/ by default, PARALLAX_CONTENT_DIR for another folder): each
 * article's entries are hidden, the suggester runs on the article against the rest, and its
 * suggestions are compared with the hidden entries. Recall is the share of the article's
 * claims that other articles also cover found on the right sentence; precision the share of
 * suggestions that are right; stance the share of right suggestions with the curated stance.
 * Claims only the article makes cannot be suggested from the map and are counted apart.
 * The suggester was tuned on these articles, except the held-out one, reported apart.
 */
import { claimSuggestions } from '../src/lib/claims/suggest-claims.ts';
import {
	type SuggestionScore,
	scoreLeaveOneOut,
	sentenceOverlap,
	totalScore,
} from '../src/lib/claims/score-suggestions.ts';
import { scoreTable } from '../src/lib/claims/score-table.ts';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { fail, runCommand } from './lib/cli.ts';

/**
 * Chosen before the suggester was tuned (the story's last article by id) and never looked
 * at while tuning: its figures say how the suggester does on an article it was not fitted to.
 */
const heldOut = new Set(['sovereignty-versus-security']);

await runCommand({ usage: 'usage: npm run claims:score' }, async () => {
	const { content, problems } = await validateContent(contentRoot());
	if (problems.length > 0) fail(...problems.map(formatProblem));
	const tuning: SuggestionScore[] = [];
	const unseen: SuggestionScore[] = [];
	for (const [story, map] of content.claims) {
		const articles = [...content.articles.values()]
			.filter((article) => article.data.story === story)
			.map((article) => ({ id: article.id, text: article.text }))
			.sort((a, b) => a.id.localeCompare(b.id));
		for (const score of scoreLeaveOneOut(articles, map.data.claims, claimSuggestions))
			(heldOut.has(score.label) ? unseen : tuning).push(score);
	}
	const lines = [
		...scoreTable('Tuning articles (the suggester was tuned on these):', [
			...tuning,
			totalScore('total', tuning),
		]),
		'',
		...scoreTable('Held-out articles (chosen before tuning, not tuned on):', [
			...unseen,
			totalScore('total', unseen),
		]),
		'',
		...scoreTable('All articles:', [totalScore('total', [...tuning, ...unseen])]),
		'',
		'recall: claims the article shares with others, suggested on the sentence holding its excerpt;',
		`a sentence is right when it contains the excerpt or ≥ ${sentenceOverlap * 100} % of its words stand in it.`,
		'precision: suggestions that are right (right claim, right sentence). stance: right suggestions',
		'with the curated stance. only here: claims only this article makes, which the map cannot suggest.',
	];
	for (const line of lines) console.log(line);
});
