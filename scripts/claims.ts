/**
 * `npm run claims -- suggest <article-id>`
 * Lists an article's sentences that read like claims already in its story's map, each with
 * a suggested stance, and the sentences that match none, so an editor adding an article
 * starts from something. Nothing is written: suggestions are never published as fact.
 */
import { suggestClaims } from '../src/lib/claims/suggest-claims.ts';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { fail, runCommand } from './lib/cli.ts';

const command = {
	usage: 'usage: npm run claims -- suggest <article-id>',
	positionals: [{ name: 'command', oneOf: ['suggest'] }, 'article-id'],
} as const;

await runCommand(command, async ({ positionals: [, articleId] }) => {
	const { content, problems } = await validateContent(contentRoot());
	const article = content.articles.get(articleId);
	if (!article) {
		const known = [...content.articles.keys()].join(', ');
		const own = problems.filter((problem) => problem.file.endsWith(`${articleId}.md`));
		if (own.length > 0) fail(...own.map(formatProblem));
		fail(`${articleId}: no such article (expected one of: ${known})`);
	}
	const claims = content.claims.get(article.data.story)?.data.claims ?? [];
	const suggestions = suggestClaims(articleId, article.text, claims);
	const matched = suggestions.filter((s) => s.claims.length > 0);
	const unmatched = suggestions.filter((s) => s.claims.length === 0);

	console.log(
		`${articleId}: ${suggestions.length} sentences; ${matched.length} read like claims in the map, ${unmatched.length} match none.`,
	);
	console.log(
		'Suggestions only, claims and stances alike: check each against the text before adding it to the claim map.\n',
	);
	console.log('Sentences like claims already in the map:');
	for (const { sentence, claims: found } of matched) {
		for (const claim of found) {
			const note = claim.alreadyCovered ? 'already covered' : 'not yet covered by this article';
			console.log(
				`  ${claim.id} (${claim.score.toFixed(2)}, ${note}; suggested stance: ${claim.stance})`,
			);
		}
		console.log(`    ${sentence}`);
	}
	console.log('\nSentences that match no claim:');
	for (const { sentence } of unmatched) console.log(`  - ${sentence}`);
});
