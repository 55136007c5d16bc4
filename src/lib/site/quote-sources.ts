import { getCollection } from 'astro:content';
import type { SpeakerQuotes } from '../quotes/quotes-by-speaker.ts';
import { quotesOfArticles } from './speaker-quotes.ts';
import { outletName } from '../stories/story-articles.ts';

/** Every quotation on the site by speaker, and how to name each article in a list. */
export async function siteQuotes(): Promise<{
	speakers: SpeakerQuotes[];
	sources: Map<string, string>;
}> {
	const articles = (await getCollection('articles')).toSorted((a, b) => a.id.localeCompare(b.id));
	const people = await getCollection('people');
	const speakers = await quotesOfArticles(
		articles,
		people.map((person) => person.id),
	);
	const sources = new Map(
		articles.map(({ id, data }) => [id, `${outletName(data)}, “${data.headline.text}”`]),
	);
	return { speakers, sources };
}
