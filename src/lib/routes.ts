/** Site paths under a base path, in one place so links and routes cannot drift apart. */
export interface Routes {
	home: () => string;
	story: (id: string) => string;
	article: (id: string) => string;
	claim: (id: string) => string;
	quotes: () => string;
	person: (id: string) => string;
	compare: (a: string, b: string) => string;
	compareMany: (story: string, articles?: readonly string[]) => string;
	/** A preview image, by its card's path (`stories/x`, `compare/a/b`, `site`). */
	ogImage: (card: string) => string;
	rss: () => string;
	search: () => string;
	searchData: () => string;
	searchEntry: () => string;
}

/** Paths for a site served under `base` ("/" or "/parallax/"); each ends with a slash. */
export function routes(base: string): Routes {
	const root = base.replace(/\/?$/, '/');
	return {
		home: () => root,
		story: (id) => `${root}stories/${id}/`,
		article: (id) => `${root}articles/${id}/`,
		claim: (id) => `${root}claims/${id}/`,
		quotes: () => `${root}quotes/`,
		person: (id) => `${root}people/${id}/`,
		compare: (a, b) => `${root}compare/${a}/${b}/`,
		ogImage: (card) => `${root}og/${card}.png`,
		rss: () => `${root}rss.xml`,
		search: () => `${root}search/`,
		searchData: () => `${root}search/data/`,
		searchEntry: () => `${root}search/index.json`,
		compareMany: (story, articles) =>
			`${root}stories/${story}/compare/${articles ? `?articles=${articles.join(',')}` : ''}`,
	};
}
