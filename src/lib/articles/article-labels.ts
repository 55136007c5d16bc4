import type { Article } from '../../schemas/article.ts';

/** How a reader should see who published an article when the text does not say. */
export function outletName(article: Article): string {
	return article.outlet ?? 'Unknown outlet';
}

/** An article's kind in a metadata line; unjudged kinds say so, in one wording site-wide. */
export function kindLabel(article: Article): string {
	return article.kind ?? 'kind not yet judged';
}

/** A headline cut to its first words, for column heads and compact lists. */
export function shortHeadline(text: string, words = 6): string {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
