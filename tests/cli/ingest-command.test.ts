import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { copyContent } from '../support/content-fixture.ts';
import { run } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const seed = path.join(fixtureContentDir, 'raw/sovereignty-is-not-for-sale.txt');
let root: string;
beforeEach(async () => {
	root = await copyContent();
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const ingest = (...args: string[]) =>
	run('node', ['scripts/ingest.ts', ...args], { PARALLAX_CONTENT_DIR: root });

describe('npm run ingest', () => {
	it('writes the article and a byte-for-byte raw copy, and lists lines to review', async () => {
		const result = await ingest(
			seed,
			'--story',
			'sheinbaum-rejects-us-troops',
			'--id',
			'new-article',
			'--outlet',
			'Different Hub',
			'--date',
			'2025-05',
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'wrote content/articles/new-article.md and content/raw/new-article.txt',
		);
		expect(result.stdout).toContain(
			'line 4: "Sheinbaum Draws Red Line on Foreign Military Involvement": kept as a subhead',
		);
		expect(await readFile(path.join(root, 'raw/new-article.txt'))).toEqual(await readFile(seed));
		const article = await readFile(path.join(root, 'articles/new-article.md'), 'utf8');
		expect(article).toContain('outlet: Different Hub');
		expect(article).toMatch(/date:\n {2}precision: month\n {2}value: 2025-05/);
		// Until an editor reviews the flagged lines, validation (the build's) names each and says
		// how to resolve it; nothing else about what ingestion wrote is wrong.
		const unreviewed = await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: root });
		expect(unreviewed.code).toBe(1);
		const lines = unreviewed.stderr
			.trim()
			.split('\n')
			.filter((line) => line.includes(': provenance.'));
		expect(lines).toHaveLength(2);
		for (const line of lines)
			expect(line).toMatch(
				/articles\/new-article\.md: provenance\.flagged\.\d+: line \d+ .* not reviewed \(expected move it to provenance\.removed .* or add `kept: true`\)$/,
			);
		// Reviewed and kept, it publishes.
		const file = path.join(root, 'articles/new-article.md');
		const { data, body } = readFrontmatter(await readFile(file, 'utf8')) as {
			data: { provenance: { flagged: { kept?: boolean }[] } };
			body: string;
		};
		for (const entry of data.provenance.flagged) entry.kept = true;
		await writeFile(file, writeFrontmatter(data, body.slice(1)));
		expect((await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: root })).code).toBe(
			0,
		);
	});

	it('writes the language it detects, says so, and takes --language over it', async () => {
		const spanish = path.join(fixtureContentDir, 'raw/cooperacion-si-intervencion-no.txt');
		const story = ['--story', 'sheinbaum-rejects-us-troops'];
		const detected = await ingest(spanish, ...story, '--id', 'detected');
		expect(detected.code).toBe(0);
		expect(detected.stdout).toContain(
			'language: es (detected from the text; check it, or pass --language)',
		);
		const read = async (id: string) =>
			(
				readFrontmatter(await readFile(path.join(root, `articles/${id}.md`), 'utf8')).data as {
					language: string;
				}
			).language;
		expect(await read('detected')).toBe('es');

		const given = await ingest(seed, ...story, '--id', 'given', '--language', 'es');
		expect(given.code).toBe(0);
		expect(given.stdout).toContain('language: es (as given)');
		expect(await read('given')).toBe('es');
	});

	it('refuses to overwrite an article without --force, and replaces it with --force', async () => {
		const args = [
			seed,
			'--story',
			'sheinbaum-rejects-us-troops',
			'--id',
			'sovereignty-is-not-for-sale',
		];
		const before = await readFile(
			path.join(root, 'articles/sovereignty-is-not-for-sale.md'),
			'utf8',
		);
		const refused = await ingest(...args);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(
			/articles\/sovereignty-is-not-for-sale\.md: \(file\): already exists; not overwritten \(expected a new id \(--id\) or --force/,
		);
		expect(await readFile(path.join(root, 'articles/sovereignty-is-not-for-sale.md'), 'utf8')).toBe(
			before,
		);
		const forced = await ingest(...args, '--force');
		expect(forced.code).toBe(0);
		expect(
			await readFile(path.join(root, 'articles/sovereignty-is-not-for-sale.md'), 'utf8'),
		).not.toBe(before);
	});

	it('writes nothing when the input or options are bad, and says why', async () => {
		const empty = path.join(root, 'empty.txt');
		await writeFile(empty, '');
		const listing = async () =>
			[
				...(await readdir(path.join(root, 'articles'))),
				...(await readdir(path.join(root, 'raw'))),
			].sort();
		const before = await listing();
		// Exit 1 for a failure, 2 for a usage error (bad or missing arguments).
		const cases: [string[], RegExp, number?][] = [
			[
				[empty, '--story', 'sheinbaum-rejects-us-troops'],
				/empty\.txt: \(file\): is empty \(expected the text of an article\)/,
			],
			[
				[seed, '--story', 'no-such-story', '--id', 'x'],
				/--story no-such-story: story: names a story that does not exist/,
			],
			[
				[seed, '--story', 'sheinbaum-rejects-us-troops', '--id', 'x', '--kind', 'rumour'],
				/content\/articles\/x\.md: kind: must be one of/,
			],
			[
				[seed, '--story', 'sheinbaum-rejects-us-troops', '--id', 'x', '--language', 'spanish'],
				/content\/articles\/x\.md: language: must be the language the article is written in: en or es/,
			],
			[
				[seed, '--story', 'sheinbaum-rejects-us-troops', '--id', 'Bad Id'],
				/content\/articles\/Bad Id\.md: provenance\.raw: must be a path like raw\/<id>\.txt/,
			],
			[
				['missing.txt', '--story', 'sheinbaum-rejects-us-troops'],
				/missing\.txt: \(file\): cannot be read/,
			],
			[[seed], /^usage: npm run ingest/m, 2],
			[[seed, '--story', 'x', '--colour', 'red'], /Unknown option '--colour'/, 2],
		];
		for (const [args, expected, code = 1] of cases) {
			const result = await ingest(...args);
			expect(result.code, args.join(' ')).toBe(code);
			expect(result.stderr).toMatch(expected);
			expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
		}
		expect(await listing()).toEqual(before);
		expect(existsSync(path.join(root, 'articles/x.md'))).toBe(false);
	});
});
