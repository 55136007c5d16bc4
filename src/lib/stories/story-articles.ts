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

/** How a reader should see who published an article when the text does not say. */
export function outletName(article: Article): string {
	return article.outlet ?? 'Unknown outlet';
}

/** A headline cut to its first words, for column heads and compact lists. */
export function shortHeadline(text: string, words = 6): string {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

/** Every ordered pair of a story's articles: what the compare pages are built for. */
export function orderedPairs<T>(items: readonly T[]): [T, T][] {
	return items.flatMap((a) => items.filter((b) => b !== a).map((b) => [a, b] as [T, T]));
}

/**
 * The preview card of a comparison, under /og/: one per pair whichever side is on the
 * left, its two articles in id order. Cards are most of a cold build, and pairs grow with
 * the square of a story's articles, so this halves the largest share of them.
 */
export function pairCard(a: string, b: string): string {
	return a < b ? `compare/${a}/${b}` : `compare/${b}/${a}`;
}
