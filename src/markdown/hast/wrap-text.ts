import type { Element, ElementContent, Text } from 'hast';
import { blockText } from './text-blocks.ts';

/** A wrapper put around part of a block's text, and the element that holds it. */
export interface Wrapped {
	wrapper: Element;
	parent: Element;
}

/**
 * Wraps the text of `block` between `start` and `end` (offsets in the block's text) in
 * elements from `make`. Text split across inline elements gets one wrapper per piece, so
 * the tree stays well nested; `make(true)` makes the first piece's (the one to carry an id).
 * Text inside an element `skip` accepts (a link, say) is left unwrapped.
 */
export function wrapText(
	block: Element,
	start: number,
	end: number,
	make: (first: boolean) => Element,
	skip: (element: Element) => boolean = () => false,
): Wrapped[] {
	const pieces = blockText(block).segments.filter(
		(segment) => segment.end > start && segment.start < end && !segment.ancestors.some(skip),
	);
	return pieces
		.toReversed()
		.flatMap((segment, reverseIndex) => {
			const { node, parent } = segment;
			const from = Math.max(start, segment.start) - segment.start;
			const to = Math.min(end, segment.end) - segment.start;
			const wrapper = make(reverseIndex === pieces.length - 1);
			wrapper.children = [text(node.value.slice(from, to))];
			const replacement: ElementContent[] = [
				...(from > 0 ? [text(node.value.slice(0, from))] : []),
				wrapper,
				...(to < node.value.length ? [text(node.value.slice(to))] : []),
			];
			parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
			return [{ wrapper, parent }];
		})
		.toReversed();
}

/**
 * Puts a note right after `after` in `parent`, past any closing punctuation that follows
 * it (`,’”`), so a note never parts a word from its comma or a quote from its mark.
 */
export function insertNoteAfter(parent: Element, after: Element, note: ElementContent): void {
	const at = parent.children.indexOf(after) + 1;
	const next = parent.children[at];
	const closing = next?.type === 'text' ? /^[,.;:!?’”'")\]]+/.exec(next.value)?.[0] : undefined;
	if (next?.type === 'text' && closing) {
		const rest = next.value.slice(closing.length);
		parent.children.splice(at, 1, text(closing), note, ...(rest ? [text(rest)] : []));
	} else parent.children.splice(at, 0, note);
}

function text(value: string): Text {
	return { type: 'text', value };
}
