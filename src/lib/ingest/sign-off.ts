/**
 * A letter's close at the end of a newsletter or a column: a short salutation that ends in a
 * comma ("Hasta pronto,", "Best,") and, on the next line, the name that signs it. Both are the
 * author's words, though neither reads as a sentence nor shares the article's words.
 */
import { words } from './line-shapes.ts';
import { uiCue } from './vocabulary/index.ts';

/** A salutation runs a few words and waits for its signature: it ends in a comma. */
const salutation = /^\p{Lu}[\p{L}\s'’]*,$/u;
/** A signature is a name or two, capitalised, with nothing else on the line. */
const signature = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** The indexes of each salutation followed by its signature (blank lines between skipped). */
export function signOffLines(trimmed: readonly string[]): Set<number> {
	const lines = new Set<number>();
	trimmed.forEach((line, index) => {
		if (!salutation.test(line) || words(line).length > 4 || uiCue(line)) return;
		let next = index + 1;
		while (trimmed[next] === '') next++;
		const name = trimmed[next];
		if (name === undefined || !signature.test(name) || uiCue(name)) return;
		lines.add(index).add(next);
	});
	return lines;
}
