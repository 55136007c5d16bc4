import { getCollection } from 'astro:content';
import { outletName, textLang } from '../articles/article-labels.ts';
import { rememberLast } from '../content/remember-last.ts';
import { quotesBySpeaker, type SpeakerQuotes } from '../quotes/views/quotes-by-speaker.ts';
import { type QuoteSource, sourceLabel } from '../quotes/views/quote-view.ts';
import { type ArticleEntry, renderedQuotes } from './collections.ts';

/** Some articles' quotations by speaker (people in `people.yaml` order first, then unnamed). */
export async function speakerQuotesOf(articles: readonly ArticleEntry[]): Promise<SpeakerQuotes[]> {
	const people = await getCollection('people');
	const found = await Promise.all(
		articles.map(async (article) => ({
			article: article.id,
			quotes: await renderedQuotes(article),
		})),
	);
	return quotesBySpeaker(
		found,
		people.map((person) => person.id),
	);
}

type SiteQuotes = { speakers: SpeakerQuotes[]; sources: Map<string, QuoteSource> };

// Grouping every quotation on the site is the costliest step of a build after the preview
// cards; the quotes page and each person's page share one grouping.
const rememberedSiteQuotes = rememberLast<Promise<SiteQuotes>>();

/** Every quotation on the site by speaker, and how to name and date each article in a list. */
export async function allSpeakerQuotes(): Promise<SiteQuotes> {
	const articles = (await getCollection('articles')).toSorted((a, b) => a.id.localeCompare(b.id));
	const people = await getCollection('people');
	const inputs = [
		...articles.flatMap((article) => [article.data, article.rendered, article.digest]),
		...people.map((person) => person.id),
	];
	return rememberedSiteQuotes(inputs, async () => {
		const sources = new Map(
			articles.map(({ id, data }) => [
				id,
				{
					label: sourceLabel(outletName(data), data.headline.text),
					date: data.date,
					lang: textLang(data),
				},
			]),
		);
		return { speakers: await speakerQuotesOf(articles), sources };
	});
}
