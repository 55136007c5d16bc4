import type { Nodes, Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './pipeline.ts';

export { parseMarkdown };

const leafBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The words a reader sees, one block a line: what excerpts and quotes are checked against.
 * Markdown escapes and emphasis markers are gone; block boundaries stay as line breaks.
 */
export function markdownText(tree: Root): string {
	const blocks: string[] = [];
	visit(tree, (node: Nodes) => {
		if (leafBlocks.has(node.type)) {
			blocks.push(nodeText(node));
			return 'skip';
		}
		return undefined;
	});
	return blocks.join('\n');
}

/** A construct in a body that could run or load something, or that is not text. */
export interface UnsafeConstruct {
	what: string;
	line: number | undefined;
}

const safeUrl = /^(?:https?:\/\/|\/|#|\.{0,2}\/)/i;

/** Raw HTML and links or images whose address is not a web address: none belong in article text. */
export function findUnsafeConstructs(tree: Root): UnsafeConstruct[] {
	const found: UnsafeConstruct[] = [];
	visit(tree, (node: Nodes) => {
		const line = node.position?.start.line;
		if (node.type === 'html')
			found.push({ what: `raw HTML ${JSON.stringify(node.value.slice(0, 40))}`, line });
		if ((node.type === 'link' || node.type === 'image') && !safeUrl.test(node.url.trim())) {
			found.push({ what: `${node.type} to ${JSON.stringify(node.url.slice(0, 40))}`, line });
		}
		if (node.type === 'definition' && !safeUrl.test(node.url.trim())) {
			found.push({ what: `link definition to ${JSON.stringify(node.url.slice(0, 40))}`, line });
		}
	});
	return found;
}

/**
 * The most levels of block quotes, lists and footnote definitions a body may nest. The parser
 * recurses once per level (10,000 `>`, or 5,000 `[^a]: `, overflow the stack) and slows sharply
 * with deep list indentation, so deeper bodies are refused before they are parsed. Real
 * articles nest two or three.
 */
export const maxNesting = 100;

/** A block quote, list or footnote definition marker, with the one space that belongs to it. */
const containerMarker =
	/(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]\s]{1,999}\]:)[ \t]?/y;

/**
 * How many container levels a line could open: its leading markers (`>`, list markers,
 * footnote definitions `[^a]:`) plus indentation / 2.
 */
export function lineNesting(line: string): number {
	let markers = 0;
	let columns = 0;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (char === ' ') columns += 1;
		else if (char === '\t') columns += 4;
		else {
			containerMarker.lastIndex = i;
			const marker = containerMarker.exec(line);
			if (!marker) break;
			// The one space after a marker belongs to it, not to the indentation.
			markers += 1;
			i += marker[0].length - 1;
		}
	}
	return markers + Math.floor(columns / 2);
}

/**
 * An upper bound on how deep a body nests quotes, lists and footnotes, and the (1-based) line
 * where it is deepest, found without parsing: a linear scan of each line's leading markers.
 */
export function deepestNesting(markdown: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 0 };
	markdown.split('\n').forEach((line, index) => {
		const depth = lineNesting(line);
		if (depth > deepest.depth) deepest = { depth, line: index + 1 };
	});
	return deepest;
}

/** An article's lede: the text of its first paragraph, or undefined when it has none. */
export function ledeOf(markdown: string): string | undefined {
	const paragraph = parseMarkdown(markdown).children.find((node) => node.type === 'paragraph');
	return paragraph && nodeText(paragraph);
}
