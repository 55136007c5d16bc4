/**
 * Text as compared for "verbatim": Unicode-normalised, curly and straight quote marks
 * made one, runs of white space made one space. Wording and punctuation still count.
 */
export function normaliseForMatch(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whether `needle` stands verbatim (as `normaliseForMatch` defines it) in `haystack`. */
export function standsVerbatimIn(needle: string, haystack: string): boolean {
	const wanted = normaliseForMatch(needle);
	return wanted.length > 0 && normaliseForMatch(haystack).includes(wanted);
}
