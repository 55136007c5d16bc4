/**
 * The name a described speaker goes on to be given: "said Raman's colleague, strategist Ben
 * Osei", "dijo un vecino, el comerciante Luis Mora", "said strategist Ben Osei". Scorers and
 * readers want the person, and the description is only how the article introduces them.
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { isPersonName } from '../reading/named-sources.ts';

const name = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}`;
/**
 * Up to four lower-case words of a description: "colleague", "el comerciante", "la abogada de
 * inmigración".
 */
const nouns = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,4}`;
const pattern = new RegExp(
	String.raw`^(?:['’]s)?((?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s*,\s*|\s+)?(${nouns})(${name})(?![\p{L}])`,
	'u',
);

/**
 * The person's name right after a description that ends at `from` (or, with nothing before,
 * after lower-case nouns starting there), if the words between are nouns, not a clause
 * ("adding that President …", "who told Reuters …").
 */
export function appositiveName(text: string, from: number, lang: Lang): string | undefined {
	const match = pattern.exec(text.slice(from, from + 120));
	if (!match) return undefined;
	const between = `${match[1] ?? ''} ${match[2] ?? ''}`.match(/\p{L}+/gu) ?? [];
	// A title's field after its noun is no clause: "la abogada de inmigración", "el profesor
	// de derecho"; nor is a fourth word otherwise.
	const field = (word: string, i: number) => {
		const noun = between[i + 1];
		return (
			i > 0 && /^(?:de|of)$/i.test(word) && noun !== undefined && !is('determiner', noun, lang)
		);
	};
	if (between.length > 3 && !between.some(field)) return undefined;
	const clause = between.some(
		(word, i) =>
			!field(word, i) &&
			(is('clauseStop', word, lang) ||
				is('skippable', word, lang) ||
				is('preposition', word, lang) ||
				/(?:ing|ndo)$/.test(word)),
	);
	return !clause && isPersonName(match[3]!) ? match[3] : undefined;
}
