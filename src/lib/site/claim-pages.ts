import { getCollection, getEntry } from 'astro:content';
import { claimView, type ClaimView } from '../claims/claim-view.ts';
import type { Claim } from '../../schemas/claims.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import { allClaims, type ArticleEntry } from './collections.ts';
import { siteRoutes } from './urls.ts';

/** What each claim page receives from its route. */
export interface ClaimProps {
	claim: Claim & { story: string };
	articles: ArticleEntry[];
}

/** One route per claim, with its story's articles in reading order. */
export async function claimPaths(): Promise<{ params: { claim: string }; props: ClaimProps }[]> {
	const articles = await getCollection('articles');
	return (await allClaims()).map((claim) => ({
		params: { claim: claim.id },
		props: { claim, articles: articlesOfStory(claim.story, articles) },
	}));
}

/** The claim page: the articles that cover the claim, in their own words, then those that do not. */
export async function claimPage({ claim, articles }: ClaimProps): Promise<ClaimView> {
	const story = await getEntry('stories', claim.story);
	return claimView({
		claim,
		story: { id: claim.story, title: story?.data.title },
		articles,
		routes: siteRoutes,
	});
}
