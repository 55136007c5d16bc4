import { lowerBound } from './sorted-arrays.ts';
import type { SearchTerms } from './index-format.ts';

/**
 * The letters most likely to follow `word` as it is typed, most likely first: of the index's
 * terms that begin with it and are longer, the next letter of each, weighed by how many
 * records hold the term (a reader types the words the records hold). At most `count`; none
 * when no longer term begins with the word.
 */
export function likelyNextLetters(word: string, table: SearchTerms, count: number): string[] {
	const weights = new Map<string, number>();
	for (let i = lowerBound(table.terms, word); i < table.terms.length; i++) {
		const term = table.terms[i]!;
		if (!term.startsWith(word)) break;
		if (term.length === word.length) continue;
		const letter = String.fromCodePoint(term.codePointAt(word.length)!);
		weights.set(letter, (weights.get(letter) ?? 0) + table.df[i]!);
	}
	return [...weights]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, count)
		.map(([letter]) => letter);
}
