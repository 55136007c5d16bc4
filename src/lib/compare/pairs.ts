/** Every ordered pair of a story's articles: what the compare pages are built for. */
export function orderedPairs<T>(items: readonly T[]): [T, T][] {
	return items.flatMap((a) => items.filter((b) => b !== a).map((b) => [a, b] as [T, T]));
}

/**
 * The preview card of a comparison, under /og/: one per pair whichever side is on the
 * left, its two articles in id order. Cards are most of a cold build, and pairs grow with
 * the square of a story's articles, so this halves the largest share of them.
 */
export function pairCard(a: string, b: string): string {
	return a < b ? `compare/${a}/${b}` : `compare/${b}/${a}`;
}
