import type { Claim } from '../../schemas/claims.ts';
import type { ArticleQuote } from '../quotes/views/article-quotes.ts';

/** One thing a reader can find: a claim, a quote or a headline, and where it stands. */
export interface SearchRecord {
	/** Unique across the index: `claim:<id>`, `quote:<article>#<q-id>`, `headline:<article>`. */
	id: string;
	type: 'claim' | 'quote' | 'headline';
	/** The words searched and shown: a claim's statement, a quote's words, a headline. */
	text: string;
	/** Further words searched: a claim's excerpts, the article a quote or headline is from. */
	context: string;
	/** The speaker's name, for quotes with a known or described speaker. */
	speaker?: string;
	/** The outlets (or, where unknown, headlines) that carry it. */
	outlets: string[];
	/** Where it opens: the claim row, the quote in its article, the article. */
	url: string;
	/** The language of `text` where it is not the site's (a Spanish quote or headline). */
	lang?: string;
}

/** An article as the index needs it. */
export interface IndexedArticle {
	id: string;
	headline: string;
	/** The outlet's name, or a short headline when the outlet is unknown. */
	source: string;
	quotes: readonly ArticleQuote[];
	/** The article's language where it is not the site's; its quotes and headline carry it. */
	lang?: string | undefined;
}

/** The paths records link to. */
export interface RecordPaths {
	article: (id: string) => string;
	story: (id: string) => string;
}

/**
 * Every searchable record of a story, built once at build time so the browser only ranks.
 * Claims open on their row in the story's matrix; quotes on their mark in the article.
 */
export function searchRecords(
	story: string,
	claims: readonly Claim[],
	articles: readonly IndexedArticle[],
	names: ReadonlyMap<string, string>,
	paths: RecordPaths,
): SearchRecord[] {
	const byId = new Map(articles.map((article) => [article.id, article]));
	const records: SearchRecord[] = claims.map((claim) => ({
		id: `claim:${claim.id}`,
		type: 'claim',
		text: claim.statement,
		context: claim.coverage.map((entry) => entry.excerpt).join(' · '),
		outlets: [
			...new Set(claim.coverage.map((entry) => byId.get(entry.article)?.source ?? entry.article)),
		],
		url: `${paths.story(story)}#claim-${claim.id}`,
	}));
	for (const article of articles) {
		const lang = article.lang ? { lang: article.lang } : {};
		records.push({
			id: `headline:${article.id}`,
			type: 'headline',
			text: article.headline,
			context: article.source,
			outlets: [article.source],
			url: paths.article(article.id),
			...lang,
		});
		for (const quote of article.quotes) {
			const speaker =
				(quote.speaker ? names.get(quote.speaker) : undefined) ?? quote.description ?? undefined;
			records.push({
				id: `quote:${article.id}#${quote.id}`,
				type: 'quote',
				text: quote.text,
				context: article.headline,
				...(speaker ? { speaker } : {}),
				outlets: [article.source],
				url: `${paths.article(article.id)}#${quote.id}`,
				...lang,
			});
		}
	}
	return records;
}
