import type { CollectionEntry } from 'astro:content';
import { quotesBySpeaker, type SpeakerQuotes } from '../quotes/quotes-by-speaker.ts';
import { quotesOf } from './collections.ts';

/** Some articles’ quotations by speaker (people in `speakerOrder` first, then unnamed ones). */
export async function quotesOfArticles(
	articles: readonly CollectionEntry<'articles'>[],
	speakerOrder: readonly string[],
): Promise<SpeakerQuotes[]> {
	const found = await Promise.all(
		articles.map(async (article) => ({ article: article.id, quotes: await quotesOf(article) })),
	);
	return quotesBySpeaker(found, speakerOrder);
}
