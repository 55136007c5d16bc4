import { escapeRegExp } from './escape-regexp.ts';

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
	return verbatimIn(haystack)(needle);
}

/**
 * `standsVerbatimIn` for many needles in one haystack, normalised once: validation looks up a
 * story's every claim excerpt in its articles, and normalising a whole body per excerpt was
 * most of its time.
 */
export function verbatimIn(haystack: string): (needle: string) => boolean {
	const normalised = normaliseForMatch(haystack);
	return (needle) => {
		const wanted = normaliseForMatch(needle);
		return wanted.length > 0 && normalised.includes(wanted);
	};
}

const quoteClass = (char: string) =>
	/['\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/.test(char)
		? "['\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]"
		: /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(char)
			? '["\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]'
			: escapeRegExp(char);

/**
 * Where `needle` stands in `haystack` by the same rule as `standsVerbatimIn`, as offsets
 * into `haystack` itself, so the passage can be marked in place. Undefined when it does not.
 */
export function findVerbatim(
	haystack: string,
	needle: string,
	from = 0,
): { start: number; end: number } | undefined {
	return verbatimFinder(needle)(haystack, from);
}

/**
 * `findVerbatim` for one needle in many haystacks, its pattern made once: the claim and quote
 * markers look for each excerpt block by block, and making the pattern cost more than the search.
 */
export function verbatimFinder(
	needle: string,
): (haystack: string, from?: number) => { start: number; end: number } | undefined {
	const words = needle.normalize('NFC').trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return () => undefined;
	const pattern = new RegExp(
		words.map((word) => [...word].map(quoteClass).join('')).join('\\s+'),
		'gu',
	);
	return (haystack, from = 0) => {
		pattern.lastIndex = from;
		const match = pattern.exec(haystack.normalize('NFC'));
		return match ? { start: match.index, end: match.index + match[0].length } : undefined;
	};
}
