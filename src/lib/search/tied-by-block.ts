/**
 * `top` (best first) with its last places, those tied with its last record, filled from all
 * the records so tied (`tied`, among `touched`) by block: first from blocks a better candidate
 * is read from anyway, then from the blocks holding the most of them, then the earlier
 * block. A query's candidates then come in fewer files, and which of a tie is ranked was never
 * the postings' to say: fuse.js ranks them all on their words.
 */
export function tiedByBlock(
	top: readonly number[],
	touched: readonly number[],
	tied: (a: number, b: number) => boolean,
	blockSize: number,
): number[] {
	const last = top.at(-1)!;
	const above = top.filter((record) => !tied(record, last));
	const tier = touched.filter((record) => tied(record, last)).sort((a, b) => a - b);
	const slots = top.length - above.length;
	if (tier.length <= slots) return [...top];
	const blockOf = (record: number) => Math.floor(record / blockSize);
	const read = new Set(above.map(blockOf));
	const byBlock = new Map<number, number[]>();
	for (const record of tier) {
		const list = byBlock.get(blockOf(record));
		if (list) list.push(record);
		else byBlock.set(blockOf(record), [record]);
	}
	const order = [...byBlock].sort(
		([a, listA], [b, listB]) =>
			Number(read.has(b)) - Number(read.has(a)) || listB.length - listA.length || a - b,
	);
	const chosen = order.flatMap(([, list]) => list).slice(0, slots);
	return [...above, ...chosen.sort((a, b) => a - b)];
}
