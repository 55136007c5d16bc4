import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../support/content-fixture.ts';
import { listFiles } from '../../scripts/lib/dist-files.ts';
import { run, type RunResult } from '../../scripts/lib/run.ts';

const story = 'sheinbaum-rejects-us-troops';
const article = 'articles/sovereignty-versus-security.md';
const claims = `claims/${story}.yaml`;
const prose =
	'The government said on Tuesday that it would not accept foreign troops on its soil, whatever the offer.';
const billionLaughs = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...'bcdefghi'
		.split('')
		.map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');
const notBinary = Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919 + 13) % 255) + 1));

/** Every line a command printed on stderr is a message: no stack frames, no blank noise. */
function expectMessagesOnly(result: RunResult) {
	expect(result.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
}

describe('npm run ingest on hostile files', () => {
	let root: string;
	let inputs: string;
	let before: string[];
	const ingest = (file: string, id: string) =>
		run('node', ['scripts/ingest.ts', path.join(inputs, file), '--story', story, '--id', id], {
			PARALLAX_CONTENT_DIR: root,
		});

	beforeAll(async () => {
		root = await copyContent();
		inputs = await mkdtemp(path.join(tmpdir(), 'parallax-hostile-'));
		const files: [string, string | Buffer][] = [
			['empty.txt', ''],
			['huge.txt', Buffer.alloc(10 * 1024 * 1024, `${prose}\n`)],
			['nul.txt', `${prose}\0${prose}`],
			['random.bin', notBinary],
			['latin1.txt', Buffer.from(`${prose} Café, señor.`, 'latin1')],
			['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')])],
			[
				'crlf.txt',
				`Senate Passes the Border Bill\r\n\r\n${prose}\r\nShare this:\r\n${prose} Again.\r\n`,
			],
			// One long line, under the 128 KiB body limit (src/lib/content/limits.ts).
			['one-line.txt', `${prose} `.repeat(Math.ceil(100_000 / prose.length))],
			['quotes.txt', `${prose}\n${'>'.repeat(10_000)} ${prose}\n${'- '.repeat(10_000)}end`],
			['bomb.txt', `---\n${billionLaughs}\n---\n${prose}`],
		];
		for (const [name, data] of files) await writeFile(path.join(inputs, name), data);
		before = await listFiles(root);
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
		await rm(inputs, { recursive: true, force: true });
	});

	it.each([
		['empty.txt', 'is empty (expected the text of an article)'],
		['huge.txt', 'is 10485760 bytes (expected at most 131072 bytes for one article)'],
		['nul.txt', 'holds control character U+0000 (NUL) on line 1 (expected text without control characters'],
		['random.bin', 'is not UTF-8 text (expected UTF-8'],
		['latin1.txt', 'is not UTF-8 text (expected UTF-8 (convert it first, e.g. `iconv -f latin1'],
		['utf16.txt', 'is UTF-16 text (expected UTF-8 (convert it first, e.g. `iconv -f utf-16'],
	])('refuses %s in one line and writes nothing', { timeout: 30_000 }, async (file, message) => {
		const result = await ingest(file, 'refused');
		expect(result.code).toBe(1);
		const [first, ...rest] = result.stderr.trim().split('\n');
		expect(first).toContain(`${file}: (file): ${message}`);
		expect(rest.filter((line) => !/^nothing written: 1 problem\(s\)$/.test(line))).toEqual([]);
		expectMessagesOnly(result);
		expect(await listFiles(root)).toEqual(before);
	});

	it.each([
		['crlf.txt', 'crlf'],
		['one-line.txt', 'one-line'],
		['quotes.txt', 'quotes'],
		['bomb.txt', 'bomb'],
	])('turns %s into an article that validates', { timeout: 30_000 }, async (file, id) => {
		const result = await ingest(file, id);
		expectMessagesOnly(result);
		expect(result.code).toBe(0);
		expect(await readFile(path.join(root, 'raw', `${id}.txt`))).toEqual(
			await readFile(path.join(inputs, file)),
		);
		const validated = await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: root });
		expect(validated.stderr).toBe('');
		expect(validated.code).toBe(0);
	});
});

describe('npm run validate on hostile files', () => {
	/** Runs validate on a fresh copy of the content changed by `change`, then restores it. */
	async function validateWith(change: (root: string) => Promise<void>): Promise<RunResult> {
		const fixture = await copyContent();
		try {
			await change(fixture);
			const before = await listFiles(fixture);
			const result = await run('node', ['scripts/validate.ts'], { PARALLAX_CONTENT_DIR: fixture });
			expectMessagesOnly(result);
			expect(await listFiles(fixture), 'validate writes nothing').toEqual(before);
			return {
				...result,
				stderr: result.stderr.replaceAll(path.relative(process.cwd(), fixture), 'content'),
			};
		} finally {
			await rm(fixture, { recursive: true, force: true });
		}
	}
	const put = (file: string, data: string | Buffer) => (fixture: string) =>
		writeFile(path.join(fixture, file), data);
	const rewrite =
		(file: string, change: (text: string) => string | Buffer) => async (fixture: string) =>
			writeFile(path.join(fixture, file), change(await readFile(path.join(fixture, file), 'utf8')));
	const problems = (result: RunResult) => result.stderr.trim().split('\n').slice(0, -1);

	it.each([
		['an empty article', put('articles/empty.md', ''), 'content/articles/empty.md: body: is empty'],
		[
			'random bytes',
			put('articles/random.md', notBinary),
			'content/articles/random.md: (file): is not valid UTF-8 text',
		],
		[
			'a Latin-1 article',
			put('articles/latin1.md', Buffer.from(`---\nheadline: Café\n---\n${prose}`, 'latin1')),
			'content/articles/latin1.md: (file): is not valid UTF-8 text',
		],
		[
			'a UTF-16 article',
			put(
				'articles/utf16.md',
				Buffer.concat([
					Buffer.from([0xff, 0xfe]),
					Buffer.from(`---\nx: 1\n---\n${prose}`, 'utf16le'),
				]),
			),
			'content/articles/utf16.md: (file): is not valid UTF-8 text',
		],
		[
			'NUL bytes in frontmatter',
			rewrite(article, (text) => text.replace('kind: blog', 'kind: blog\0')),
			`content/${article}: (frontmatter): holds control character U+0000 (NUL) on line`,
		],
		[
			'10,000 nested quote marks',
			rewrite(article, (text) => `${text}\n${'>'.repeat(10_000)} deep\n`),
			`content/${article}: body: nests quotes or lists 10000 levels deep on body line`,
		],
		[
			'lists nested 300 deep by indentation',
			rewrite(
				article,
				(text) =>
					`${text}\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')}\n`,
			),
			`content/${article}: body: nests quotes or lists 300 levels deep on body line`,
		],
		[
			'YAML aliases (billion laughs) in frontmatter',
			rewrite(article, (text) =>
				text
					.replace('---\n', `---\n${billionLaughs}\nsummary: *i\n`)
					.replace(/^summary: A first.*\n/m, ''),
			),
			`content/${article}: summary: must be text (expected string)`,
		],
		[
			'YAML aliases (billion laughs) in a claim map',
			rewrite(claims, (text) => `${billionLaughs}\n${text}`),
			`content/${claims}: a: is not a known field (expected only the fields the schema defines)`,
		],
		[
			'YAML aliases (billion laughs) as a claim list',
			put(claims, `${billionLaughs}\nclaims: *i\n`),
			`content/${claims}: claims.0: Invalid input: expected object, received array (expected a mapping of fields)`,
		],
	])('reports %s in clear lines, quickly', { timeout: 30_000 }, async (_, change, first) => {
		const result = await validateWith(change);
		expect(result.code).toBe(1);
		expect(problems(result)[0]).toMatch(
			new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
		for (const line of problems(result))
			expect(line).toMatch(/^content\/\S+: \S+: .+ \(expected .+\)$/);
		expect(result.stderr.trim().split('\n').at(-1)).toMatch(
			/^\d+ problem\(s\) in \d+ file\(s\); nothing is published until they are fixed$/,
		);
	});

	it('reports a 10 MB article without hanging', { timeout: 60_000 }, async () => {
		const result = await validateWith(
			put('articles/huge.md', `---\nx: 1\n---\n${`${prose}\n\n`.repeat(95_000)}`),
		);
		expect(result.code).toBe(1);
		expect(problems(result)[0]).toMatch(
			/^content\/articles\/huge\.md: \(file\): is \d+ bytes \(expected at most 1048576 bytes/,
		);
	});

	it.each([
		[
			'CRLF line endings',
			async (fixture: string) => {
				await rewrite(article, (text) => text.replace(/\n/g, '\r\n'))(fixture);
				await rewrite(claims, (text) => text.replace(/\n/g, '\r\n'))(fixture);
			},
		],
		[
			'a 100 KB single line in a body',
			rewrite(
				article,
				(text) => `${text}\n${`${prose} `.repeat(Math.ceil(100_000 / prose.length))}\n`,
			),
		],
	])('accepts %s', { timeout: 30_000 }, async (_, change) => {
		const result = await validateWith(change);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^content ok: /);
	});
});
