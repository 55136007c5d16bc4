import type { QuoteSpan } from '../spans/quote-spans.ts';

/** A [start, end) range of a block. */
export interface Range {
	start: number;
	end: number;
}

/** A word and where it stands. */
export interface Word extends Range {
	text: string;
}

/**
 * The block with every quotation's words blanked (marks kept), so that the punctuation and
 * names inside a quote neither end a sentence nor count as the narrator's words.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
	// One pass over spans in order: rebuilding the text once per span is quadratic.
	const pieces: string[] = [];
	let at = 0;
	for (const span of [...spans].sort((a, b) => a.open - b.open)) {
		if (span.open + 1 < at) continue; // inside one already blanked
		pieces.push(text.slice(at, span.open + 1), ' '.repeat(span.close - span.open - 1));
		at = span.close;
	}
	pieces.push(text.slice(at));
	return pieces.join('');
}

const sentenceEnd = /[.!?]+[”"’'»)\]]*\s+(?=[\p{Lu}\p{N}“"‘«¿¡—–])/gu;

/**
 * Sentence ranges of a masked block: a full stop, ?, or ! followed by a capital, a quote mark,
 * an opening ¿ or ¡, or a dialogue dash. With the block's `text`, a quotation that ends in
 * one ends its sentence too (`… no reason for “disorderly movements.” President Sheinbaum,
 * asked …`), though masking blanked the mark.
 */
export function sentenceRanges(masked: string, text?: string): Range[] {
	const ranges: Range[] = [];
	let start = 0;
	const marked = text === undefined ? masked : withClosingStops(masked, text);
	for (const match of marked.matchAll(sentenceEnd)) {
		const end = match.index + match[0].trimEnd().length;
		// Abbreviations: initials ("U.S.", "U.K."), "Sen.", Spanish "EE. UU." (Estados Unidos), "Sr.".
		if (
			/(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gen|St|EE|Sr|Sra|Lic|Gral)|(?<![\p{L}.])(?:\p{Lu}\.)+\p{Lu})\.$/u.test(
				masked.slice(start, end),
			)
		)
			continue;
		// A month shortened before its day: "on Sept. 3", "el 3 de sept. 2025" is one sentence.
		if (
			/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ene|abr|ago|dic)\.$/i.test(
				masked.slice(start, end),
			) &&
			/^\s*\p{N}/u.test(masked.slice(end))
		)
			continue;
		ranges.push({ start, end });
		start = match.index + match[0].length;
	}
	if (start < masked.length) ranges.push({ start, end: masked.length });
	return ranges;
}

/** The masked block with the full stop, ? or ! that ends a quotation put back before its mark. */
function withClosingStops(masked: string, text: string): string {
	return masked.replace(/ (?=[”"’»]\s+[\p{Lu}¿¡])/gu, (space, at: number) =>
		/[.!?]/.test(text[at] ?? '') ? text[at]! : space,
	);
}

/** The words of `text` between `from` and `to`, with their offsets in `text`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
	const words: Word[] = [];
	// Searching only [from, to) keeps each call linear in its range, not in the text after it.
	const pattern = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;
	const whole = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/uy;
	for (const match of text.slice(from, to).matchAll(pattern)) {
		const start = from + match.index;
		// A word cut by `to` is not in the range, as before.
		whole.lastIndex = start;
		const end = start + (whole.exec(text)?.[0].length ?? match[0].length);
		if (end > to) break;
		words.push({ start, end, text: match[0] });
	}
	return words;
}

/** Where the clause holding offset `at` starts: after the last of `marks` in `range` before it. */
export function clauseStart(text: string, range: Range, at: number, marks: string): number {
	const lead = text.slice(range.start, at);
	return range.start + Math.max(...[...marks].map((mark) => lead.lastIndexOf(mark))) + 1;
}
