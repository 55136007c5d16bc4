import { type Article, type ArticleLanguage, siteLanguage } from '../../schemas/article.ts';

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

const languageNames: Record<ArticleLanguage, string> = { en: 'English', es: 'Spanish' };

/**
 * The `lang` attribute for an element holding an article's own words: its language where
 * that differs from the page's (`<html lang="en">`), undefined (no attribute) where not.
 */
export function textLang(article: Pick<Article, 'language'>): ArticleLanguage | undefined {
	return article.language === siteLanguage ? undefined : article.language;
}

/**
 * The small tag that shows an article is not in the site's language: its code to see ("ES")
 * and its name to hear ("in Spanish"). Undefined for an article in the site's language, which
 * needs no tag; a tag on every article would make the odd one out harder to spot.
 */
export function languageTag(
	article: Pick<Article, 'language'>,
): { code: string; name: string } | undefined {
	if (article.language === siteLanguage) return undefined;
	return { code: article.language.toUpperCase(), name: `in ${languageNames[article.language]}` };
}

/** The article's language in words, for a metadata list ("Spanish"). */
export function languageName(article: Pick<Article, 'language'>): string {
	return languageNames[article.language];
}
