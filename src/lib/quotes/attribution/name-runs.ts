/** Runs of capitalised words that may be a name, and when two words belong to one run. */
import { notNames } from '../words/grammar-words.ts';
import type { Range, Word } from '../reading/sentences.ts';

/** Words joining the capitalised words of one name: "Juan Ramón de la Fuente", "Secretary of State". */
const connectors = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'of', 'the', 'for']);

/** An article after "de" or "of" inside a name: "Juan Ramón de la Fuente", "Bank of the West". */
const article = (word: string) => /^(?:la|las|los|the)$/.test(word);

export const capitalised = (word: string) =>
	/^\p{Lu}/u.test(word) && !notNames.has(word.toLowerCase());

/** Titles shortened with a full stop inside a name: "State Sen. Carla Medrano", "el Gral. Ruiz". */
const abbreviated = /^(?:Sen|Rep|Gov|Lt|Gen|Dr|Mr|Mrs|Ms|Sr|Sra|Lic|Gral)$/;

/** A nickname blanked with the quotations: `Gilberto "        " Saucedo`. */
const blankedNickname = /^\s+["“]\s*["”]\s+$/u;

/** A name as a reader looks it up, without a blanked nickname in it: "Gilberto Saucedo". */
export const withoutNickname = (name: string) => name.replace(/\s+["“]\s*["”]\s+/gu, ' ');

/** Initials whose last full stop the word pattern leaves out: "U.S", "D.C", "EE.UU". */
const initials = /^(?:\p{Lu}{1,2}\.)+\p{Lu}{1,2}$/u;

/**
 * Whether only spaces (or the full stop of a title or of initials: "Assistant U.S. Attorney
 * Kevin Draper") stand between two words: no comma, bracket, dash.
 */
export const joined = (text: string, left: Word, right: Word) =>
	/^\s+$/.test(text.slice(left.end, right.start)) ||
	// A nickname, blanked as a quotation, between a first name and a surname.
	(blankedNickname.test(text.slice(left.end, right.start)) && /^\p{Lu}/u.test(right.text)) ||
	((abbreviated.test(left.text) || initials.test(left.text)) &&
		/^\.\s+$/.test(text.slice(left.end, right.start)));

/** A run of capitalised words (with connectors inside) ending at `words[end]`. */
export function nameEndingAt(text: string, words: readonly Word[], end: number): Range | undefined {
	if (end < 0 || !capitalised(words[end]!.text)) return undefined;
	let start = end;
	while (start > 0 && joined(text, words[start - 1]!, words[start]!)) {
		const word = words[start - 1]!.text;
		if (capitalised(word)) start--;
		else if (connectors.has(word) && capitalised(words[start - 2]?.text ?? '')) start--;
		else if (
			article(word) &&
			/^(?:de|of)$/.test(words[start - 2]?.text ?? '') &&
			capitalised(words[start - 3]?.text ?? '')
		)
			start -= 2;
		else break;
	}
	return { start: words[start]!.start, end: words[end]!.end };
}

/** A run of capitalised words (with connectors inside) starting at `words[start]`. */
export function nameStartingAt(
	text: string,
	words: readonly Word[],
	start: number,
): Range | undefined {
	if (start >= words.length || !capitalised(words[start]!.text)) return undefined;
	let end = start;
	while (end + 1 < words.length && joined(text, words[end]!, words[end + 1]!)) {
		const word = words[end + 1]!.text;
		if (capitalised(word)) end++;
		else if (connectors.has(word) && capitalised(words[end + 2]?.text ?? '')) end += 2;
		else if (
			/^(?:de|of)$/.test(word) &&
			article(words[end + 2]?.text ?? '') &&
			capitalised(words[end + 3]?.text ?? '')
		)
			end += 3;
		else break;
	}
	return { start: words[start]!.start, end: words[end]!.end };
}
