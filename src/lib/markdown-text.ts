import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses an article body the way the site renders it (CommonMark + GFM). */
export function parseMarkdown(markdown: string): Root {
	return parser.parse(markdown);
}

const leafBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The words a reader sees, one block a line: what excerpts and quotes are checked against.
 * Markdown escapes and emphasis markers are gone; block boundaries stay as line breaks.
 */
export function markdownText(tree: Root): string {
	const blocks: string[] = [];
	visit(tree, (node: Nodes) => {
		if (leafBlocks.has(node.type)) {
			blocks.push(toString(node));
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

/** An article's lede: the text of its first paragraph, or undefined when it has none. */
export function ledeOf(markdown: string): string | undefined {
	const paragraph = parseMarkdown(markdown).children.find((node) => node.type === 'paragraph');
	return paragraph && toString(paragraph);
}
