/**
 * The noun phrase that opens a clause and runs straight into its speech verb, whatever noun
 * heads it: "Un usuario escribió", "Una coalición de organizaciones de derechos humanos
 * pidió", "Analysts at a large Spanish bank wrote". A speech verb's subject is whoever speaks,
 * so the phrase need not hold a noun the word lists know; it is kept verbatim, as the
 * article describes its source.
 */
import { is, notNames } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Word } from '../reading/sentences.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';

/** Nouns of time a determiner opens as often as a subject's: "El lunes dijo", "One day he said". */
const timeNouns = new Set(
	'day days week weeks month months year years time times morning afternoon evening night weekend while día días semana semanas mes meses año años vez veces mañana tarde noche fin rato momento'.split(
		' ',
	),
);

/** Prepositions that carry a noun phrase on ("coalición de organizaciones", "analysts at a bank"). */
const carrying = /^(?:of|at|from|in|with|de|del|en|con)$/i;

/**
 * The phrase from `words[first]` to just before `words[verb]` (past adverbs and auxiliaries),
 * when it is one noun phrase: opened by a determiner or, in English, a bare plural
 * ("Analysts", "Rural mayors"); spaces only between its words; no verb, relative or conjunction in
 * it; at most `most` words; its head no noun of time.
 */
export function phraseBeforeVerb(
	text: string,
	words: readonly Word[],
	first: number,
	verb: number,
	lang: Lang,
	most = 8,
): string | undefined {
	let end = verb - 1;
	while (end > first && is('skippable', words[end]!.text, lang)) end--;
	if (first < 0 || end < first || end - first >= most) return undefined;
	const opening = words[first]!.text;
	const inside = words.slice(first, end + 1);
	// An English bare plural: "Analysts at a large bank", "Rural mayors"; its head ends in -s.
	const preposition = inside.findIndex((w, i) => i > 0 && carrying.test(w.text));
	const noun = inside[(preposition < 0 ? inside.length : preposition) - 1]!.text;
	const bare =
		lang === 'en' &&
		/^\p{Lu}\p{Ll}+$/u.test(opening) &&
		!notNames.has(opening.toLowerCase()) &&
		/^\p{Ll}*[^s]s$|^\p{Lu}\p{Ll}+s$/u.test(noun);
	if (!is('determiner', opening, lang) && !bare) return undefined;
	if (!/^[\p{L}\p{N}\s'’.-]*$/u.test(text.slice(words[first]!.start, words[end]!.end)))
		return undefined;
	const head = inside[1]?.text.toLowerCase() ?? opening.toLowerCase();
	if (timeNouns.has(head) || notNames.has(head)) return undefined;
	// The last word before the verb must be a noun's, not a preposition's or article's.
	if (is('clauseStop', words[end]!.text, lang) || is('determiner', words[end]!.text, lang))
		return undefined;
	const clean = inside
		.slice(1)
		.every(
			(word, i) =>
				carrying.test(word.text) ||
				is('determiner', word.text, lang) ||
				!(
					is('clauseStop', word.text, lang) ||
					is('relative', word.text, lang) ||
					is('skippable', word.text, lang) ||
					looksFinite(word.text, lang) ||
					// "The U.S. Feed Grains Alliance said it would urge …": a clause, not a noun's
					// ("familiar with the talks": after a determiner it is a noun).
					(word.text === word.text.toLowerCase() &&
						speechVerbOf(word.text, lang) !== undefined &&
						!is('determiner', inside[i]!.text, lang))
				),
		);
	return clean ? text.slice(words[first]!.start, words[end]!.end) : undefined;
}

/**
 * The first word after the last comma before `words[at]`, past `first`: where a clause's
 * subject starts after an opening phrase ("Entre los mensajes que se leyeron, una televidente
 * escribió"); -1 when no comma stands there.
 */
export function afterComma(
	text: string,
	words: readonly Word[],
	first: number,
	at: number,
): number {
	if (first < 0 || at <= first) return -1;
	const comma = text.lastIndexOf(',', words[at]!.start);
	if (comma < words[first]!.start) return -1;
	return words.findIndex((w) => w.start > comma);
}

/** A lower-case word with a finite verb's ending: "llegó", "piensa" is missed, "declined". */
function looksFinite(word: string, lang: Lang): boolean {
	if (word !== word.toLowerCase()) return false;
	return lang === 'es' ? /(?:ó|aron|ieron)$/.test(word) : /ed$/.test(word) && word.length > 4;
}

/** Words opening a clause of time or cause, its subject after them ("a day after an official said"). */
const clauseOpeners = /^(?:after|before|since|until|because|once|tras|porque)$/i;

/**
 * The subject phrase of a speech verb whose clause an adverbial opener starts inside the
 * sentence: "Sheinbaum rejected it, a day after a senior official said …": the official
 * speaks, not the main clause's subject. Found from the opener nearest the verb.
 */
export function phraseAfterOpener(
	text: string,
	words: readonly Word[],
	first: number,
	verb: number,
	lang: Lang,
): string | undefined {
	for (let k = verb - 1; k > Math.max(first, 0); k--) {
		const opener = words[k - 1]!.text;
		if (clauseOpeners.test(opener) || is('subordinator', opener, lang))
			return phraseBeforeVerb(text, words, k, verb, lang);
	}
	return undefined;
}

/** Whether `words[k]` ("that") opens what a speech verb reports ("asked that …"), not a relative. */
export const reportsAt = (words: readonly Word[], k: number, lang: Lang) =>
	k > 0 && speechVerbOf(words[k - 1]!.text, lang) !== undefined;
