import type { ArticleQuote } from './article-quotes.ts';
import { groupQuotes, type QuoteGroup } from './group-quotes.ts';

/** A quotation with the article it stands in. */
export interface PlacedQuote extends ArticleQuote {
	article: string;
}

/** One speaker's quotations, the same words across articles grouped. */
export interface SpeakerQuotes {
	/** A person's id, or null for unnamed and unresolved speakers. */
	speaker: string | null;
	groups: QuoteGroup<PlacedQuote>[];
}

/**
 * Every quotation of a story by speaker: named people first in the order given, then
 * everyone unnamed. Recounted words (nested) are the inner speaker's; pull quotes count.
 */
export function quotesBySpeaker(
	articles: readonly { article: string; quotes: readonly ArticleQuote[] }[],
	speakerOrder: readonly string[],
): SpeakerQuotes[] {
	const placed = articles.flatMap(({ article, quotes }) =>
		quotes.map((quote) => ({ ...quote, article })),
	);
	const groups = groupQuotes(placed);
	const bySpeaker = new Map<string | null, QuoteGroup<PlacedQuote>[]>();
	for (const group of groups)
		bySpeaker.set(group.speaker, [...(bySpeaker.get(group.speaker) ?? []), group]);
	const order = [
		...speakerOrder.filter((id) => bySpeaker.has(id)),
		...(bySpeaker.has(null) ? [null] : []),
	];
	return order.map((speaker) => ({ speaker, groups: bySpeaker.get(speaker)! }));
}
