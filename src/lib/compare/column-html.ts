import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * An article's rendered HTML made fit to sit beside another on one page: every id gets
 * `prefix` so two columns never clash, and each claim in `counterparts` gets its note
 * linked to the same claim in the other column (`#<other>-claim-<id>`) instead of the
 * claim's page. The HTML is the site's own sanitised render.
 */
export function columnHtml(
	html: string,
	prefix: string,
	counterparts: ReadonlyMap<string, string>,
): string {
	const tree: Root = fromHtml(html, { fragment: true });
	visit(tree, 'element', (node: Element) => {
		const { id, className } = node.properties;
		if (typeof id === 'string') node.properties.id = `${prefix}-${id}`;
		const classes = Array.isArray(className) ? className : [];
		if (node.tagName === 'a' && classes.includes('claim-ref')) {
			const claim = String(node.properties.dataClaim ?? '');
			const target = counterparts.get(claim);
			if (target) {
				node.properties.href = target;
				node.children = [{ type: 'text', value: 'other side ⇄' }];
			}
		}
	});
	return toHtml(tree);
}
