import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { outletName } from '../lib/articles/article-labels.ts';
import { articleUrl } from '../lib/site/urls.ts';

/**
 * The articles as an RSS feed. An item carries a publication date only when the article's
 * date is known to the day: a month or an inferred date is not a date to invent.
 */
export const GET: APIRoute = async ({ site }) => {
	const articles = (await getCollection('articles')).toSorted((a, b) => a.id.localeCompare(b.id));
	return rss({
		title: 'Parallax: articles',
		description: 'Several outlets’ coverage of one story, side by side, down to claims and quotes.',
		site: site!,
		items: articles.map(({ id, data }) => ({
			title: data.headline.text,
			link: articleUrl(id),
			description: data.summary ?? undefined,
			author: data.author ?? undefined,
			categories: [outletName(data), ...(data.kind ? [data.kind] : [])],
			...(data.date.precision === 'day'
				? { pubDate: new Date(`${data.date.value}T00:00:00Z`) }
				: {}),
		})),
	});
};
