import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

interface JsonQuote {
	text: string;
	speaker: string | null;
	kind: string;
	confidence: number;
	start: number | null;
	end: number | null;
}

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'parallax-quotes-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const quotes = (...args: string[]) =>
	run('node', ['scripts/quotes.ts', ...args], { PARALLAX_CONTENT_DIR: fixtureContentDir });
/** A file of the fixture content, as a path from the project root (as an editor types it). */
const fixtureFile = (file: string) =>
	path.relative(process.cwd(), path.join(fixtureContentDir, file));

describe('npm run quotes', () => {
	it('prints every quote of an article as JSON, with offsets into the file', async () => {
		const file = fixtureFile('articles/sovereignty-is-not-for-sale.md');
		const result = await quotes(file, '--json');
		expect(result.code).toBe(0);
		const found = JSON.parse(result.stdout) as JsonQuote[];
		const source = await readFile(file, 'utf8');
		expect(found.map((q) => [q.kind, q.speaker])).toEqual([
			['direct', 'claudia-sheinbaum'],
			['nested', 'donald-trump'],
			['direct', 'claudia-sheinbaum'],
			['nested', 'claudia-sheinbaum'],
			['direct', 'james-hewitt'],
			['direct', null],
		]);
		for (const quote of found) {
			expect(Object.keys(quote)).toEqual(
				expect.arrayContaining(['text', 'speaker', 'kind', 'confidence', 'start', 'end']),
			);
			expect(source.slice(quote.start!, quote.end!)).toBe(quote.text);
		}
	});

	it('reads raw text as received, pull quotes included', async () => {
		const file = fixtureFile('raw/sovereignty-versus-security.txt');
		const result = await quotes(file, '--json');
		const found = JSON.parse(result.stdout) as JsonQuote[];
		const source = await readFile(file, 'utf8');
		expect(found.filter((q) => q.kind === 'pull')).toHaveLength(2);
		for (const quote of found) expect(source.slice(quote.start!, quote.end!)).toBe(quote.text);
	});

	it('prints a readable review: where, kind, confidence, speaker and reason', async () => {
		const file = fixtureFile('articles/sovereignty-is-not-for-sale.md');
		const result = await quotes(file);
		expect(result.stdout).toContain(`${file}: 6 quotation(s)`);
		expect(result.stdout).toMatch(/^\d+:\d+\s+nested 0\.\d\d {2}Donald Trump$/m);
		expect(result.stdout).toContain('(no attribution)');
	});

	it('fails clearly on a missing file, a non-UTF-8 file, or no file', async () => {
		const missing = await quotes(path.join(dir, 'nope.md'));
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/nope\.md: \(file\): cannot be read/);

		const latin1 = path.join(dir, 'latin1.txt');
		await writeFile(latin1, Buffer.from('Sheinbaum dijo: \u00absoberan\u00eda\u00bb', 'latin1'));
		const encoded = await quotes(latin1);
		expect(encoded.code).toBe(1);
		expect(encoded.stderr).toContain('latin1.txt: (file): is not UTF-8 text');

		const none = await quotes();
		expect(none.code, 'a usage error exits 2').toBe(2);
		expect(none.stderr).toContain('usage: npm run quotes');
		for (const result of [missing, encoded, none]) expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
