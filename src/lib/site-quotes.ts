import { getCollection } from 'astro:content';
import { quotesBySpeaker, type SpeakerQuotes } from './quote-index.ts';
import { quotesOf } from './site-data.ts';
import { outletName } from './story-data.ts';

/** Every quotation on the site by speaker, and how to name each article in a list. */
export async function siteQuotes(): Promise<{
	speakers: SpeakerQuotes[];
	sources: Map<string, string>;
}> {
	const articles = (await getCollection('articles')).toSorted((a, b) => a.id.localeCompare(b.id));
	const people = await getCollection('people');
	const found = await Promise.all(
		articles.map(async (article) => ({ article: article.id, quotes: await quotesOf(article) })),
	);
	const speakers = quotesBySpeaker(
		found,
		people.map((person) => person.id),
	);
	const sources = new Map(
		articles.map(({ id, data }) => [id, `${outletName(data)}, “${data.headline.text}”`]),
	);
	return { speakers, sources };
}
