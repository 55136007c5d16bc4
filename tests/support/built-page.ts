import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** A built page, parsed with a real HTML parser, with the queries tests need. */
export interface BuiltPage {
	tree: Root;
	text: (selector: string) => string | undefined;
	texts: (selector: string) => string[];
	attribute: (selector: string, name: string) => string | undefined;
	attributes: (selector: string, name: string) => string[];
	/** The text under `selector` without Parallax's notes (speaker names, claim links). */
	ownText: (selector: string) => string | undefined;
}

function withoutNotes<T extends Nodes>(node: T): T {
	if (!('children' in node)) return node;
	const children = node.children
		.filter((child) => child.type !== 'element' || child.properties.dataNote === undefined)
		.map((child) => withoutNotes(child));
	return { ...node, children } as T;
}

/** Reads `dist/<route>index.html` (or a file path) and parses it. */
export async function readPage(distDir: string, route: string): Promise<BuiltPage> {
	const file = route.endsWith('.html') ? route : path.join(route, 'index.html');
	const tree = fromHtml(await readFile(path.join(distDir, file), 'utf8'));
	const property = (name: string) =>
		name
			.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
			.replace(/^http-equiv$/, 'httpEquiv');
	const read = (node: ReturnType<typeof select>, name: string) => {
		const value = node?.properties[property(name)];
		return value === undefined || value === null
			? undefined
			: Array.isArray(value)
				? value.join(' ')
				: String(value);
	};
	return {
		tree,
		text: (selector) => {
			const node = select(selector, tree);
			return node ? toText(node).replace(/\s+/g, ' ').trim() : undefined;
		},
		texts: (selector) =>
			selectAll(selector, tree).map((node) => toText(node).replace(/\s+/g, ' ').trim()),
		attribute: (selector, name) => read(select(selector, tree), name),
		ownText: (selector) => {
			const node = select(selector, tree);
			return node ? toText(withoutNotes(node)).replace(/\s+/g, ' ').trim() : undefined;
		},
		attributes: (selector, name) =>
			selectAll(selector, tree).flatMap((node) => read(node, name) ?? []),
	};
}
