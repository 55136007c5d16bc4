import { getCollection, getEntry } from 'astro:content';
import { outletName } from '../articles/article-labels.ts';
import { stanceLabels } from '../claims/stance-labels.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import { textFragmentUrl } from '../text/text-fragment.ts';
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

/** The claim page: how each article of the story handles the claim, in its own words. */
export async function claimPage({ claim, articles }: ClaimProps) {
	const story = await getEntry('stories', claim.story);
	const coverageOf = new Map(claim.coverage.map((entry) => [entry.article, entry]));
	return {
		story: { title: story?.data.title, url: siteRoutes.story(claim.story) },
		coverage: articles.map(({ id, data }) => {
			const entry = coverageOf.get(id);
			const stance: ClaimStance | 'omits' = entry?.stance ?? 'omits';
			return {
				id,
				headline: data.headline.text,
				url: siteRoutes.article(id),
				outlet: outletName(data),
				stance,
				stanceLabel: stanceLabels[stance],
				excerpt: entry && { text: entry.excerpt, url: `${siteRoutes.article(id)}#claim-${claim.id}` },
				original: entry && data.url ? textFragmentUrl(data.url, entry.excerpt) : undefined,
			};
		}),
	};
}
