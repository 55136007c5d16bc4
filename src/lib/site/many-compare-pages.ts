import { manyView } from '../compare/many-view.ts';
import { storedLede } from '../content/lean-entry.ts';
import { type StoryProps, storyClaims } from './collections.ts';
import { siteRoutes } from './urls.ts';

/** The many-way comparison's view, from its route's props. */
export async function manyComparePage({ story, articles }: StoryProps) {
	return manyView({
		story: { id: story.id, title: story.data.title },
		articles: articles.map((article) => ({ ...article, lede: storedLede(article) })),
		claims: await storyClaims(story.id),
		routes: siteRoutes,
	});
}
