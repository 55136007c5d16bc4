import { routes } from '../routes.ts';

/** The site's paths under the configured base; for pages (plugins get `routes(base)`). */
export const siteRoutes = routes(import.meta.env.BASE_URL);

export const {
	home: homeUrl,
	story: storyUrl,
	article: articleUrl,
	claim: claimUrl,
	quotes: quotesUrl,
	person: personUrl,
	compare: compareUrl,
	compareMany: compareManyUrl,
	ogImage: ogImageUrl,
	rss: rssUrl,
	search: searchUrl,
	searchData: searchDataUrl,
	searchEntry: searchEntryUrl,
} = siteRoutes;
