/**
 * Whether a line reads as running prose, in English or Spanish: the share of function words
 * and the end of a sentence. Every pass of the classifier asks, and so does takeHeader.
 */
import { functionWordShare, type Language } from './function-words.ts';
import { words } from './line-shapes.ts';

/** The share of function words of the language the line itself is written in. */
export function proseShare(line: string): number {
	return Math.max(...(['en', 'es'] as Language[]).map((l) => functionWordShare(line, l)));
}

/**
 * A footnote's mark after a sentence's end ("… deployment.[3]", "… de 2025.¹²"): the sentence
 * closed before it.
 */
const footnoteMark = /(?<=[.!?…]["'”’»)]?)(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]+)+$/u;

/** A sentence: it ends like one and is made of running words, not a label. */
export function isSentence(line: string): boolean {
	const count = words(line).length;
	if (count >= 25) return true;
	const text = line.replace(footnoteMark, '');
	return count >= 2 && /[.!?…]["'”’»)]?$/.test(text) && proseShare(text) >= 0.15;
}
