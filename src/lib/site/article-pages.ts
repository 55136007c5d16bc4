import { getCollection, getEntry } from 'astro:content';
import { shortHeadline, textLang } from '../articles/article-labels.ts';
import { quotationStructuredData } from '../quotes/views/quote-structured-data.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import { type ArticleEntry, peopleNames, renderedQuotes, renderStored } from './collections.ts';
import { siteRoutes } from './urls.ts';

/** One route per article. */
export async function articlePaths(): Promise<
	{ params: { article: string }; props: { article: ArticleEntry } }[]
> {
	return (await getCollection('articles')).map((article) => ({
		params: { article: article.id },
		props: { article },
	}));
}

/** The article page's view: its story, its stance in words, its quotes as data, its pairs. */
export async function articlePage(article: ArticleEntry, site: URL | undefined) {
	const { data } = article;
	const story = await getEntry('stories', data.story);
	const stance = story?.data.stanceScale.find((step) => step.id === data.stance?.position);
	const { Content } = await renderStored(article);
	// Throws when the body failed to render, rather than publishing an empty article.
	const quotes = await renderedQuotes(article);
	const others = articlesOfStory(data.story, await getCollection('articles')).filter(
		(other) => other.id !== article.id,
	);
	return {
		Content,
		story: { title: story?.data.title, url: siteRoutes.story(data.story) },
		stance: stance ? `${stance.label}: ${data.stance?.rationale}` : 'Not yet judged',
		structuredData: quotationStructuredData(
			quotes.map((quote) => ({ ...quote, article: article.id })),
			await peopleNames(),
			(path) => new URL(path, site).href,
			siteRoutes.article,
			() => textLang(data),
		),
		compareWith: others.map((other) => ({
			label: shortHeadline(other.data.headline.text, 5),
			lang: textLang(other.data),
			url: siteRoutes.compare(article.id, other.id),
		})),
	};
}
