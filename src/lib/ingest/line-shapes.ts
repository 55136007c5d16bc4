/** Word tokens of a line, with surrounding punctuation stripped. */
export function words(line: string): string[] {
	return line
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((w) => w.length > 0);
}

const minorWords = new Set(
	'a an and as at but by for from in into is of on or over the to up via vs with amid after before its it be are was'.split(
		' ',
	),
);

/**
 * A line set like a title: short, no closing full stop, and its major words capitalised
 * ("Mexico Responds with Crackdown Amid Tariff Threats").
 */
export function isTitleLike(line: string): boolean {
	const ws = words(line);
	if (ws.length < 2 || ws.length > 14 || line.length > 110) return false;
	if (/[.,;:]$/.test(line.trim())) return false;
	const major = ws.filter((w) => !minorWords.has(w.toLowerCase()));
	if (major.length === 0) return false;
	const capitalised = major.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
	return capitalised / major.length >= 0.75;
}

/**
 * Whether a line ends with an abbreviation's stops ("EE.UU.", "U.S.", "a.m."): a headline or a
 * label may end with one, though a sentence ending with one closes on the same stop.
 */
export function endsWithAbbreviation(line: string): boolean {
	return /(?:^|[^\p{L}.])(?:\p{L}{1,3}\.){2,}$/u.test(line.trim());
}

/**
 * A headline as either language sets it: in title case ("Mexico Responds with Crackdown"),
 * or in sentence case, as Spanish outlets and many English ones do ("Sheinbaum descarta una
 * intervención militar"): four to twenty words, a capital first, no closing punctuation.
 */
export function isHeadlineLike(line: string): boolean {
	if (isTitleLike(line)) return true;
	const ws = words(line);
	const text = line.trim();
	return (
		ws.length >= 4 &&
		ws.length <= 20 &&
		text.length <= 160 &&
		!/[.,;:…!?-]["'”’»)]*$/.test(text) &&
		/^[\p{Pi}"'“‘«¿¡]*\p{Lu}/u.test(text) &&
		ws.some((w) => /^\p{Ll}/u.test(w))
	);
}

/** Running prose: a sentence or more, not a label or a title. */
export function isProse(line: string): boolean {
	const count = words(line).length;
	return count >= 12 || (count >= 6 && /[.!?]["'”’)]?$/.test(line.trim()));
}

/** `- item`, `* item` or `• item`. */
export const listItemPattern = /^(?:[-*+•])\s+(\S.*)$/;
/** `– Someone` or `— Someone`: the attribution under a pull quote. */
export const dashAttributionPattern = /^[–—]\s*(\S.{0,80})$/;
/** `## Heading` left in the raw text. */
export const atxHeadingPattern = /^#{1,6}\s+(\S.*?)\s*#*$/;

/** The cells of a pipe-table row, or undefined when the line is not one. */
export function tableCells(line: string): string[] | undefined {
	if (!line.includes('|')) return undefined;
	const cells = line
		.replace(/^\s*\|/, '')
		.replace(/\|\s*$/, '')
		.split('|')
		.map((c) => c.trim());
	return cells.length >= 2 && cells.every((c) => c.length > 0) ? cells : undefined;
}

/** `---|---` or `| :--- | ---: |`: a table's separator row. */
export function isTableSeparator(line: string): boolean {
	return /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/.test(line.trim());
}

const stem = (w: string) => w.toLowerCase().slice(0, 5);

/** A title's words that carry its subject: four letters or more, not a minor word. */
export function significantWords(title: string): string[] {
	return words(title).filter((w) => w.length >= 4 && !minorWords.has(w.toLowerCase()));
}

/**
 * The share of a title's significant words that the rest of the article also uses.
 * A subhead introduces what follows, so it shares most of its words with the text;
 * a related-link headline for another story mostly does not.
 */
export function sharedWordRatio(title: string, articleWords: ReadonlySet<string>): number {
	const significant = significantWords(title);
	if (significant.length === 0) return 1;
	return significant.filter((w) => articleWords.has(stem(w))).length / significant.length;
}

/** The stems `sharedWordRatio` compares against, from the article's other lines. */
export function wordStems(lines: Iterable<string>): Set<string> {
	const stems = new Set<string>();
	for (const line of lines) for (const w of words(line)) if (w.length >= 4) stems.add(stem(w));
	return stems;
}
