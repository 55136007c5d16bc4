import { curatedQuoteSchema } from '../../../schemas/article.ts';
import type { Person } from '../../../schemas/people.ts';
import { parseYaml, splitFrontmatter } from '../../content/frontmatter.ts';
import { utf8Text } from '../../content/raw-text.ts';
import { type ReviewedQuote, reviewMarkdown, reviewRawText } from './review-quotes.ts';

/** A file's quotations for review, or why the file cannot be read (`field: message`). */
export type QuotedFile = { quotes: ReviewedQuote[] } | { problem: string };

/**
 * The quotations in an article file: a Markdown article (its body, with the curated
 * quotes of its frontmatter applied) or raw text as received (`.txt`, every line a block).
 */
export function quotedFile(name: string, bytes: Uint8Array, people: readonly Person[]): QuotedFile {
	const text = utf8Text(bytes);
	if (text === undefined)
		return { problem: '(file): is not UTF-8 text (expected a UTF-8 article)' };
	if (!name.endsWith('.md')) return { quotes: reviewRawText(text, people) };
	const parts = splitFrontmatter(text);
	if (parts.yaml === undefined) return { quotes: reviewMarkdown(text, 0, people) };
	let data: unknown;
	try {
		data = parseYaml(parts.yaml);
	} catch (error) {
		return { problem: `(frontmatter): ${(error as Error).message.split('\n')[0]} (expected YAML)` };
	}
	const quotes = (data as { quotes?: unknown } | null)?.quotes ?? [];
	const curated = curatedQuoteSchema.array().safeParse(quotes);
	if (!curated.success)
		return {
			problem: 'quotes: is not a list of curated quotes (run npm run validate for details)',
		};
	return { quotes: reviewMarkdown(text, parts.bodyOffset, people, curated.data) };
}
