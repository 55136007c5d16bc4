/**
 * The columns a many-way comparison shows, from its `?articles=a,b,c` query: known ids in
 * the order given, each once. An absent, empty or wholly unknown choice shows every column.
 */
export function chosenColumns(query: string | null, known: readonly string[]): string[] {
	const wanted = (query ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id, i, all) => known.includes(id) && all.indexOf(id) === i);
	return wanted.length > 0 ? wanted : [...known];
}

/** The query value for a choice: undefined when it is every column in the page's order. */
export function columnsQuery(
	chosen: readonly string[],
	known: readonly string[],
): string | undefined {
	const everything = chosen.length === known.length && chosen.every((id, i) => id === known[i]);
	return everything ? undefined : chosen.join(',');
}

/** More articles than this and a many-way comparison shows cards, not columns (compare.css). */
export const mostColumns = 6;

/** The many-way comparison's layout for this many articles shown. */
export function manyLayout(shown: number): 'columns' | 'cards' {
	return shown > mostColumns ? 'cards' : 'columns';
}
