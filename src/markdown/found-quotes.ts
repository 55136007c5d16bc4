import type { ArticleQuote } from '../lib/quotes/views/article-quotes.ts';

/**
 * The hand-off between the quote plugin and the pages: rehype-mark-quotes finds an article's
 * quotations while Astro renders it, and leaves them in the rendered entry's
 * `remarkPluginFrontmatter` under this key, where the quotes, people and search pages read them.
 */
export const foundQuotesKey = 'foundQuotes';

/** The frontmatter the plugin writes. */
export interface FoundQuotesFrontmatter {
	[foundQuotesKey]: ArticleQuote[];
}

/** Leaves an article's quotations in its rendered frontmatter. */
export function handOverQuotes(frontmatter: Record<string, unknown>, quotes: ArticleQuote[]): void {
	(frontmatter as Partial<FoundQuotesFrontmatter>)[foundQuotesKey] = quotes;
}

/**
 * An article's quotations from its rendered frontmatter, or undefined when the plugin did not
 * run to the end (Astro logs a plugin's error and renders an empty body).
 */
export function receiveQuotes(frontmatter: Record<string, unknown>): ArticleQuote[] | undefined {
	const quotes = (frontmatter as Partial<FoundQuotesFrontmatter>)[foundQuotesKey];
	return Array.isArray(quotes) ? quotes : undefined;
}
