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
	return (
		at >= 0 &&
		/^\s+(?:a|an|the|un|una|el|la|los|las)\s*$/iu.test(text.slice(at + verb.length, open))
	);
}

/**
 * Whether quoted words hold two sentences ("No. Never."): a title or a name runs on as one
 * phrase, whatever its capitals; a short title's full stop ("Mr.", "Dr.") ends no sentence.
 */
export const twoSentences = (inside: string) =>
	/(?:^|\s)(?!(?:Mr|Mrs|Ms|Dr|Sr|Sra|Jr|St)[.])\p{L}{2,}[.!?]\s+\p{Lu}/u.test(inside);

/**
 * Words before a quoted phrase that give a thing its name rather than report anyone's words:
 * a free relative of naming ("what it calls “…”", "lo que algunos llaman «…»"), and a verb of
 * designation with its object ("has labeled several cartels “…”", "designated them as “…”",
 * "branded drug cartels “…”", "designó a seis cárteles como organizaciones «…»"). Calling
 * someone something ("called the talks “preliminary”") stays speech, and so does the free
 * relative a verb of speech governs ("praised what he called “unprecedented” cooperation"):
 * the word before "what" is the first or second group.
 */
export const namingLead = new RegExp(
	[
		String.raw`(?:^|[^\p{L}])([\p{L}]+)\s+what\s+(?:[\p{L}'’-]+\s+){1,3}(?:calls?|called|terms?|termed)\s+(?:an?\s+|the\s+)?$`,
		String.raw`(?:^|[^\p{L}])([\p{L}]+)\s+lo\s+que\s+(?:[\p{L}-]+\s+){0,3}(?:llaman?|llamó|llamaron|denominan?|denominó)\s+(?:un\s+|una\s+)?$`,
		String.raw`\b(?:label(?:l)?(?:ed|s|ing)?|brand(?:ed|s|ing)|designat(?:ed|es|e|ing)|dub(?:bed|s|bing))\s+(?:[\p{L}'’-]+\s+){0,4}(?:as\s+)?(?:an?\s+)?$`,
		String.raw`\b(?:design(?:ó|aron|a|an|ar|ado|ada|ados|adas))\s+(?:[\p{L}-]+\s+){0,6}(?:como\s+)?(?:[\p{L}-]+\s+)?$`,
	].join('|'),
	'iu',
);

/**
 * A quoted title set before the name it belongs to: "The White House’s “border czar,” Tom
 * Homan, said" — the words are what the person is called, not anyone's speech.
 */
export function titleBeforeName(
	text: string,
	open: number,
	close: number,
	inside: string,
): boolean {
	const lead = text.slice(Math.max(0, open - 30), open);
	return (
		/(?:\b(?:the|el|la)|['’]s)\s*$/iu.test(lead) &&
		/^\p{Ll}[\p{Ll}\s-]*,?$/u.test(inside.trim()) &&
		/^,?\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text.slice(close + 1, close + 40))
	);
}

/**
 * A quoted title in the apposition after its holder's name: "Tom Homan, the White House
 * “border tsar”, told …", "Ana Ruiz, la «zarina» del agua, dijo" — what the person is called,
 * set off by commas, not anyone's speech.
 */
export function titleAfterName(text: string, open: number, close: number, inside: string): boolean {
	const lead = text.slice(Math.max(0, open - 60), open);
	// The comma closing the apposition, inside the marks ("“border tsar,”") or after them.
	const closed = /,$/.test(inside.trim()) || /^[^,.;:]{0,20},/.test(text.slice(close + 1));
	return (
		/\p{Lu}\p{Ll}+,\s+(?:the|el|la)\s[^,.;:]{0,30}$/u.test(lead) &&
		/^\p{Ll}[\p{Ll}\s-]*,?$/u.test(inside.trim()) &&
		closed
	);
}
