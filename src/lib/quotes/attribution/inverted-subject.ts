/**
 * Where the subject of a speech verb starts when Spanish puts it after the verb, past words
 * that are not the speaker: "—recalcó ayer la mandataria—", "dijo a Reuters la vocera",
 * "explicó a este diario el investigador …", "dijo a este diario Camila Restrepo", "señaló en
 * un comunicado el Consejo Coordinador Empresarial".
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Word } from '../reading/sentences.ts';

/**
 * The index of the first word after `words[at]` that is no auxiliary or adverb; in Spanish,
 * past the one spoken to as well ("a este diario", "a Reuters"), up to the subject: the
 * determiner that opens a description, or else a first name and surname (two capitalised
 * words: a one-word name there is more likely the outlet spoken to, "a la agencia EFE").
 */
export function invertedSubjectAt(words: readonly Word[], at: number, lang: Lang): number {
	let k = at + 1;
	while (k < words.length && is('skippable', words[k]!.text, lang)) k++;
	// "señaló en un comunicado el Consejo…": past where it was said, as past whom it was said to.
	if (lang === 'es' && /^(?:a|al|en|durante|ante)$/i.test(words[k]?.text ?? '')) {
		// "dijo ante los periodistas en Palacio Nacional": a preposition's object is a place.
		const within = (i: number) =>
			i > k + 1 && i <= k + 4 && !is('preposition', words[i - 1]!.text, lang);
		const subject = words.findIndex((w, i) => within(i) && /^(?:el|la|los|las)$/i.test(w.text));
		if (subject > 0) return subject;
		const capital = (i: number) => /^\p{Lu}\p{Ll}/u.test(words[i]?.text ?? '');
		const name = words.findIndex((_, i) => within(i) && capital(i) && capital(i + 1));
		if (name > 0) return name;
	}
	return k;
}
