import type { ArticleQuote } from './article-quotes.ts';

/**
 * schema.org `Quotation`s for the quotes whose speaker is a known person: unattributed
 * and unnamed speakers are left out rather than described as someone.
 */
export function quotationStructuredData(
	quotes: readonly (ArticleQuote & { article: string })[],
	names: ReadonlyMap<string, string>,
	absoluteUrl: (path: string) => string,
	articlePath: (id: string) => string,
): Record<string, unknown>[] {
	return quotes.flatMap((quote) => {
		const name = quote.speaker ? names.get(quote.speaker) : undefined;
		if (!name) return [];
		const url = absoluteUrl(`${articlePath(quote.article)}#${quote.id}`);
		return [
			{
				'@type': 'Quotation',
				text: quote.text,
				url,
				spokenByCharacter: { '@type': 'Person', name },
				isPartOf: absoluteUrl(articlePath(quote.article)),
			},
		];
	});
}
