/**
 * One row of two texts set side by side: consecutive passages (paragraphs, headings, quotes)
 * of each, by index. A row with `shared` claims is an anchor: one passage of each that make
 * the same claims. Between anchors, the passages that match nothing flow in a row of their own.
 */
export interface AlignedRow {
	a: number[];
	b: number[];
	/** The claims both passages of an anchor row make; empty for the rows between anchors. */
	shared: string[];
}

/**
 * Aligns two texts by the claims their passages make (`a[i]`: the claim ids passage i of the
 * first text marks). The anchors are pairs of passages sharing claims, in order on both sides
 * (a passage anchors at most once, and no two anchors cross), chosen to share the most claims
 * in all; every passage lands in exactly one row, in order, so each text still reads straight
 * down its column.
 */
export function alignPassages(
	a: readonly (readonly string[])[],
	b: readonly (readonly string[])[],
): AlignedRow[] {
	const common = (i: number, j: number) =>
		a[i]!.filter((id, k, all) => b[j]!.includes(id) && all.indexOf(id) === k);
	// best[i][j]: the most claims anchors can share within a[0..i) and b[0..j).
	const best = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const shared = common(i - 1, j - 1).length;
			best[i]![j] = Math.max(
				best[i - 1]![j]!,
				best[i]![j - 1]!,
				shared > 0 ? best[i - 1]![j - 1]! + shared : 0,
			);
		}
	// Walk back from the end, passing over a passage whenever the best stays as good without
	// it, so that of equal alignments the one anchoring earliest passages wins.
	const anchors: { i: number; j: number; shared: string[] }[] = [];
	let i = a.length;
	let j = b.length;
	while (i > 0 && j > 0) {
		if (best[i]![j] === best[i - 1]![j]) i -= 1;
		else if (best[i]![j] === best[i]![j - 1]) j -= 1;
		else {
			anchors.unshift({ i: i - 1, j: j - 1, shared: common(i - 1, j - 1) });
			i -= 1;
			j -= 1;
		}
	}
	const rows: AlignedRow[] = [];
	const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
	let nextA = 0;
	let nextB = 0;
	for (const anchor of [...anchors, { i: a.length, j: b.length, shared: [] }]) {
		if (anchor.i > nextA || anchor.j > nextB)
			rows.push({ a: range(nextA, anchor.i), b: range(nextB, anchor.j), shared: [] });
		if (anchor.i < a.length && anchor.j < b.length)
			rows.push({ a: [anchor.i], b: [anchor.j], shared: anchor.shared });
		nextA = anchor.i + 1;
		nextB = anchor.j + 1;
	}
	return rows;
}
