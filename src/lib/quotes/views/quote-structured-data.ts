import type { ArticleQuote } from './article-quotes.ts';

/**
 * schema.org `Quotation`s for the quotes whose speaker is a known person: unattributed
 * and unnamed speakers are left out rather than described as someone. `languageOf` gives an
 * article's language where it is not the site's, as the quotation's `inLanguage`.
 */
export function quotationStructuredData(
	quotes: readonly (ArticleQuote & { article: string })[],
	names: ReadonlyMap<string, string>,
	absoluteUrl: (path: string) => string,
	articlePath: (id: string) => string,
	languageOf: (article: string) => string | undefined = () => undefined,
): Record<string, unknown>[] {
	return quotes.flatMap((quote) => {
		const name = quote.speaker ? names.get(quote.speaker) : undefined;
		if (!name) return [];
		const url = absoluteUrl(`${articlePath(quote.article)}#${quote.id}`);
		const language = languageOf(quote.article);
		return [
			{
				'@type': 'Quotation',
				text: quote.text,
				...(language ? { inLanguage: language } : {}),
				url,
				spokenByCharacter: { '@type': 'Person', name },
				isPartOf: absoluteUrl(articlePath(quote.article)),
			},
		];
	});
}
