import path from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { insertNoteAfter, wrapText } from './hast/wrap-text.ts';
import { textBlocks } from './hast/text-blocks.ts';
import type { ClaimStance } from '../schemas/claims.ts';
import { routes } from '../lib/routes.ts';
import { verbatimFinder } from '../lib/text/text-match.ts';

/** A claim's excerpt in one article, to be marked where it stands. */
export interface ClaimMark {
	claim: string;
	statement: string;
	stance: ClaimStance;
	excerpt: string;
}

export interface Options {
	/** Each article's claim excerpts, by article id (the file name). */
	claims: Record<string, ClaimMark[]>;
	/** The site's base path, for links to claim pages. */
	base: string;
}

/**
 * Marks each claim excerpt where it stands in the article: a `mark.claim` with the id
 * `claim-<id>` (the anchor shared links use), and a link to the claim's page after it.
 */
export default function rehypeMarkClaims(options: Options) {
	const paths = routes(options.base);
	return (tree: Root, file: VFile) => {
		const article = path.basename(file.path, path.extname(file.path));
		const blocks = textBlocks(tree);
		const ids = new Set<string>();
		for (const mark of options.claims[article] ?? []) {
			const find = verbatimFinder(mark.excerpt);
			for (const block of blocks) {
				const range = find(block.text);
				if (!range) continue;
				const first = !ids.has(mark.claim);
				ids.add(mark.claim);
				const pieces = wrapText(
					block.element,
					range.start,
					range.end,
					(isFirst) => claimElement(mark, isFirst && first),
					(element) => element.tagName === 'a',
				);
				const last = pieces.at(-1);
				if (last)
					insertNoteAfter(last.parent, last.wrapper, claimLink(mark, paths.claim(mark.claim)));
				break;
			}
		}
	};
}

function claimElement(mark: ClaimMark, withId: boolean): Element {
	return {
		type: 'element',
		tagName: 'mark',
		properties: {
			className: ['claim', `claim-${mark.stance}`],
			id: withId ? `claim-${mark.claim}` : undefined,
			dataClaim: mark.claim,
		},
		children: [],
	};
}

function claimLink(mark: ClaimMark, href: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['claim-ref'],
			href,
			dataNote: '',
			dataClaim: mark.claim,
			title: mark.statement,
		},
		children: [{ type: 'text', value: `claim: ${mark.stance}` }],
	};
}
