/**
 * `npm run validate`: every content check the build runs, without rendering a page.
 * Prints one line per problem (`file: field: what is wrong (expected …)`) and exits 1 if any.
 */
import { contentRoot } from '../src/lib/content/content-root.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { fail, runCommand } from './lib/cli.ts';

await runCommand({ usage: 'usage: npm run validate' }, async () => {
	const started = performance.now();
	const { problems, content } = await validateContent(contentRoot());
	const elapsed = Math.round(performance.now() - started);

	if (problems.length > 0) {
		const files = new Set(problems.map((p) => p.file)).size;
		fail(
			...problems.map(formatProblem),
			`${problems.length} problem(s) in ${files} file(s); nothing is published until they are fixed`,
		);
	}
	const claims = [...content.claims.values()].reduce(
		(sum, file) => sum + file.data.claims.length,
		0,
	);
	console.log(
		`content ok: ${content.stories.size} stories, ${content.articles.size} articles, ${claims} claims, ${content.people.size} people (${elapsed} ms)`,
	);
});
