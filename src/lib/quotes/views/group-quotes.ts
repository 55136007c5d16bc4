import { normaliseForMatch } from '../../text/text-match.ts';

/** A quote as grouping needs it: where it stands, whose words, what words. */
export interface QuoteRef {
	article: string;
	id: string;
	text: string;
	speaker: string | null;
}

/** The same words from the same speaker, wherever they were quoted. */
export interface QuoteGroup<T extends QuoteRef> {
	speaker: string | null;
	/** The longest wording, to show for the group. */
	text: string;
	quotes: T[];
}

function words(text: string): string[] {
	return normaliseForMatch(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * Whether two quotations are the same words: most of the shorter one's words stand in
 * the longer one (one outlet quoting part of a sentence another quotes whole), or the two
 * share most of their words (small wording differences). Punctuation and quote marks
 * never count.
 */
export function sameWords(a: string, b: string, partial = true): boolean {
	const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [
		string[],
		string[],
	];
	if (shorter.length === 0) return false;
	const inLonger = new Set(longer);
	const shared = shorter.filter((word) => inLonger.has(word)).length;
	const containment = shared / shorter.length;
	const overlap = (2 * shared) / (shorter.length + longer.length);
	return (partial && shorter.length >= 2 && containment >= 0.8) || overlap >= 0.7;
}

/**
 * Groups quotations of the same speaker that are the same words. Within one article only
 * near-equal wordings group: a recounted quote inside a longer one is not a repeat of it.
 * Unattributed quotes are never grouped: two unknown speakers are not known to be one.
 */
export function groupQuotes<T extends QuoteRef>(quotes: readonly T[]): QuoteGroup<T>[] {
	const groups: QuoteGroup<T>[] = [];
	for (const quote of quotes) {
		const group = quote.speaker
			? groups.find(
					(g) =>
						g.speaker === quote.speaker &&
						g.quotes.some((q) => sameWords(q.text, quote.text, q.article !== quote.article)),
				)
			: undefined;
		if (group) {
			group.quotes.push(quote);
			if (quote.text.length > group.text.length) group.text = quote.text;
		} else groups.push({ speaker: quote.speaker, text: quote.text, quotes: [quote] });
	}
	return groups;
}
