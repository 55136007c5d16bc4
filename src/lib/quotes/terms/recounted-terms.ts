import type { FoundQuote, FoundTerm } from '../quote-types.ts';
import type { Lang } from '../words/language.ts';
import { termReason } from './term-signs.ts';

/**
 * Splits the words a quotation recounts (see `nestedQuotes`) into quotations and terms:
 * recounted words no one is said to have spoken may be a term the speaker uses.
 */
export function splitRecounted(
	nested: readonly FoundQuote[],
	text: string,
	block: number,
	lang: Lang,
	timesQuoted: (text: string) => number,
): { quotes: FoundQuote[]; terms: FoundTerm[] } {
	const quotes: FoundQuote[] = [];
	const terms: FoundTerm[] = [];
	for (const quote of nested) {
		const term =
			quote.speaker || quote.description
				? undefined
				: termReason(text, quote.start - 1, quote.end, timesQuoted(quote.text), lang);
		if (term)
			terms.push({ block, start: quote.start, end: quote.end, text: quote.text, reason: term });
		else quotes.push(quote);
	}
	return { quotes, terms };
}
