import type { QuoteSpan } from './quote-spans.ts';

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
	let masked = text;
	for (const span of spans) {
		masked =
			masked.slice(0, span.open + 1) +
			' '.repeat(span.close - span.open - 1) +
			masked.slice(span.close);
	}
	return masked;
}

const sentenceEnd = /[.!?]+[”"’'»)\]]*\s+(?=[\p{Lu}\p{N}“"‘«¿¡—–])/gu;

/**
 * Sentence ranges of a masked block: a full stop, ?, or ! followed by a capital, a quote mark,
 * an opening ¿ or ¡, or a dialogue dash.
 */
export function sentenceRanges(masked: string): Range[] {
	const ranges: Range[] = [];
	let start = 0;
	for (const match of masked.matchAll(sentenceEnd)) {
		const end = match.index + match[0].trimEnd().length;
		// Abbreviations: "U.S.", "Sen.", Spanish "EE. UU." (Estados Unidos), "Sr.", "Lic.".
		if (
			/\b(?:U\.S|Mr|Mrs|Ms|Dr|Rep|Sen|Gen|St|EE|Sr|Sra|Lic|Gral)\.$/.test(masked.slice(start, end))
		)
			continue;
		ranges.push({ start, end });
		start = match.index + match[0].length;
	}
	if (start < masked.length) ranges.push({ start, end: masked.length });
	return ranges;
}

/** The words of `text` between `from` and `to`, with their offsets in `text`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
	const words: Word[] = [];
	const pattern = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;
	pattern.lastIndex = from;
	for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
		const end = match.index + match[0].length;
		if (end > to) break;
		words.push({ start: match.index, end, text: match[0] });
	}
	return words;
}
