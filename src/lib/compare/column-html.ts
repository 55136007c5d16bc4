import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** One passage of a column: a top-level block (paragraph, heading, list …) and the claims it marks. */
export interface ColumnBlock {
	html: string;
	claims: string[];
}

/** How many articles' parsed HTML is kept: more than a story's articles (see `parsedCopy`). */
const keptTrees = 32;
const parsed = new Map<string, Root>();

/**
 * A copy of a tree for `columnBlocks` to change: every element and its properties new, the
 * text and comments shared, as `columnBlocks` replaces an element's children or properties
 * but never edits a text. Several times quicker than `structuredClone`.
 */
function copied<T extends Root | Element>(node: T): T {
	const children = node.children.map((child) => (child.type === 'element' ? copied(child) : child));
	return node.type === 'element'
		? { ...node, properties: { ...node.properties }, children }
		: { ...node, children };
}

/**
 * A fresh copy of an article's rendered HTML as a tree. A story of n articles has n(n-1) pair
 * pages, each showing two articles, so each article's HTML is parsed once and copied for the
 * next pages. The last few are kept: the pair pages of one story are rendered one after another.
 */
function parsedCopy(html: string): Root {
	let tree = parsed.get(html);
	if (tree) parsed.delete(html);
	else tree = fromHtml(html, { fragment: true });
	parsed.set(html, tree);
	if (parsed.size > keptTrees) parsed.delete(parsed.keys().next().value!);
	return copied(tree);
}

/**
 * An article's rendered HTML made fit to sit beside another on one page, cut into its
 * top-level blocks: every id gets `prefix` so two columns never clash; each claim in
 * `counterparts` gets its note linked to the same claim in the other column
 * (`#<other>-claim-<id>`) instead of the claim's page, and its marks the class
 * `claim-shared`. The HTML is the site's own sanitised render.
 */
export function columnBlocks(
	html: string,
	prefix: string,
	counterparts: ReadonlyMap<string, string>,
): ColumnBlock[] {
	const tree = parsedCopy(html);
	visit(tree, 'element', (node: Element) => {
		const { id, className } = node.properties;
		if (typeof id === 'string') node.properties.id = `${prefix}-${id}`;
		const classes = Array.isArray(className) ? className.map(String) : [];
		const claim = String(node.properties.dataClaim ?? '');
		const target = counterparts.get(claim);
		if (!target) return;
		if (node.tagName === 'a' && classes.includes('claim-ref')) {
			node.properties.href = target;
			node.children = [{ type: 'text', value: 'other side ⇄' }];
		} else if (node.tagName === 'mark' && classes.includes('claim'))
			node.properties.className = [...classes, 'claim-shared'];
	});
	const blocks: { nodes: ElementContent[]; claims: Set<string> }[] = [];
	for (const node of tree.children) {
		if (node.type === 'element') {
			const claims = new Set<string>();
			visit(node, 'element', (inner: Element) => {
				if (inner.tagName === 'mark' && inner.properties.dataClaim !== undefined)
					claims.add(String(inner.properties.dataClaim));
			});
			blocks.push({ nodes: [node], claims });
		} else if (node.type === 'text' && node.value.trim() !== '') {
			// Loose text between blocks stays with the block before it (or starts one).
			const last = blocks.at(-1);
			if (last) last.nodes.push(node);
			else blocks.push({ nodes: [node], claims: new Set() });
		}
	}
	return blocks.map(({ nodes, claims }) => ({
		html: toHtml({ type: 'root', children: nodes }),
		claims: [...claims],
	}));
}

/** The same, as one piece of HTML. */
export function columnHtml(
	html: string,
	prefix: string,
	counterparts: ReadonlyMap<string, string>,
): string {
	return columnBlocks(html, prefix, counterparts)
		.map((block) => block.html)
		.join('\n');
}
