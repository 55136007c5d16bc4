import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Claim } from '../../schemas/claims.ts';
import type { ArticleQuote } from '../quotes/article-quotes.ts';
import { receiveQuotes } from '../../markdown/found-quotes.ts';
import { articlesOfStory } from '../stories/story-articles.ts';

/**
 * The quotations the Markdown plugin found in an article. Astro logs a plugin's error
 * and renders an empty body; failing here makes such an article stop the build instead.
 */
export async function quotesOf(article: CollectionEntry<'articles'>): Promise<ArticleQuote[]> {
	const { remarkPluginFrontmatter } = await render(article);
	const quotes = receiveQuotes(remarkPluginFrontmatter);
	if (!quotes)
		throw new Error(
			`content/articles/${article.id}.md did not render; see the Markdown error above.`,
		);
	return quotes;
}

/** Every claim of every story, with its story's id. */
export async function allClaims(): Promise<(Claim & { story: string })[]> {
	return (await getCollection('claims')).flatMap((entry) =>
		entry.data.claims.map((claim) => ({ ...claim, story: entry.id })),
	);
}

/** One route per story, with the story and its articles in reading order. */
export async function storyPaths() {
	const articles = await getCollection('articles');
	return (await getCollection('stories')).map((story) => ({
		params: { story: story.id },
		props: { story, articles: articlesOfStory(story.id, articles) },
	}));
}

/** What a story's pages receive. */
export interface StoryProps {
	story: CollectionEntry<'stories'>;
	articles: CollectionEntry<'articles'>[];
}
