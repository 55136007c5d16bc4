import { openers, type QuoteMarks, quoteMarks } from './quote-marks.ts';

/**
 * A stretch of speech in a block. Offsets are UTF-16 indices into the block: the words run
 * from `open + 1` to `close`, which are the marks' places for a quotation in marks; a part of
 * one split by an interjection, or a line of dialogue, has no mark there.
 */
export interface QuoteSpan {
	/** Index of the opening mark (or of the character before the words). */
	open: number;
	/** Index of the closing mark (or just after the words). */
	close: number;
	/** The words: `text.slice(open + 1, close)`. */
	text: string;
	/** Quotes inside this one, in the marks of the level below (speech the speaker recounts). */
	inner: QuoteSpan[];
}

const letter = /[\p{L}\p{N}]/u;
const openingContext = /[\s([{\u2014\u2013\-/"“‘«]/u;
const allMarks = new Set(quoteMarks.flatMap((marks) => [marks.open, ...marks.close]));

const isLetter = (char: string | undefined) => char !== undefined && letter.test(char);

/** Whether a mark at `index` can open a quote: a straight one only after a space or bracket. */
function opensAt(text: string, index: number, marks: QuoteMarks): boolean {
	const after = text[index + 1];
	if (after === undefined || /\s/.test(after)) return false;
	if (!marks.straight && marks.open !== '‘') return true;
	const before = text[index - 1];
	return before === undefined || openingContext.test(before);
}

/** Whether the mark at `index` closes a single quote: not an apostrophe ("Trump’s", "won’t"). */
function closesSingle(text: string, index: number): boolean {
	return !isLetter(text[index + 1]) && !/\s/.test(text[index - 1] ?? ' ');
}

/** Where the quotation opened at `open` closes, or -1. */
function closeOf(text: string, open: number, marks: QuoteMarks, to: number): number {
	for (let i = open + 1; i < to; i++) {
		const char = text[i]!;
		if (marks.level === 'single') {
			if (marks.close.includes(char) && closesSingle(text, i)) return i;
			// A headline's ‘…’ stays within its words: a double mark or a second opener ends the try.
			if (char === '“' || char === '«' || (char === marks.open && !marks.straight)) return -1;
			continue;
		}
		// “ “ …”: a second opener of the same kind before any close abandons the first.
		if (char === marks.open && !marks.straight) return -1;
		if (marks.close.includes(char)) return i;
	}
	return -1;
}

/** Options for a block: `runsOn` when an unclosed quotation may run to the block's end. */
export interface SpanOptions {
	runsOn?: boolean;
}

/**
 * Finds the quotations of a block of text: in double marks (curly, straight, « »), or in
 * single marks where no double ones hold them (a headline's ‘…’), and inside each the
 * quotations of the level below. An unclosed mark opens nothing, unless the quotation runs
 * on into the next paragraph (`runsOn`: the next one opens with a mark, as a speech that
 * goes on does) or is a whole sentence cut by the paragraph's end.
 */
export function findQuoteSpans(text: string, options: SpanOptions = {}): QuoteSpan[] {
	return findSpans(text, 0, text.length, 'double', options);
}

function findSpans(
	text: string,
	from: number,
	to: number,
	level: 'double' | 'single' | 'inner-of-angle',
	options: SpanOptions,
): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	for (let i = from; i < to; i++) {
		const marks = openers.get(text[i]!);
		if (!marks || !opensAt(text, i, marks)) continue;
		// Inside “…” only single marks open; inside «…» double curly and straight ones do too.
		if (level === 'single' && marks.level === 'double') continue;
		if (level === 'inner-of-angle' && marks.open === '«') continue;
		const close = closeOf(text, i, marks, to);
		if (close >= 0) {
			if (marks.level === 'single' && level === 'double' && wordCount(text, i, close) > 20)
				continue;
			spans.push(spanOf(text, i, close, marks));
			i = close;
		} else if (level === 'double' && marks.level === 'double' && cutShort(text, i, to) >= 0) {
			const end = cutShort(text, i, to);
			spans.push(spanOf(text, i, end, marks));
			i = end;
		} else if (level === 'double' && marks.level === 'double' && runsOn(text, i, to, options)) {
			spans.push(spanOf(text, i, to, marks));
			break;
		}
	}
	return spans;
}

/**
 * Where an unclosed quotation cut short by an embedded post ends: just after the ellipsis the
 * post's preview ends with, before its link ("“Vamos a colaborar siempre, pero la seguridad
 * de México le… pic.twitter.com/…"), when no other mark comes first; -1 otherwise.
 */
function cutShort(text: string, open: number, to: number): number {
	// Up to the next mark only: reading the rest of the block for each unclosed mark would
	// make a block of many of them quadratic.
	for (let k = open + 1; k < to; k++) {
		const char = text[k]!;
		if (char === '…') {
			if (/^\s+(?:pic\.twitter\.com\/|https?:\/\/|t\.co\/)/u.test(text.slice(k + 1, k + 24)))
				return k + 1;
		} else if (allMarks.has(char) && char !== '’') return -1;
	}
	return -1;
}

/** Whether an unclosed quotation at `open` runs to `to`: nothing after it looks like a mark. */
function runsOn(text: string, open: number, to: number, options: SpanOptions): boolean {
	// Up to the first mark only (every mark is one UTF-16 unit): spreading the whole rest for
	// each unclosed mark made a block of many of them quadratic.
	for (let k = open + 1; k < to; k++) {
		const char = text[k]!;
		if (allMarks.has(char) && char !== '’' && char !== "'") return false;
	}
	const rest = text.slice(open + 1, to);
	return (
		options.runsOn === true || (/[.?!…]\s*$/.test(rest) && wordCount(rest, 0, rest.length) >= 8)
	);
}

function wordCount(text: string, from: number, to: number): number {
	return text.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function spanOf(text: string, open: number, close: number, marks: QuoteMarks): QuoteSpan {
	const innerLevel = marks.open === '«' ? 'inner-of-angle' : 'single';
	return {
		open,
		close,
		text: text.slice(open + 1, close),
		inner: marks.level === 'double' ? findSpans(text, open + 1, close, innerLevel, {}) : [],
	};
}
