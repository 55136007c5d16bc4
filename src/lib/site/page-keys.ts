import { getCollection } from 'astro:content';
import {
	articlePageKey,
	claimPageKey,
	manyComparePageKey,
	pairPageKey,
	personPageKey,
	quotesPageKey,
	type StoryInputs,
	storyPageKey,
} from '../stories/page-keys.ts';
import { articlesOfStory } from '../stories/story-articles.ts';

/**
 * Each route's `getStaticPaths` with a `cacheKey` added to every path, from the pure keys in
 * src/lib/stories/page-keys.ts: the paths and props are the views' own, untouched.
 */

/** Every story's inputs by story id. */
async function storyInputs(): Promise<Map<string, StoryInputs>> {
	const [stories, articles, claims, people] = await Promise.all([
		getCollection('stories'),
		getCollection('articles'),
		getCollection('claims'),
		getCollection('people'),
	]);
	return new Map(
		stories.map((story) => [
			story.id,
			{
				story,
				articles: articlesOfStory(story.id, articles),
				claims: claims.find((file) => file.id === story.id)?.data.claims ?? [],
				people,
			},
		]),
	);
}

function inputsOf(all: Map<string, StoryInputs>, story: string): StoryInputs {
	const inputs = all.get(story);
	// Validation refuses an article or claim map naming a missing story; this is a second lock.
	if (!inputs) throw new Error(`no story "${story}" to key a page by`);
	return inputs;
}

type Path<P> = { params: Record<string, string>; props: P };

/** Adds each path's key. */
async function keyed<P>(
	paths: Promise<Path<P>[]>,
	key: (props: P, all: Map<string, StoryInputs>) => string,
): Promise<(Path<P> & { cacheKey: string })[]> {
	const [list, all] = await Promise.all([paths, storyInputs()]);
	return list.map((path) => ({ ...path, cacheKey: key(path.props, all) }));
}

export const withArticleKeys = <P extends { article: { id: string; data: { story: string } } }>(
	paths: Promise<Path<P>[]>,
) => keyed(paths, ({ article }, all) => articlePageKey(article, inputsOf(all, article.data.story)));

export const withStoryKeys = <P extends { story: { id: string } }>(paths: Promise<Path<P>[]>) =>
	keyed(paths, ({ story }, all) => storyPageKey(inputsOf(all, story.id)));

export const withManyCompareKeys = <P extends { story: { id: string } }>(
	paths: Promise<Path<P>[]>,
) => keyed(paths, ({ story }, all) => manyComparePageKey(inputsOf(all, story.id)));

type PairLike = { story: { id: string }; a: StoryInputs['story']; b: StoryInputs['story'] };
export const withPairKeys = <P extends PairLike>(paths: Promise<Path<P>[]>) =>
	keyed(paths, ({ story, a, b }, all) => pairPageKey(a, b, inputsOf(all, story.id)));

type ClaimLike = { claim: Parameters<typeof claimPageKey>[0] & { story: string } };
export const withClaimKeys = <P extends ClaimLike>(paths: Promise<Path<P>[]>) =>
	keyed(paths, ({ claim }, all) => claimPageKey(claim, inputsOf(all, claim.story)));

export async function withPersonKeys<P extends { person: { id: string; data: { name: string } } }>(
	paths: Promise<Path<P>[]>,
) {
	const [list, people, articles] = await Promise.all([
		paths,
		getCollection('people'),
		getCollection('articles'),
	]);
	return list.map((path) => ({
		...path,
		cacheKey: personPageKey(path.props.person, people, articles),
	}));
}

/**
 * The one path of "Who said what" (src/pages/quotes/[...index].astro), with its key. Astro keys
 * only the paths a route's `getStaticPaths` returns, so the page is a rest route with one path,
 * the folder itself; a plain `quotes/index.astro` would regroup every quotation on every build.
 */
export async function quotesPagePaths(): Promise<
	{ params: { index: undefined }; props: Record<string, never>; cacheKey: string }[]
> {
	const [people, articles] = await Promise.all([
		getCollection('people'),
		getCollection('articles'),
	]);
	return [{ params: { index: undefined }, props: {}, cacheKey: quotesPageKey(people, articles) }];
}
