import { articleSchema, type Article } from '../../schemas/article.ts';
import { bodyProblems } from '../content/checks/body.ts';
import { expectedWithoutControls, firstControlCharacter } from '../content/control-characters.ts';
import { writeFrontmatter } from '../content/frontmatter.ts';
import { maxBodyBytes } from '../content/limits.ts';
import { problemsFromZod, type Problem } from '../content/problems.ts';
import { rawLines, sha256, utf8Text } from '../content/raw-text.ts';
import { slugify } from '../text/slug.ts';
import { blocksToMarkdown } from './article-markdown.ts';
import { detectLanguage } from './function-words.ts';
import { structureLines } from './structure-lines.ts';
import type { NotedLine } from './structured-text.ts';

/** What the editor tells ingestion; anything left out stays unknown. */
export interface IngestOptions {
	story: string;
	id?: string | undefined;
	title?: string | undefined;
	outlet?: string | undefined;
	author?: string | undefined;
	/** `YYYY-MM-DD` or `YYYY-MM`. */
	date?: string | undefined;
	url?: string | undefined;
	kind?: string | undefined;
	/** The article's language (`en`, `es`); detected from its function words when left out. */
	language?: string | undefined;
}

/** An ingested article, ready to write, or the problems that stop it. */
export interface IngestResult {
	id: string;
	/** The full `content/articles/<id>.md` text. */
	markdown: string;
	frontmatter: Article | undefined;
	/** Lines an editor should look at before publishing. */
	review: NotedLine[];
	problems: Problem[];
}

/**
 * Raw files larger than this are refused: the body limit (128 KiB, limits.ts), since a raw file
 * is the article's text before cleaning. Cleaning can also lengthen a body (escapes); the body
 * check then refuses what would not validate.
 */
export const maxRawBytes = maxBodyBytes;

/** A headline derived from the opening sentence: its first clause when the sentence runs long. */
export function deriveHeadline(opening: string): string {
	const segment = new Intl.Segmenter('en', { granularity: 'sentence' })
		.segment(opening)
		[Symbol.iterator]()
		.next();
	const sentence = (segment.done ? opening : segment.value.segment).trim().replace(/[.!?]$/, '');
	if (sentence.length <= 90) return sentence;
	const clause = sentence.slice(0, 90).match(/^(.{30,}?)(?:,|—|–| - )/)?.[1];
	return clause ? clause.trim() : `${sentence.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

function dated(date: string | undefined): unknown {
	if (date === undefined) return { precision: 'unknown' };
	return /^\d{4}-\d{2}$/.test(date)
		? { precision: 'month', value: date }
		: { precision: 'day', value: date };
}

/**
 * Turns a raw scraped text into an article: the cleaned body as Markdown and frontmatter
 * that records every removed, edited and doubtful line. Pure: reads and writes nothing.
 */
export function ingestArticle(
	bytes: Uint8Array,
	options: IngestOptions,
	file = 'the raw file',
): IngestResult {
	const fail = (message: string, expected: string): IngestResult => ({
		id: options.id ?? '',
		markdown: '',
		frontmatter: undefined,
		review: [],
		problems: [{ file, field: '(file)', message, expected }],
	});
	if (bytes.length === 0) return fail('is empty', 'the text of an article');
	if (bytes.length > maxRawBytes)
		return fail(`is ${bytes.length} bytes`, `at most ${maxRawBytes} bytes for one article`);
	// UTF-16 text is full of NUL bytes too; its byte order mark tells it from binary.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return fail('is UTF-16 text', 'UTF-8 (convert it first, e.g. `iconv -f utf-16 -t utf-8`)');
	const text = utf8Text(bytes);
	if (text === undefined)
		return bytes.includes(0)
			? fail('is binary (it holds NUL bytes)', 'a plain-text article')
			: fail('is not UTF-8 text', 'UTF-8 (convert it first, e.g. `iconv -f latin1 -t utf-8`)');
	// A byte order mark may open the file: the line edits drop it.
	const control = firstControlCharacter(text, true);
	if (control)
		return fail(
			`holds control character ${control.name} on line ${control.line}`,
			expectedWithoutControls,
		);

	const lines = rawLines(text);
	const structured = structureLines(lines);
	const body = blocksToMarkdown(structured.blocks);
	const opening = structured.blocks.find((b) => b.type === 'paragraph');
	const headline = options.title
		? { text: options.title, source: 'editor' as const }
		: structured.headline
			? { text: structured.headline.text, source: 'article' as const }
			: { text: opening ? deriveHeadline(opening.line.text) : '', source: 'derived' as const };
	const id = options.id ?? slugify(headline.text);
	const articleFile = `content/articles/${id}.md`;

	const data = {
		headline,
		...(structured.dek ? { dek: structured.dek.text } : {}),
		language: options.language ?? detectLanguage(lines),
		story: options.story,
		outlet: options.outlet ?? structured.outlet ?? null,
		author: options.author ?? null,
		date: dated(options.date),
		url: options.url ?? null,
		kind: options.kind ?? null,
		stance: null,
		summary: null,
		provenance: {
			raw: `raw/${id}.txt`,
			sha256: sha256(bytes),
			removed: structured.removed.sort((a, b) => a.line - b.line),
			edited: structured.edited,
			flagged: structured.flagged,
		},
	};
	const review = [...structured.flagged];
	if (!options.outlet && structured.outlet) {
		review.push({
			line: 0,
			text: structured.outlet,
			reason: 'outlet taken from a "Discover more from …" line',
		});
	}
	const parsed = articleSchema.safeParse(data);
	const problems = parsed.success ? [] : problemsFromZod(articleFile, data, parsed.error);
	// A blank line after the frontmatter, then the text. Checked as validation reads it back
	// (with the closing line's newline in front), so an article that ingests validates.
	const written = `\n${body}`;
	problems.push(...bodyProblems(articleFile, `\n${written}`));
	return {
		id,
		markdown: writeFrontmatter(data, written),
		frontmatter: parsed.success ? parsed.data : undefined,
		review,
		problems,
	};
}
