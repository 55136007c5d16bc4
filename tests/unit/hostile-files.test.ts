import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/content/checks/body.ts';
import {
	ingestArticle,
	maxRawBytes,
	type IngestResult,
} from '../../src/lib/ingest/ingest-article.ts';
import { editLine } from '../../src/lib/ingest/line-edits.ts';
import { deepestNesting, markdownText, parseMarkdown } from '../../src/markdown/markdown-text.ts';
import { expectedWithoutControls } from '../../src/lib/content/control-characters.ts';
import { maxTextWork } from '../../src/lib/content/limits.ts';
import { rawLines } from '../../src/lib/content/raw-text.ts';

const story = 'sheinbaum-rejects-us-troops';
const prose =
	'The government said on Tuesday that it would not accept foreign troops on its soil, whatever the offer.';

const ingest = (bytes: Uint8Array): IngestResult =>
	ingestArticle(bytes, { story, id: 'hostile' }, 'in.txt');
const problemsOf = (bytes: Uint8Array) =>
	ingest(bytes).problems.map((p) => `${p.file}: ${p.field}: ${p.message} (expected ${p.expected})`);
const bodyOf = (result: IngestResult) =>
	result.markdown.slice(result.markdown.indexOf('\n---\n') + 5);

/**
 * The words of a text, letters and digits only: what no cleaning, escaping or Markdown
 * structure may change. Words are split at white space and table pipes; any other mark
 * (`**`, `\\`, `[`) is dropped without splitting, as Markdown drops it ("A**B**C" reads "ABC").
 */
const words = (text: string) =>
	text
		.normalize('NFC')
		.split(/[\s|]+/)
		.map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter(Boolean)
		.join(' ');

/** Bytes that are not UTF-8 and hold no NUL: a deterministic stand-in for random bytes. */
const randomBytes = Buffer.from(
	Array.from({ length: 4096 }, (_, i) => ((i * 7919 + 13) % 255) + 1),
);
const billionLaughs = [
	'---',
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...'bcdefghi'
		.split('')
		.map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
	'---',
].join('\n');

describe('ingestArticle on hostile files', () => {
	it.each([
		[
			'an empty file',
			Buffer.alloc(0),
			'in.txt: (file): is empty (expected the text of an article)',
		],
		[
			'a 10 MB file',
			Buffer.alloc(10 * 1024 * 1024, 'word '),
			`in.txt: (file): is 10485760 bytes (expected at most ${maxRawBytes} bytes for one article)`,
		],
		[
			'binary bytes with NUL',
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]),
			'in.txt: (file): is binary (it holds NUL bytes) (expected a plain-text article)',
		],
		[
			'text with a NUL',
			Buffer.from(`${prose}\n${prose}\0\0\0`),
			`in.txt: (file): holds control character U+0000 (NUL) on line 2 (expected ${expectedWithoutControls})`,
		],
		[
			'text with an escape sequence',
			Buffer.from(`${prose}\n\n\u001b[31m${prose}`),
			`in.txt: (file): holds control character U+001B (ESC) on line 3 (expected ${expectedWithoutControls})`,
		],
		[
			'text with a C1 control',
			Buffer.from(`${prose}\u0085${prose}`),
			`in.txt: (file): holds control character U+0085 (a C1 control) on line 1 (expected ${expectedWithoutControls})`,
		],
		[
			'text with a byte order mark inside',
			Buffer.from(`\ufeff${prose}\n\ufeff${prose}`),
			`in.txt: (file): holds control character U+FEFF (a byte order mark) on line 2 (expected ${expectedWithoutControls})`,
		],
		[
			'a line of 60,000 brackets, too dense to parse once escaped',
			Buffer.from(`${prose} ${']'.repeat(60_000)}`),
			// Every `]` is written as `\]`: 60,000 escapes in one paragraph on body line 3.
			`content/articles/hostile.md: body: is too dense with Markdown marks to parse quickly: the paragraph on body line 3 holds 60000 of [ ] * _ ~ \` \\ & < ! @ : and line breaks in ${prose.length + 120_001} characters (expected at most ${maxTextWork} steps of look-back, about marks × paragraph length; split long paragraphs with blank lines and remove stray marks)`,
		],
		[
			'random bytes',
			randomBytes,
			'in.txt: (file): is not UTF-8 text (expected UTF-8 (convert it first, e.g. `iconv -f latin1 -t utf-8`))',
		],
		[
			'Latin-1 text',
			Buffer.from(`${prose} Café, señor.`, 'latin1'),
			'in.txt: (file): is not UTF-8 text (expected UTF-8 (convert it first, e.g. `iconv -f latin1 -t utf-8`))',
		],
		[
			'UTF-16 text with a byte order mark',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')]),
			'in.txt: (file): is UTF-16 text (expected UTF-8 (convert it first, e.g. `iconv -f utf-16 -t utf-8`))',
		],
		[
			'big-endian UTF-16 text',
			Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(prose, 'utf16le').swap16()]),
			'in.txt: (file): is UTF-16 text (expected UTF-8 (convert it first, e.g. `iconv -f utf-16 -t utf-8`))',
		],
	])('refuses %s with one clear problem', (_, bytes, problem) => {
		expect(problemsOf(bytes)).toEqual([problem]);
	});

	it.each([
		[
			'CRLF line endings',
			`${prose}\r\n\r\nSubscribe now\r\n${prose.replace('Tuesday', 'Monday')}\r\n`,
		],
		[
			'a single line just under the size limit',
			`${prose} `.repeat(Math.floor((maxRawBytes - 3) / (prose.length + 1))),
		],
		['a line of 2,000 brackets', `${prose} ${'a] ['.repeat(100)}${']'.repeat(2_000)}`],
		['a byte order mark at the start', `\ufeff${prose}`],
		['10,000 nested quote marks', `${prose}\n${'>'.repeat(10_000)} ${prose}`],
		['10,000 nested list markers', `${prose}\n${'- '.repeat(10_000)}${prose}`],
		[
			'list nesting by indentation',
			`${prose}\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- ${i}`).join('\n')}`,
		],
		['YAML aliases (billion laughs) as text', `${billionLaughs}\n${prose}`],
	])('turns %s into an article that keeps the text as text', { timeout: 20_000 }, (_, text) => {
		const result = ingest(Buffer.from(text));
		expect(result.problems).toEqual([]);
		const body = bodyOf(result);
		expect(deepestNesting(body).depth).toBeLessThanOrEqual(1);
		const kept = rawLines(text).filter(
			(_, i) => !result.frontmatter!.provenance.removed.some((r) => r.line === i + 1),
		);
		expect(words(markdownText(parseMarkdown(body)))).toBe(words(kept.join('\n')));
	});
});

describe('body checks on hostile Markdown', () => {
	it.each([
		['10,000 quote marks', `${'>'.repeat(10_000)} deep`, 10_000, 1],
		['10,000 list markers', `${prose}\n\n${'- '.repeat(10_000)}x`, 10_000, 3],
		[
			'list nesting by indentation',
			Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n'),
			300,
			300,
		],
	])('refuse %s before parsing, naming the line', { timeout: 5_000 }, (_, body, depth, line) => {
		expect(bodyProblems('x.md', body)).toEqual([
			{
				file: 'x.md',
				field: 'body',
				message: `nests quotes or lists ${depth} levels deep on body line ${line}`,
				expected: 'at most 100 levels; article text is data, not markup',
			},
		]);
	});

	it('accept the nesting real articles use', () => {
		const body = `> A quote\n>\n> – Someone\n\n- one\n  - two\n    1. three\n\n${prose}`;
		expect(deepestNesting(body).depth).toBeLessThan(10);
		expect(bodyProblems('x.md', body)).toEqual([]);
	});
});

/** Lines shaped like what scrapers leave: prose, titles, residue, lists, tables, markup. */
const line = fc.oneof(
	fc.constantFrom(
		prose,
		'Mexico Responds with Crackdown Amid Tariff Threats',
		'Share this:',
		'Advertisement',
		'Read more: Ten things to know',
		'Discover more from Example News',
		'© 2026 Example News',
		'- a list item with words',
		'* another item',
		'• a bullet',
		'Program | Cost |',
		'---|---',
		'– A senior senator',
		'## An Old Heading',
		'1. Not a list but a number',
		'> not a quote',
		'A **bold** claim and a stray ** marker .',
		'<script>alert(1)</script> & &amp; &#65; [x](javascript:y) ![i](data:z)',
		'``` fence',
		'    indented code?',
		'\\ back \\slash',
		'',
		'   ',
	),
	fc.string({ maxLength: 60 }),
	fc.string({
		unit: fc.constantFrom(
			'a',
			'B',
			' ',
			'*',
			'_',
			'[',
			']',
			'<',
			'>',
			'#',
			'|',
			'-',
			'&',
			'`',
			'\\',
			'.',
			'\t',
			'\r',
			'é',
			'"',
		),
		maxLength: 40,
	}),
);
const rawText = fc
	.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
	.map(([lines, eol]) => lines.join(eol));
/** Raw text with one line of prose somewhere, so that ingestion has an article to make. */
const articleText = fc
	.tuple(fc.array(line, { maxLength: 29 }), fc.nat(), fc.constantFrom('\n', '\r\n'))
	.map(([lines, at, eol]) => lines.toSpliced(at % (lines.length + 1), 0, prose).join(eol));

describe('ingestArticle, for any text', () => {
	it('never throws: it returns an article or the problems that stop it', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), rawText), (text) => {
				const result = ingest(Buffer.from(text));
				expect(result.problems.length > 0 || result.frontmatter !== undefined).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('never throws on any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				expect(() => ingest(bytes)).not.toThrow();
			}),
			{ numRuns: 300 },
		);
	});

	it('keeps, in order, the words of every line it does not list as removed', () => {
		// Texts that ingestion refuses (nothing left once residue is gone, no headline to
		// derive) have no words to check: count the runs that reach the checks, so that the
		// property cannot pass by refusing everything.
		let runs = 0;
		let checked = 0;
		fc.assert(
			fc.property(articleText, (text) => {
				runs++;
				const result = ingest(Buffer.from(text));
				if (result.problems.length > 0) return;
				checked++;
				const { removed, edited, flagged } = result.frontmatter!.provenance;
				// What ingestion sees: the text as decoded (lone surrogates become U+FFFD).
				const lines = rawLines(new TextDecoder().decode(Buffer.from(text)));
				// Provenance names each line by its number and its exact raw text.
				for (const noted of [...removed, ...edited, ...flagged])
					expect(noted.text).toBe(lines[noted.line - 1]);
				const gone = new Set(removed.map((r) => r.line));
				// An edited line is kept as its recorded edit left it (a stray `**` or a space
				// before punctuation removed); any other line as it stands.
				const changed = new Set(edited.map((e) => e.line));
				const keptText = (raw: string, line: number) =>
					changed.has(line) ? editLine(raw.replace(/^\uFEFF/, '').trim()).text : raw;
				const body = ` ${words(markdownText(parseMarkdown(bodyOf(result))))} `;
				let from = 0;
				lines.forEach((raw, i) => {
					const kept = words(keptText(raw, i + 1));
					if (gone.has(i + 1) || kept === '') return;
					const at = body.indexOf(` ${kept} `, from);
					expect(
						at,
						`line ${i + 1} (${JSON.stringify(raw)}) is missing or out of order`,
					).toBeGreaterThanOrEqual(0);
					from = at + kept.length + 1;
				});
			}),
			{ numRuns: 300 },
		);
		expect(runs).toBe(300);
		expect(checked, `${checked} of ${runs} runs reached the checks`).toBeGreaterThanOrEqual(
			0.9 * runs,
		);
	});
});
