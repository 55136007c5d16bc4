/**
 * The name a described speaker goes on to be given: "said Raman's colleague, strategist Ben
 * Osei", "dijo un vecino, el comerciante Luis Mora", "said strategist Ben Osei". Scorers and
 * readers want the person, and the description is only how the article introduces them.
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { isPersonName } from '../reading/named-sources.ts';

const name = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}`;
/** Up to three lower-case words of a description: "colleague", "el comerciante". */
const nouns = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,3}`;
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
	const clause = between.some(
		(word) =>
			is('clauseStop', word, lang) ||
			is('skippable', word, lang) ||
			is('preposition', word, lang) ||
			/(?:ing|ndo)$/.test(word),
	);
	return !clause && isPersonName(match[3]!) ? match[3] : undefined;
}
