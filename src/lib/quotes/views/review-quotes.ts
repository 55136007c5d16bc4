import type { CuratedQuote } from '../../../schemas/article.ts';
import type { Person } from '../../../schemas/people.ts';
import { type TextBlock, textBlocks } from '../../../markdown/hast/text-blocks.ts';
import { articleTree } from '../../../markdown/pipeline.ts';
import { type ArticleQuote, articleQuotes } from './article-quotes.ts';

/** A quotation as an editor reviews it: where it stands in the file they opened. */
export interface ReviewedQuote extends ArticleQuote {
	/** Offsets into the file (UTF-16 code units); undefined when Markdown escapes hide the spot. */
	fileStart: number | undefined;
	fileEnd: number | undefined;
	/** 1-based line and column of the quote's start in the file. */
	line: number | undefined;
	column: number | undefined;
}

/** The quotations in a Markdown body that starts at `offset` in its file (after the frontmatter). */
export function reviewMarkdown(
	file: string,
	offset: number,
	people: readonly Person[],
	curated: readonly CuratedQuote[] = [],
): ReviewedQuote[] {
	const blocks = textBlocks(articleTree(file.slice(offset)));
	return articleQuotes(
		blocks.map((block) => block.text),
		people,
		curated,
	).map((quote) => {
		const start = sourceOffset(blocks[quote.block]!, quote.start);
		const end = sourceOffset(blocks[quote.block]!, quote.end);
		return withPlace(
			file,
			quote,
			start === undefined ? undefined : start + offset,
			end === undefined ? undefined : end + offset,
		);
	});
}

/** The quotations in raw text as received, a non-empty line a block. */
export function reviewRawText(file: string, people: readonly Person[]): ReviewedQuote[] {
	const lines = [...file.matchAll(/[^\r\n]+/g)].filter((line) => line[0].trim());
	return articleQuotes(
		lines.map((line) => line[0]),
		people,
	).map((quote) => {
		const lineStart = lines[quote.block]!.index;
		return withPlace(file, quote, lineStart + quote.start, lineStart + quote.end);
	});
}

function withPlace(
	file: string,
	quote: ArticleQuote,
	start: number | undefined,
	end: number | undefined,
): ReviewedQuote {
	if (start === undefined)
		return { ...quote, fileStart: undefined, fileEnd: end, line: undefined, column: undefined };
	const before = file.slice(0, start);
	const line = before.split('\n').length;
	return {
		...quote,
		fileStart: start,
		fileEnd: end,
		line,
		column: start - before.lastIndexOf('\n'),
	};
}

/** Maps an offset in a block's text to the Markdown source, through the text node's position. */
function sourceOffset(block: TextBlock, offset: number): number | undefined {
	const segment = block.segments.find((s) => offset >= s.start && offset <= s.end);
	const position = segment?.node.position;
	if (!segment || !position?.start.offset || position.end.offset === undefined) return undefined;
	// Escapes and entities make the source longer than the text: then the spot is not exact.
	if (position.end.offset - position.start.offset !== segment.node.value.length) return undefined;
	return position.start.offset + (offset - segment.start);
}
