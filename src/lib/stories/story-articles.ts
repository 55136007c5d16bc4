import type { Article } from '../../schemas/article.ts';
import { dateSortKey } from '../text/format-date.ts';

/** An article entry as pages receive it. */
export interface ArticleEntry {
	id: string;
	data: Article;
}

/** A story's articles, oldest first (unknown dates last), ties broken by id for stable output. */
export function articlesOfStory<T extends ArticleEntry>(
	storyId: string,
	articles: readonly T[],
): T[] {
	return articles
		.filter((article) => article.data.story === storyId)
		.sort(
			(a, b) =>
				dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date)) ||
				a.id.localeCompare(b.id),
		);
}
