import { verbatimIn } from '../../text/text-match.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Problem } from '../problems.ts';

/** Claim excerpts, stance evidence and curated quotes stand verbatim in their article. */
export function checkVerbatim(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const notFound = (file: string, field: string, text: string, article: string): Problem => ({
		file,
		field,
		message: `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}" does not stand verbatim in ${article}`,
		expected: "the article's own words (white space and quote marks may differ)",
	});

	// Each body normalised once, for every passage looked up in it.
	const inBody = new Map<string, (needle: string) => boolean>();
	const standsIn = (article: { id: string; text: string }) => {
		let test = inBody.get(article.id);
		if (!test) {
			test = verbatimIn(article.text);
			inBody.set(article.id, test);
		}
		return test;
	};

	for (const article of content.articles.values()) {
		article.data.stance?.evidence.forEach((passage, i) => {
			if (!standsIn(article)(passage))
				problems.push(notFound(article.file, `stance.evidence.${i}`, passage, 'the body'));
		});
		article.data.quotes.forEach((quote, i) => {
			if (!standsIn(article)(quote.text))
				problems.push(notFound(article.file, `quotes.${i}.text`, quote.text, 'the body'));
		});
	}
	for (const claimsFile of content.claims.values()) {
		for (const [i, claim] of claimsFile.data.claims.entries()) {
			claim.coverage.forEach((coverage, j) => {
				const article = content.articles.get(coverage.article);
				if (article && !standsIn(article)(coverage.excerpt)) {
					problems.push(
						notFound(
							claimsFile.file,
							`claims.${i}.coverage.${j}.excerpt`,
							coverage.excerpt,
							article.file,
						),
					);
				}
			});
		}
	}
	return problems;
}
