/**
 * `npm run ingest -- <raw.txt> --story <id> [--id …] [--title …] [--outlet …] [--author …]
 * [--date YYYY-MM-DD|YYYY-MM] [--url …] [--kind …] [--language en|es] [--force]`
 * Cleans a raw scraped article into content/articles/<id>.md and keeps the raw text
 * byte for byte in content/raw/<id>.txt.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { ingestArticle, maxRawBytes } from '../src/lib/ingest/ingest-article.ts';
import { writeIngested } from '../src/lib/ingest/write-article.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { fail, runCommand } from './lib/cli.ts';

const text = { type: 'string' } as const;
const command = {
	usage:
		'usage: npm run ingest -- <raw.txt> --story <id> [--id <id>] [--title …] [--outlet …] [--author …] [--date YYYY-MM-DD|YYYY-MM] [--url …] [--kind news|analysis|opinion|explainer|blog] [--language en|es] [--force]',
	options: {
		story: text,
		id: text,
		title: text,
		outlet: text,
		author: text,
		date: text,
		url: text,
		kind: text,
		language: text,
		force: { type: 'boolean' },
	},
	required: ['story'],
	positionals: ['raw.txt'],
} as const;

await runCommand(command, async ({ values, positionals: [rawFile] }) => {
	const { story, force, ...options } = values;
	const root = contentRoot();
	const problems: Problem[] = [];
	if (!existsSync(path.join(root, 'stories', `${story}.md`))) {
		problems.push({
			file: `--story ${story}`,
			field: 'story',
			message: 'names a story that does not exist',
			expected: `a file content/stories/${story}.md`,
		});
	}
	const info = await stat(rawFile).catch(() => undefined);
	if (!info?.isFile()) fail(`${rawFile}: (file): cannot be read (expected a raw text file)`);
	if (info.size > maxRawBytes)
		fail(
			`${rawFile}: (file): is ${info.size} bytes (expected at most ${maxRawBytes} bytes for one article)`,
		);
	const bytes = await readFile(rawFile);
	const result = ingestArticle(bytes, { story, ...options }, rawFile);
	problems.push(...result.problems);
	if (problems.length > 0)
		fail(...problems.map(formatProblem), `nothing written: ${problems.length} problem(s)`);

	const written = await writeIngested(root, result, bytes, force === true);
	if (written.length > 0) fail(...written.map(formatProblem));

	console.log(`wrote content/articles/${result.id}.md and content/raw/${result.id}.txt`);
	const { removed, edited } = result.frontmatter!.provenance;
	console.log(
		`removed ${removed.length} line(s), edited ${edited.length}; see provenance in the article`,
	);
	// Detection counts function words, and a short or mixed text can fool it; a wrong language
	// would be published silently, so the editor is told which one was chosen and how.
	console.log(
		`language: ${result.frontmatter!.language} (${options.language ? 'as given' : 'detected from the text; check it, or pass --language'})`,
	);
	if (result.review.length > 0) {
		console.log(`review before publishing (${result.review.length}):`);
		for (const item of result.review)
			console.log(
				`  ${item.line > 0 ? `line ${item.line}` : 'metadata'}: ${JSON.stringify(item.text)}: ${item.reason}`,
			);
		console.log(
			[
				'each flagged line still in the body stops npm run validate and the build until reviewed:',
				'  residue: delete it from the body and move its entry from provenance.flagged to provenance.removed with your reason;',
				"  the article's words: add `kept: true` to its entry in provenance.flagged",
			].join('\n'),
		);
	}
	console.log(
		'then set kind, date, stance and summary in the frontmatter, and run npm run validate',
	);
});
