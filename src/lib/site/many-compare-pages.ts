import { ledeOf } from '../../markdown/markdown-text.ts';
import { outletName, shortHeadline } from '../articles/article-labels.ts';
import { alignClaims } from '../compare/claim-alignment.ts';
import { type StoryProps, storyClaims } from './collections.ts';
import { siteRoutes } from './urls.ts';

/** The many-way comparison: every article of a story as a column, claims by topic in rows. */
export async function manyComparePage({ story, articles }: StoryProps) {
	return {
		storyUrl: siteRoutes.story(story.id),
		columns: articles.map((article) => ({
			id: article.id,
			label: shortHeadline(article.data.headline.text, 4),
			headline: article.data.headline.text,
			url: siteRoutes.article(article.id),
			outlet: outletName(article.data),
			lede: ledeOf(article.body ?? ''),
		})),
		topics: alignClaims(
			await storyClaims(story.id),
			articles.map((a) => a.id),
		),
	};
}
