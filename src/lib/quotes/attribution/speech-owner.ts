/** The owner of words named as such, as a speaker: "la respuesta de Sheinbaum", "Her comments". */
import { is } from '../words/grammar-words.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Word } from '../reading/sentences.ts';
import { speechNouns } from '../words/source-words.ts';

/**
 * The owner of words named as such: "la respuesta de Sheinbaum", "Trump’s response", "Her
 * comments" (a pronoun to resolve), "Sus palabras" (whoever the text is about).
 */
export function speakerOfWords(
	reading: Reading,
	words: readonly Word[],
	at: number,
	verb: string,
): Attribution | undefined {
	const word = (k: number) => words[at + k]?.text.toLowerCase() ?? '';
	const mentionAt = (k: number) => {
		const found = words[at + k];
		return found ? reading.mentions.find((m) => m.start === found.start) : undefined;
	};
	if (speechNouns.has(word(1))) {
		const possessor = mentionAt(0);
		if (possessor?.possessive) return { verb, subject: { ...possessor, possessive: false } };
		if (word(0) === 'her' || word(0) === 'his') {
			const pronoun = word(0) === 'her' ? 'she' : 'he';
			const { start, end } = words[at]!;
			return { verb, subject: { start, end, possessive: false, pointer: { pronoun } } };
		}
		if (word(0) === 'su' || word(0) === 'sus') return { verb, implicit: true };
	}
	// "la respuesta de Sheinbaum", "the response of the White House".
	if (
		is('determiner', word(0), reading.lang) &&
		speechNouns.has(word(1)) &&
		/^(?:de|del|of)$/.test(word(2))
	) {
		const owner = mentionAt(3);
		if (owner) return { verb, subject: { ...owner, possessive: false } };
	}
	return undefined;
}
