import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { receiveQuotes } from '../../markdown/found-quotes.ts';
import { storedHtml } from '../content/lean-entry.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { ArticleQuote } from '../quotes/views/article-quotes.ts';
import { articlesOfStory } from '../stories/story-articles.ts';

/** An article, story or person entry as the collections hold it. */
export type ArticleEntry = CollectionEntry<'articles'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type PersonEntry = CollectionEntry<'people'>;

/** Astro's render of an article or story, with the HTML the store keeps packed unpacked. */
export function renderStored(entry: ArticleEntry | StoryEntry): ReturnType<typeof render> {
	return render({
		...entry,
		rendered: entry.rendered && { ...entry.rendered, html: storedHtml(entry) },
	});
}

/**
 * The quotations the Markdown plugin found while rendering an article. Astro logs a plugin's
 * error and renders an empty body; failing here makes such an article stop the build instead.
 */
export async function renderedQuotes(article: ArticleEntry): Promise<ArticleQuote[]> {
	const { remarkPluginFrontmatter } = await render(article);
	const quotes = receiveQuotes(remarkPluginFrontmatter);
	if (!quotes)
		throw new Error(
			`content/articles/${article.id}.md did not render; see the Markdown error above.`,
		);
	return quotes;
}

/** People's names by id: how pages name a speaker. */
export async function peopleNames(): Promise<Map<string, string>> {
	return new Map((await getCollection('people')).map(({ id, data }) => [id, data.name]));
}

/** A story's claim map (empty when the story has none yet). */
export async function storyClaims(story: string): Promise<Claim[]> {
	return (await getEntry('claims', story))?.data.claims ?? [];
}

/** Every claim of every story, with its story's id. */
export async function allClaims(): Promise<(Claim & { story: string })[]> {
	return (await getCollection('claims')).flatMap((entry) =>
		entry.data.claims.map((claim) => ({ ...claim, story: entry.id })),
	);
}

/** A story's articles in reading order. */
export async function storyArticles(story: string): Promise<ArticleEntry[]> {
	return articlesOfStory(story, await getCollection('articles'));
}

/** What a story's pages receive. */
export interface StoryProps {
	story: StoryEntry;
	articles: ArticleEntry[];
}

/** One route per story, with the story and its articles in reading order. */
export async function storyPaths(): Promise<{ params: { story: string }; props: StoryProps }[]> {
	const articles = await getCollection('articles');
	return (await getCollection('stories')).map((story) => ({
		params: { story: story.id },
		props: { story, articles: articlesOfStory(story.id, articles) },
	}));
}
