/**
 * How a title and the capitalised words around it name someone: a title directly before a
 * name names that person ("el senador Hugo Zárate Leal" is not the senator people.yaml
 * knows), and a one-word name inside a longer run of capitalised words is part of another
 * name. Both keep a role's title or an alias from claiming someone the text names otherwise.
 */
/**
 * The name written right after a title, with at most a comma between ("el senador Ernesto
 * Galván Pérez", "the minister, Ana Ruiz"): two or more capitalised words, as a first name
 * and a surname are; one word could be a weekday or a place ("the president Monday").
 */
export function nameAfterTitle(text: string, end: number): string | undefined {
	const run =
		/^\s*,?\s*((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:de(?:l| la)?\s+)?\p{Lu}[\p{Ll}'’-]+)+)/u.exec(
			text.slice(end, end + 80),
		);
	return run?.[1];
}

/**
 * Whether a one-word name stands inside a longer run of capitalised words, as "Cruz" does in
 * "Santa Cruz County Sheriff Manuel Ortega": a place's or someone else's name, not the person.
 * A title before it ("Senator Cruz") is no part of such a run.
 */
export function partOfLongerName(
	text: string,
	start: number,
	end: number,
	last?: { end: number; pointer?: { title?: string } },
): boolean {
	if (/\s/.test(text.slice(start, end))) return false;
	const before = /(\p{Lu}[\p{L}.]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
	const after = /^ \p{Lu}/u.test(text.slice(end, end + 2));
	if (!before || !after) return false;
	return !(last?.pointer?.title && last.end === start - 1);
}
