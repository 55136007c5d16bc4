import type { SearchHit } from './rank.ts';
import { termsOf } from './terms.ts';

/** The article a quote record stands in (`quote:<article>#<q-id>`), or undefined for other records. */
function quoteArticle(id: string): string | undefined {
	const hash = id.indexOf('#');
	return id.startsWith('quote:') && hash > 0 ? id.slice('quote:'.length, hash) : undefined;
}

/** A quote's words as one comparable line, spaces around, so word runs can be looked for in it. */
const wordLine = (text: string) => ` ${termsOf(text).join(' ')} `;

/**
 * The hits without a quote found twice: where one quote of an article stands inside a
 * longer quote of the same article (Sheinbaum recounting her own words), only the better
 * ranked of the two is kept. Order and scores are untouched; other records always pass.
 */
export function withoutNestedQuotes(hits: readonly SearchHit[]): SearchHit[] {
	const kept: { article: string; words: string }[] = [];
	return hits.filter(({ record }) => {
		const article = quoteArticle(record.id);
		if (!article) return true;
		const words = wordLine(record.text);
		const repeat = kept.some(
			(other) =>
				other.article === article && (other.words.includes(words) || words.includes(other.words)),
		);
		if (!repeat) kept.push({ article, words });
		return !repeat;
	});
}
