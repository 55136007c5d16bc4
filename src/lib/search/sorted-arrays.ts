/**
 * Binary searches over the index's sorted arrays: a term table's terms, the first term of each
 * postings file. Shared by the term matcher, the postings a query will need and read-ahead.
 */

/** The first index whose string is not below `value`, in a sorted array. */
export function lowerBound(sorted: readonly string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]! < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The index of the last element not above `value`, in a sorted array of numbers. */
export function lastAtMost(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]! <= value) low = mid + 1;
		else high = mid;
	}
	return low - 1;
}
