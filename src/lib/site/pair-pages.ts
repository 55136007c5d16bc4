import { getCollection } from 'astro:content';
import { pairView, type PairView } from '../compare/pair-view.ts';
import { orderedPairs } from '../compare/pairs.ts';
import { storedHtml } from '../content/lean-entry.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import {
	type ArticleEntry,
	peopleNames,
	renderedQuotes,
	type StoryEntry,
	storyClaims,
} from './collections.ts';
import { siteRoutes } from './urls.ts';

/** What each pair page receives from its route. */
export interface PairProps {
	story: StoryEntry;
	a: ArticleEntry;
	b: ArticleEntry;
	others: ArticleEntry[];
}

/** Every ordered pair of every story's articles. */
export async function pairPaths(): Promise<
	{ params: { a: string; b: string }; props: PairProps }[]
> {
	const articles = await getCollection('articles');
	return (await getCollection('stories')).flatMap((story) => {
		const own = articlesOfStory(story.id, articles);
		return orderedPairs(own).map(([a, b]) => ({
			params: { a: a.id, b: b.id },
			props: { story, a, b, others: own.filter((x) => x !== a && x !== b) },
		}));
	});
}

async function side(entry: ArticleEntry) {
	// Rendering first: it throws for an article whose Markdown failed, before its HTML is used.
	const quotes = await renderedQuotes(entry);
	return {
		id: entry.id,
		data: entry.data,
		html: storedHtml(entry),
		quotes,
	};
}

/** The pair page's view, from its route's props. */
export async function pairPage({ story, a, b, others }: PairProps): Promise<PairView> {
	return pairView({
		story: { id: story.id, title: story.data.title, stanceScale: story.data.stanceScale },
		a: await side(a),
		b: await side(b),
		others,
		claims: await storyClaims(story.id),
		names: await peopleNames(),
		routes: siteRoutes,
	});
}
