/** A stretch of text between a pair of quote marks. Offsets are UTF-16 indices into the text. */
export interface QuoteSpan {
	/** Index of the opening mark. */
	open: number;
	/** Index of the closing mark. */
	close: number;
	/** The words inside the marks: `text.slice(open + 1, close)`. */
	text: string;
	/** Quotes inside this one, in single marks (speech the speaker recounts). */
	inner: QuoteSpan[];
}

const letter = /[\p{L}\p{N}]/u;
const openingContext = /[\s([{\u2014\u2013\-/"“‘]/u;

function isLetter(char: string | undefined): boolean {
	return char !== undefined && letter.test(char);
}

/** Whether a straight mark at `index` opens a quote (after a space or bracket, before a word). */
function opensAt(text: string, index: number): boolean {
	const before = text[index - 1];
	const after = text[index + 1];
	return (
		(before === undefined || openingContext.test(before)) &&
		after !== undefined &&
		!/\s/.test(after)
	);
}

/**
 * Finds the double-quoted spans of a block of text, curly or straight, and inside each the
 * single-quoted spans. An unclosed mark opens nothing: a quote that runs on into the next
 * paragraph is not guessed at.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '“' || (char === '"' && open < 0 && opensAt(text, i))) {
			open = i;
		} else if ((char === '”' || char === '"') && open >= 0) {
			spans.push(spanOf(text, open, i));
			open = -1;
		}
	}
	return spans;
}

function spanOf(text: string, open: number, close: number): QuoteSpan {
	return {
		open,
		close,
		text: text.slice(open + 1, close),
		inner: findSingleSpans(text, open + 1, close),
	};
}

/**
 * Single-quoted spans between `from` and `to`. A ’ or ' between two letters is an apostrophe
 * ("Trump’s"), so a closing mark must not be followed by a letter.
 */
function findSingleSpans(text: string, from: number, to: number): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let open = -1;
	for (let i = from; i < to; i++) {
		const char = text[i];
		if (open < 0 && (char === '‘' || (char === "'" && opensAt(text, i)))) {
			open = i;
		} else if (
			open >= 0 &&
			(char === '’' || char === "'") &&
			!isLetter(text[i + 1]) &&
			!/\s/.test(text[i - 1] ?? ' ')
		) {
			spans.push({ open, close: i, text: text.slice(open + 1, i), inner: [] });
			open = -1;
		}
	}
	return spans;
}
