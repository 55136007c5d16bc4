/** The parts of a pair's claims, in the order the bar draws them, left to right. */
export const pairBalanceKinds = ['onlyA', 'differ', 'agreed', 'onlyB'] as const;
export type PairBalanceKind = (typeof pairBalanceKinds)[number];

/** A bar of a pair's claims, in units of its viewBox. */
export interface PairBalance {
	width: number;
	height: number;
	segments: { kind: PairBalanceKind; x: number; width: number; count: number }[];
}

/**
 * The bar that sums up a pair: the claims only the left article makes, those both make (where
 * they part ways, then where they do not) and those only the right makes, each as long as its
 * count. Empty parts are left out; a pair with no claims draws nothing.
 */
export function pairBalance(counts: Record<PairBalanceKind, number>, width = 600): PairBalance {
	const total = pairBalanceKinds.reduce((sum, kind) => sum + counts[kind], 0);
	let x = 0;
	const segments = pairBalanceKinds
		.filter((kind) => counts[kind] > 0)
		.map((kind) => {
			const length = Math.round((counts[kind] / total) * width * 10) / 10;
			const segment = { kind, x, width: length, count: counts[kind] };
			x = Math.round((x + length) * 10) / 10;
			return segment;
		});
	return { width, height: 18, segments };
}
