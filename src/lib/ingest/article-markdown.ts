import type { BlockContent, PhrasingContent, Root, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { tableCells } from './line-shapes.ts';
import type { Block } from './structured-text.ts';

/**
 * Inline content of a line. Raw text is text: everything is a text node (so the
 * serialiser escapes `*`, `<`, `[`), except a balanced `**bold**`, which authors meant.
 */
function phrasing(text: string): PhrasingContent[] {
	return text.split(/\*\*(?=\S)(.+?)(?<=\S)\*\*/).flatMap((part, i): PhrasingContent[] => {
		if (part === '') return [];
		return i % 2 === 1
			? [{ type: 'strong', children: [{ type: 'text', value: part }] }]
			: [{ type: 'text', value: part }];
	});
}

function paragraph(text: string): BlockContent {
	return { type: 'paragraph', children: phrasing(text) };
}

function toMdast(block: Block): BlockContent {
	switch (block.type) {
		case 'paragraph':
			return paragraph(block.line.text);
		case 'heading':
			return { type: 'heading', depth: 2, children: phrasing(block.line.text) };
		case 'list':
			return {
				type: 'list',
				ordered: false,
				spread: false,
				children: block.items.map((item) => ({
					type: 'listItem',
					spread: false,
					children: [paragraph(item.text)],
				})),
			};
		case 'table': {
			const rows = block.rows.map((row) => tableCells(row.text) ?? [row.text]);
			const width = Math.max(...rows.map((cells) => cells.length));
			return {
				type: 'table',
				children: rows.map((cells): TableRow => ({
					type: 'tableRow',
					children: Array.from({ length: width }, (_, i) => ({
						type: 'tableCell',
						children: phrasing(cells[i] ?? ''),
					})),
				})),
			};
		}
		case 'pullQuote':
			return {
				type: 'blockquote',
				children: [paragraph(block.quote.text), paragraph(block.attribution.text)],
			};
	}
}

const serialiser = unified()
	.use(remarkGfm)
	.use(remarkStringify, {
		bullet: '-',
		emphasis: '_',
		rule: '-',
		fences: true,
		// Escape every `]` in text, not only inside links: each bare `]` makes the Markdown
		// parser look back for a `[` to close, which is quadratic in a long run of them
		// (100,000 took 40 s to ingest); an escaped one is plain text.
		unsafe: [{ character: ']', inConstruct: 'phrasing' }],
	});

/** The article body as Markdown, serialised (and escaped) by remark. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
	const tree: Root = { type: 'root', children: blocks.map(toMdast) };
	return serialiser.stringify(tree);
}
