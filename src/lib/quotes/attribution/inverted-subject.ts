/**
 * Where the subject of a speech verb starts when Spanish puts it after the verb, past words
 * that are not the speaker: "—recalcó ayer la mandataria—", "dijo a Reuters la vocera",
 * "explicó a este diario el investigador …", "dijo a este diario Camila Restrepo", "señaló en
 * un comunicado el Consejo Coordinador Empresarial", "explica por teléfono Ana Ruiz".
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
	// "señaló en un comunicado el Consejo…", "explica por teléfono la investigadora": past
	// where and how it was said, as past whom it was said to.
	if (lang === 'es' && is('preposition', words[k]?.text ?? '', lang)) {
		const capital = (i: number) => /^\p{Lu}\p{Ll}/u.test(words[i]?.text ?? '');
		// The preposition's own object is no subject: "dijo en la Casa Blanca" names a place. A
		// determiner makes all its capitals one name; with none, a name may follow the first
		// ("desde Bruselas Luis Pardo").
		let object = k + 1;
		const determined = is('determiner', words[object]?.text ?? '', lang);
		while (object < words.length && is('determiner', words[object]!.text, lang)) object++;
		if (determined) while (capital(object)) object++;
		object = Math.max(object, k + 2);
		// "dijo ante los periodistas en Palacio Nacional": a preposition's object is a place.
		const within = (i: number) =>
			i >= object && i <= k + 4 && !is('preposition', words[i - 1]!.text, lang);
		const subject = words.findIndex((w, i) => within(i) && /^(?:el|la|los|las)$/i.test(w.text));
		if (subject > 0) return subject;
		const name = words.findIndex((_, i) => within(i) && capital(i) && capital(i + 1));
		if (name > 0) return name;
	}
	return k;
}
