import type { Element, ElementContent, Root, Text } from 'hast';

/** A text node's place in its block's text. */
export interface TextSegment {
	node: Text;
	parent: Element;
	/** Elements from the block down to the parent, the block excluded. */
	ancestors: Element[];
	start: number;
	end: number;
}

/** A block of reading text (a paragraph, heading, list item or cell) and the text nodes in it. */
export interface TextBlock {
	element: Element;
	text: string;
	segments: TextSegment[];
	/** Whether the block sits inside a blockquote. */
	quoted: boolean;
}

const leafBlocks = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'td',
	'th',
	'dt',
	'dd',
	'figcaption',
]);
const blockChildren = new Set([...leafBlocks, 'ul', 'ol', 'blockquote', 'table', 'div', 'pre']);

/**
 * The blocks of a rendered article in reading order. Quote finding and claim marking both
 * read these, so an offset means the same thing to both.
 */
export function textBlocks(tree: Root | Element): TextBlock[] {
	const blocks: TextBlock[] = [];
	const walk = (node: Root | Element, quoted: boolean) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const inQuote = quoted || child.tagName === 'blockquote';
			if (leafBlocks.has(child.tagName) && !child.children.some(isBlock))
				blocks.push(blockOf(child, inQuote));
			else walk(child, inQuote);
		}
	};
	walk(tree, false);
	return blocks;
}

function isBlock(node: ElementContent): boolean {
	return node.type === 'element' && blockChildren.has(node.tagName);
}

function blockOf(element: Element, quoted: boolean): TextBlock {
	return { element, quoted, ...blockText(element) };
}

/** A block's text and its text nodes, read afresh (marking a range splits text nodes). */
export function blockText(element: Element): { text: string; segments: TextSegment[] } {
	const segments: TextSegment[] = [];
	let text = '';
	const walk = (parent: Element, ancestors: Element[]) => {
		for (const child of parent.children) {
			if (child.type === 'text') {
				const end = text.length + child.value.length;
				segments.push({ node: child, parent, ancestors, start: text.length, end });
				text += child.value;
			} else if (child.type === 'element' && !isNote(child)) walk(child, [...ancestors, child]);
		}
	};
	walk(element, []);
	return { text, segments };
}

/**
 * Whether an element is a note Parallax added beside the text (a speaker's name after a
 * quote, a link to a claim): not the article's words, so offsets never count it.
 */
export function isNote(element: Element): boolean {
	return element.properties.dataNote !== undefined;
}
