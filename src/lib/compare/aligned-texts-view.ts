import { columnBlocks } from './column-html.ts';
import { alignPassages } from './passage-alignment.ts';

/** The pair page's two full texts, shaped: passages making the same claims on the same row. */

/**
 * One row of the two texts side by side: a passage of each making the same claims (an
 * anchor), or the passages that flow between two anchors. HTML with each column's ids prefixed.
 */
export interface TextRow {
	a: string;
	b: string;
	/** Claims both passages make; empty between anchors. */
	shared: string[];
}

/**
 * Both rendered bodies cut into passages and aligned; a mark of a claim both make links to the
 * same claim in the other column.
 */
export function alignedTexts(
	htmlA: string,
	htmlB: string,
	sharedIds: readonly string[],
): TextRow[] {
	const blocks = (key: 'a' | 'b', html: string) => {
		const other = key === 'a' ? 'b' : 'a';
		return columnBlocks(html, key, new Map(sharedIds.map((id) => [id, `#${other}-claim-${id}`])));
	};
	const [blocksA, blocksB] = [blocks('a', htmlA), blocks('b', htmlB)];
	const join = (list: readonly { html: string }[], at: readonly number[]) =>
		at.map((i) => list[i]!.html).join('\n');
	return alignPassages(
		blocksA.map((block) => block.claims),
		blocksB.map((block) => block.claims),
	).map((row) => ({
		a: join(blocksA, row.a),
		b: join(blocksB, row.b),
		shared: row.shared,
	}));
}
