import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedWithoutControls } from '../../src/lib/content/control-characters.ts';
import {
	maxBodyBytes,
	maxBodyLines,
	maxFileBytes,
	maxFlowWork,
	maxTextWork,
} from '../../src/lib/content/limits.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { sha256 } from '../../src/lib/content/raw-text.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { copyContent, edit } from '../support/content-fixture.ts';

const story = 'stories/sheinbaum-rejects-us-troops.md';
const claims = 'claims/sheinbaum-rejects-us-troops.yaml';
const blog = 'articles/sovereignty-versus-security.md';
const news = 'articles/sovereignty-is-not-for-sale.md';

let root: string;
afterEach(async () => rm(root, { recursive: true, force: true }));

async function problemLines(): Promise<string[]> {
	return (await validateContent(root)).problems.map(formatProblem);
}

/** Breaks a copy of the real content, validates it, and returns the one-line messages. */
async function broken(breakIt: (root: string) => Promise<void>): Promise<string[]> {
	root = await copyContent();
	await breakIt(root);
	return problemLines();
}

describe('validateContent', () => {
	it('passes the real content, every excerpt and hash included', async () => {
		root = await copyContent();
		expect(await problemLines()).toEqual([]);
	});

	it('accepts an English article that quotes a Spanish passage at length', async () => {
		root = await copyContent();
		const file = path.join(root, blog);
		const passage =
			'\n«Podemos colaborar, podemos compartir información, pero no vamos a aceptar ninguna intervención en nuestro país. La soberanía no se toca, y la cooperación es con respeto y sin subordinación», dijo la presidenta.\n';
		await writeFile(file, (await readFile(file, 'utf8')) + passage);
		expect(await problemLines()).toEqual([]);
	});

	it('accepts a Spanish excerpt verbatim, with its quote marks written either way', async () => {
		root = await copyContent();
		const file = 'claims/sheinbaum-rejects-us-troops.yaml';
		const text = await readFile(path.join(root, file), 'utf8');
		// The fixture cites «¿Por qué …?» and «…» excerpts from the Spanish article; an editor
		// may type the guillemets as straight quotes, as for curly ones in English.
		expect(text).toContain(
			"'«¿Por qué tendríamos que aceptar algo que la Constitución no permite?»'",
		);
		await edit(
			root,
			file,
			"'«¿Por qué tendríamos que aceptar algo que la Constitución no permite?»'",
			`'"¿Por qué tendríamos que aceptar algo que la Constitución no permite?"'`,
		);
		expect(await problemLines()).toEqual([]);
	});

	// Each case names the file and field an editor has to fix, and what was expected.
	const cases: [string, (root: string) => Promise<void>, RegExp][] = [
		[
			'a missing field',
			(r) => edit(r, blog, /^kind: blog\n/m, ''),
			/articles\/sovereignty-versus-security\.md: kind: is missing \(expected/,
		],
		[
			// No default: an editor who forgets it must say which language the text is in.
			'a missing language',
			(r) => edit(r, blog, /^language: en\n/m, ''),
			/articles\/sovereignty-versus-security\.md: language: is missing \(expected one of "en", "es"\)/,
		],
		[
			// A line copied from another article must not publish Spanish text marked English.
			'Spanish text marked English',
			(r) =>
				edit(r, 'articles/cooperacion-si-intervencion-no.md', /^language: es$/m, 'language: en'),
			/cooperacion-si-intervencion-no\.md: language: is en, but the body reads as Spanish \(\d+ Spanish function words to \d+ English\) \(expected es, the language the text is written in\)/,
		],
		[
			'English text marked Spanish',
			(r) => edit(r, blog, /^language: en$/m, 'language: es'),
			/sovereignty-versus-security\.md: language: is es, but the body reads as English/,
		],
		[
			'a language the site does not know',
			(r) => edit(r, blog, /^language: en$/m, 'language: spanish'),
			/sovereignty-versus-security\.md: language: must be the language the article is written in: en or es \(a BCP 47 tag\) \(expected one of "en", "es"\)/,
		],
		[
			'a wrong type',
			(r) => edit(r, blog, /^kind: blog$/m, 'kind: 42'),
			/sovereignty-versus-security\.md: kind: must be one of news, analysis, opinion, explainer, blog \(expected one of "news"/,
		],
		[
			'an impossible date',
			(r) =>
				edit(
					r,
					'articles/soft-invasion-entirely-a-movie.md',
					'earliest: 2024-11',
					"earliest: '2025-02-30'",
				),
			/soft-invasion-entirely-a-movie\.md: date\.earliest: is not a real calendar date \(expected a real date written YYYY-MM-DD or YYYY-MM\)/,
		],
		[
			'an unquoted impossible date',
			(r) =>
				edit(
					r,
					'articles/soft-invasion-entirely-a-movie.md',
					'earliest: 2024-11',
					'earliest: 2025-02-30',
				),
			/soft-invasion-entirely-a-movie\.md: date\.earliest: is not a real calendar date/,
		],
		[
			'a date without its precision',
			(r) => edit(r, blog, /^ {2}precision: inferred\n/m, ''),
			/sovereignty-versus-security\.md: date\.precision: is missing \(expected a precision of day, month, inferred or unknown\)/,
		],
		[
			'an unknown story',
			(r) => edit(r, blog, /^story: .*$/m, 'story: no-such-story'),
			/sovereignty-versus-security\.md: story: names the story "no-such-story", which does not exist \(expected one of sheinbaum-rejects-us-troops\)/,
		],
		[
			'a stance off the scale',
			(r) => edit(r, blog, 'position: leans-against', 'position: hawkish'),
			/sovereignty-versus-security\.md: stance\.position: "hawkish" is not on the story's stance scale \(expected one of against, leans-against/,
		],
		[
			'a timeline event naming an unknown article',
			(r) =>
				edit(
					r,
					story,
					'reportedBy: [soft-invasion-entirely-a-movie]',
					'reportedBy: [ghost-article]',
				),
			/stories\/sheinbaum-rejects-us-troops\.md: timeline\.0\.reportedBy\.0: names the article "ghost-article", which is not in this story/,
		],
		[
			'a claim naming an unknown article',
			(r) => edit(r, claims, 'article: rejection-preserves-sovereignty', 'article: ghost-article'),
			/claims\/sheinbaum-rejects-us-troops\.yaml: claims\.0\.coverage\.0\.article: names the article "ghost-article"/,
		],
		[
			'a duplicate claim id',
			(r) =>
				edit(r, claims, 'id: cooperation-not-intervention', 'id: sheinbaum-rejected-troop-offer'),
			/sheinbaum-rejects-us-troops\.yaml: claims\.\d+\.id: repeats the claim id "sheinbaum-rejected-troop-offer" already used at .*claims\.0\.id \(expected each claim id once/,
		],
		[
			'a duplicate person id',
			(r) => edit(r, 'people.yaml', 'id: tom-homan', 'id: mike-waltz'),
			/people\.yaml: 6\.id: repeats the id "mike-waltz" already used at 5\.id/,
		],
		[
			'an excerpt not in its article',
			(r) =>
				edit(
					r,
					claims,
					'a complex web of approximately 400 different groups',
					'a complex web of approximately 500 different groups',
				),
			/sheinbaum-rejects-us-troops\.yaml: claims\.\d+\.coverage\.0\.excerpt: "a complex web of approximately 500 different groups" does not stand verbatim in .*mexico-rejects-us-military-intervention\.md/,
		],
		[
			// The Spanish excerpt stands verbatim with its accents, ¿ and «»; one letter unaccented
			// ("tendriamos", as a keyboard without accents types it) is a different text.
			'a Spanish excerpt that drops an accent',
			(r) =>
				edit(
					r,
					claims,
					"'«¿Por qué tendríamos que aceptar algo que la Constitución no permite?»'",
					"'«¿Por qué tendriamos que aceptar algo que la Constitución no permite?»'",
				),
			/sheinbaum-rejects-us-troops\.yaml: claims\.\d+\.coverage\.0\.excerpt: "«¿Por qué tendriamos que aceptar algo que la Constitución…" does not stand verbatim in .*articles\/cooperacion-si-intervencion-no\.md \(expected the article's own words/,
		],
		[
			'a Spanish excerpt that drops the opening ¿',
			(r) => edit(r, claims, "'«¿Por qué tendríamos", "'«Por qué tendríamos"),
			/claims\.\d+\.coverage\.0\.excerpt: "«Por qué tendríamos .*" does not stand verbatim in .*articles\/cooperacion-si-intervencion-no\.md/,
		],
		[
			'stance evidence not in the body',
			(r) =>
				edit(
					r,
					blog,
					'Personally, I think the cooperative approach has more staying power.',
					'Personally, I think force works.',
				),
			/sovereignty-versus-security\.md: stance\.evidence\.0: "Personally, I think force works\." does not stand verbatim in the body/,
		],
		[
			'a curated quote not in the body',
			(r) =>
				edit(
					r,
					news,
					/^kind: news$/m,
					'kind: news\nquotes:\n  - text: Sovereignty is for sale.\n    speaker: claudia-sheinbaum',
				),
			/sovereignty-is-not-for-sale\.md: quotes\.0\.text: "Sovereignty is for sale\." does not stand verbatim/,
		],
		[
			'a curated quote by an unknown person',
			(r) =>
				edit(
					r,
					news,
					/^kind: news$/m,
					'kind: news\nquotes:\n  - text: Sovereignty is not for sale.\n    speaker: someone-else',
				),
			/sovereignty-is-not-for-sale\.md: quotes\.0\.speaker: names the person "someone-else", who is not in people\.yaml/,
		],
		[
			'a raw hash mismatch',
			(r) => writeFile(path.join(r, 'raw/sovereignty-versus-security.txt'), 'tampered'),
			/sovereignty-versus-security\.md: provenance\.sha256: does not match content\/raw\/sovereignty-versus-security\.txt, whose sha256 is [0-9a-f]{64} \(expected the hash of the raw file as received\)/,
		],
		[
			'a missing raw file',
			(r) => rm(path.join(r, 'raw/sovereignty-versus-security.txt')),
			/sovereignty-versus-security\.md: provenance\.raw: names content\/raw\/sovereignty-versus-security\.txt, which does not exist/,
		],
		[
			'a removed line that is not in the raw file',
			(r) =>
				edit(
					r,
					'articles/soft-invasion-entirely-a-movie.md',
					'text: ACSA Agreement Sparks Bold Italy-Japan Military Alliance!',
					'text: Something else',
				),
			/soft-invasion-entirely-a-movie\.md: provenance\.removed\.1\.text: differs from line 14 of the raw file \(expected "ACSA Agreement/,
		],
		[
			'an empty body',
			async (r) => {
				const file = path.join(r, blog);
				const text = await readFile(file, 'utf8');
				await writeFile(file, text.slice(0, text.indexOf('\n---\n') + 5));
			},
			/sovereignty-versus-security\.md: body: is empty \(expected the article text after the frontmatter\)/,
		],
		[
			'malformed YAML in a data file',
			(r) => edit(r, claims, /^claims:$/m, 'claims: [unclosed'),
			/claims\/sheinbaum-rejects-us-troops\.yaml: \(file\): is not valid YAML: .+ \(expected well-formed YAML\)/,
		],
		[
			'malformed YAML frontmatter',
			(r) => edit(r, blog, /^kind: blog$/m, 'kind: [blog'),
			/sovereignty-versus-security\.md: \(frontmatter\): is not valid YAML frontmatter/,
		],
		[
			'a non-UTF-8 raw file',
			(r) =>
				writeFile(
					path.join(r, 'raw/sovereignty-versus-security.txt'),
					Buffer.from([0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f]),
				),
			/sovereignty-versus-security\.md: provenance\.raw: content\/raw\/sovereignty-versus-security\.txt is not UTF-8 text/,
		],
		[
			'a non-UTF-8 article file',
			(r) => writeFile(path.join(r, blog), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe])),
			/sovereignty-versus-security\.md: \(file\): is not valid UTF-8 text/,
		],
		[
			'raw HTML and a script in a body',
			(r) =>
				edit(
					r,
					blog,
					'Let’s dive into this complex issue.',
					'Let’s dive in.\n\n<script>alert(1)</script>',
				),
			/sovereignty-versus-security\.md: body: holds raw HTML "<script>alert\(1\)<\/script>" on body line \d+ \(expected plain text and Markdown only/,
		],
		[
			'a javascript: link in a body',
			(r) => edit(r, blog, 'Let’s dive into this complex issue.', '[Click](javascript:alert(1))'),
			/sovereignty-versus-security\.md: body: holds link to "javascript:alert\(1\)"/,
		],
		[
			'a javascript: original URL',
			(r) => edit(r, blog, /^url: null$/m, 'url: javascript:alert(1)'),
			/sovereignty-versus-security\.md: url: must be an http\(s\) address/,
		],
		[
			'an unknown field',
			(r) => edit(r, blog, /^kind: blog$/m, 'kind: blog\nsentiment: angry'),
			/sovereignty-versus-security\.md: sentiment: is not a known field \(expected only the fields the schema defines\)/,
		],
		[
			'a file name that is not an id',
			async (r) => {
				const text = await readFile(path.join(r, story), 'utf8');
				await writeFile(path.join(r, 'stories/Bad Name.md'), text);
			},
			/stories\/Bad Name\.md: \(file name\): "Bad Name" must be lowercase letters, digits and single hyphens/,
		],
	];

	it.each(cases)('reports %s with its file and field', async (_name, breakIt, expected) => {
		const lines = await broken(breakIt);
		expect(
			lines.some((line) => expected.test(line)),
			`no line matched ${expected}:\n${lines.join('\n')}`,
		).toBe(true);
	});

	it('reports every problem in one run, grouped by file', async () => {
		const lines = await broken(async (r) => {
			await edit(r, blog, /^kind: blog$/m, 'kind: 42');
			await edit(
				r,
				claims,
				'a complex web of approximately 400 different groups',
				'not in the article',
			);
			await edit(r, news, /^story: .*$/m, 'story: no-such-story');
		});
		expect(lines).toHaveLength(3);
		expect(lines.map((l) => l.split(':')[0]!.split('/').slice(-2).join('/'))).toEqual([
			'articles/sovereignty-is-not-for-sale.md',
			'articles/sovereignty-versus-security.md',
			'claims/sheinbaum-rejects-us-troops.yaml',
		]);
	});

	it('matches excerpts whatever their quote marks and white space', async () => {
		const lines = await broken((r) =>
			edit(
				r,
				claims,
				'excerpt: \'"cooperation, yes; subordination and intervention, no"\'',
				"excerpt: '“cooperation,   yes; subordination and intervention, no”'",
			),
		);
		expect(lines).toEqual([]);
	});
});

/** Where a content file's body starts: right after its closing `---`. */
const bodyStart = (text: string) => text.indexOf('\n---\n', 3) + 4;

/** Replaces a Markdown file's body (keeping its frontmatter) with `\n` and `text`. */
async function setBody(root: string, file: string, text: (body: string) => string): Promise<void> {
	const full = path.join(root, file);
	const old = await readFile(full, 'utf8');
	await writeFile(full, `${old.slice(0, bodyStart(old))}\n${text(old.slice(bodyStart(old) + 1))}`);
}

/** A body of `bytes` bytes (UTF-8) once validation reads it: the article's own, then prose. */
function bodyOfSize(original: string, bytes: number): string {
	const paragraph = `\n\n${'The government said on Tuesday that it would not accept foreign troops. '.repeat(14).trim()}`;
	let body = original.trimEnd();
	while (Buffer.byteLength(body) + paragraph.length < bytes - 2) body += paragraph;
	return `${body}\n${'x'.repeat(bytes - 2 - Buffer.byteLength(body))}`;
}

/** The 1-based body line holding `needle`, numbered as body messages number them. */
async function bodyLineOf(root: string, file: string, needle: string): Promise<number> {
	const text = await readFile(path.join(root, file), 'utf8');
	return (
		text
			.slice(bodyStart(text))
			.split('\n')
			.findIndex((line) => line.includes(needle)) + 1
	);
}

describe('validateContent on bodies that must not reach the parser', () => {
	const at = (file: string) => path.relative(process.cwd(), path.join(root, file));
	const dense = (line: number, marks: number, length: number) =>
		`is too dense with Markdown marks to parse quickly: the paragraph on body line ${line} holds ${marks} of [ ] * _ ~ \` \\ & < ! @ : and line breaks in ${length} characters (expected at most ${maxTextWork} steps of look-back, about marks × paragraph length; split long paragraphs with blank lines and remove stray marks)`;

	it('passes a body of exactly the size limit', async () => {
		const lines = await broken((r) => setBody(r, blog, (body) => bodyOfSize(body, maxBodyBytes)));
		expect(lines).toEqual([]);
	});

	it('passes a byte order mark at the start of a file', async () => {
		const lines = await broken(async (r) => {
			const full = path.join(r, blog);
			await writeFile(full, `\ufeff${await readFile(full, 'utf8')}`);
		});
		expect(lines).toEqual([]);
	});

	// Each case: what breaks the copy, and the one line (relative to the copy) it must produce.
	const refused: [string, (root: string) => Promise<void>, () => Promise<string>][] = [
		[
			'a body one byte over the size limit',
			(r) => setBody(r, blog, (body) => bodyOfSize(body, maxBodyBytes + 1)),
			async () =>
				`${at(blog)}: body: is ${maxBodyBytes + 1} bytes (expected at most ${maxBodyBytes} bytes (128 KiB); longer text takes the build too long)`,
		],
		[
			'`a] ` repeated 50,000 times',
			(r) => setBody(r, blog, () => `${'a] '.repeat(50_000)}\n`),
			async () =>
				`${at(blog)}: body: is 150002 bytes (expected at most ${maxBodyBytes} bytes (128 KiB); longer text takes the build too long)`,
		],
		[
			'`a] ` repeated 20,000 times',
			(r) => setBody(r, blog, () => `${'a] '.repeat(20_000)}\n`),
			async () => `${at(blog)}: body: ${dense(2, 20_000, 60_000)}`,
		],
		[
			'a story body of `a] ` repeated 20,000 times',
			(r) => setBody(r, story, () => `${'a] '.repeat(20_000)}\n`),
			async () => `${at(story)}: body: ${dense(2, 20_000, 60_000)}`,
		],
		[
			'2,000 one-word paragraphs',
			(r) => setBody(r, blog, () => 'Word.\n\n'.repeat(2_000)),
			async () =>
				`${at(blog)}: body: has too many lines to parse quickly: 2000 that may open a block, 0 that continue a paragraph, 2002 blank (expected at most ${maxBodyLines}, counting a continuing line as 1/4 and a blank one as 1/8; join lines that belong together)`,
		],
		[
			'700 nested list items',
			(r) => setBody(r, blog, (body) => `${body}\n${'- a\n  - b\n'.repeat(700)}`),
			async () => {
				const text = await readFile(path.join(root, blog), 'utf8');
				const line = await bodyLineOf(root, blog, '  - b');
				const length = text.length - bodyStart(text);
				return `${at(blog)}: body: has 700 nested list items, underlines, rules, HTML or definition lines from body line ${line} on, too many to parse quickly in ${length} characters (expected at most ${maxFlowWork} steps of look-back, such lines × body length; flatten nested lists)`;
			},
		],
		[
			'a NUL in a body',
			(r) => edit(r, blog, 'Let’s dive into this complex issue.', 'Let’s dive\0 in.'),
			async () =>
				`${at(blog)}: body: holds control character U+0000 (NUL) on body line ${await bodyLineOf(root, blog, 'dive\0')} (expected ${expectedWithoutControls})`,
		],
		[
			'a C1 control in a body',
			(r) => edit(r, blog, 'Let’s dive into this complex issue.', 'Let’s dive\u0085 in.'),
			async () =>
				`${at(blog)}: body: holds control character U+0085 (a C1 control) on body line ${await bodyLineOf(root, blog, 'dive\u0085')} (expected ${expectedWithoutControls})`,
		],
		[
			'a byte order mark inside a body',
			(r) => edit(r, blog, 'Let’s dive into this complex issue.', 'Let’s dive\ufeff in.'),
			async () =>
				`${at(blog)}: body: holds control character U+FEFF (a byte order mark) on body line ${await bodyLineOf(root, blog, 'dive\ufeff')} (expected ${expectedWithoutControls})`,
		],
		[
			'an escape character in frontmatter',
			(r) => edit(r, blog, /^kind: blog$/m, 'kind: blog\u001b'),
			async () => {
				const text = await readFile(path.join(root, blog), 'utf8');
				const line = text.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
				return `${at(blog)}: (frontmatter): holds control character U+001B (ESC) on line ${line} (expected ${expectedWithoutControls})`;
			},
		],
		[
			'a NUL written as a YAML escape',
			(r) => edit(r, blog, /^kind: blog$/m, 'kind: "blog\\0"'),
			async () =>
				`${at(blog)}: kind: holds control character U+0000 (NUL) (expected ${expectedWithoutControls})`,
		],
		[
			'a NUL in a raw file',
			async (r) => {
				const raw = Buffer.from('A Clash of Sovereignty and Security\nMexico\0 says no.\n');
				await writeFile(path.join(r, 'raw/sovereignty-versus-security.txt'), raw);
				await edit(r, blog, /sha256: [0-9a-f]{64}/, `sha256: ${sha256(raw)}`);
			},
			async () =>
				`${at(blog)}: provenance.raw: content/raw/sovereignty-versus-security.txt holds control character U+0000 (NUL) on line 2 (expected ${expectedWithoutControls})`,
		],
		[
			'a raw file over the size limit',
			async (r) => {
				const raw = Buffer.alloc(maxBodyBytes + 1, 'word ');
				await writeFile(path.join(r, 'raw/sovereignty-versus-security.txt'), raw);
				await edit(r, blog, /sha256: [0-9a-f]{64}/, `sha256: ${sha256(raw)}`);
			},
			async () =>
				`${at(blog)}: provenance.raw: content/raw/sovereignty-versus-security.txt is ${maxBodyBytes + 1} bytes (expected at most ${maxBodyBytes} bytes for one article, as ingestion accepts)`,
		],
		[
			'a content file over 1 MiB',
			async (r) => {
				const full = path.join(r, claims);
				await writeFile(full, `${await readFile(full, 'utf8')}# ${'x'.repeat(maxFileBytes)}\n`);
			},
			async () => {
				const bytes = (await readFile(path.join(root, claims))).length;
				return `${at(claims)}: (file): is ${bytes} bytes (expected at most ${maxFileBytes} bytes (1 MiB))`;
			},
		],
	];

	it.each(refused)('refuses %s in exactly one line', async (_name, breakIt, expected) => {
		const lines = await broken(breakIt);
		expect(lines).toEqual([await expected()]);
	});
});
