/**
 * Signs around a quoted phrase, read by term-signs.ts: words after it that explain it as a
 * name, and an article alone between a speech verb and it.
 */

/** Words after a quoted phrase that explain it as a name: ", como se llama a …", ", as … are called". */
export const termTail =
	/^\s*,?\s*(?:como (?:se )?(?:le |les |lo |la |los |las )?(?:llama|llaman|conoce|conocen|dice|dicen|denomina)\b|as (?:\p{L}+ ){0,3}(?:is|are) (?:called|known)\b)/iu;

/**
 * Whether the quotation at `open` is its speech verb's object, with only an article between:
 * "expresó la «plena solidaridad» de Cuba" — the words expressed, unlike "warned of a “quagmire”".
 */
export function verbsObject(text: string, open: number, verb: string): boolean {
	const at = text.lastIndexOf(verb, open);
	return at >= 0 && /^\s+(?:a|an|the|un|una|el|la|los|las)\s*$/iu.test(text.slice(at + verb.length, open));
}

/**
 * Whether quoted words hold two sentences ("No. Never."): a title or a name runs on as one
 * phrase, whatever its capitals; a short title's full stop ("Mr.", "Dr.") ends no sentence.
 */
export const twoSentences = (inside: string) =>
	/(?:^|\s)(?!(?:Mr|Mrs|Ms|Dr|Sr|Sra|Jr|St)[.])\p{L}{2,}[.!?]\s+\p{Lu}/u.test(inside);
