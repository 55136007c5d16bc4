/**
 * Reading a speaker out of the words around a verb when no known person is named there: a
 * name the finder does not know ("Derek Hollis", "NBC News"), or a noun phrase that
 * describes a source ("a White House spokeswoman", "un funcionario de la Casa Blanca").
 * The phrase is kept in the article's words, so a reader sees who the article says spoke.
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Word } from '../reading/sentences.ts';
import { capitalised, joined } from './name-runs.ts';

import { agentNoun, namesASource } from '../words/source-nouns.ts';
import { personNouns } from '../words/source-words.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';

/** The phrase between two words, inclusive, as the text has it. */
const phrase = (text: string, from: Word, to: Word) => text.slice(from.start, to.end);

/** Whether a word opens a noun phrase: a determiner, or a possessive ("Mexico's"). */
const opensPhrase = (word: string, lang: Lang) =>
	is('determiner', word, lang) || /['’]s$/.test(word);

/**
 * The noun phrase opening at `words[start]` with a determiner ("a spokesperson", "un
 * funcionario de la Casa Blanca"), up to a comma, a clause word or eight words; "of" and
 * "de" before a capitalised word or a determiner carry on ("the Secretariat of Foreign
 * Affairs"). Undefined unless it names a source.
 */
export function phraseStartingAt(
	text: string,
	words: readonly Word[],
	start: number,
	lang: Lang,
): string | undefined {
	const head = words[start]?.text ?? '';
	// A bare plural opening a clause: "Fuentes de la cancillería aseguran", "Officials said".
	// So is one capitalised word before a noun for people: "Opposition senators accuse".
	const modified =
		/^\p{Lu}/u.test(head) &&
		joined(text, words[start]!, words[start + 1] ?? words[start]!) &&
		personNouns.has(words[start + 1]?.text ?? '');
	// "according to officials familiar with the talks": a plural needs no capital.
	const bare = (/^\p{Lu}|^\p{Ll}+s$/u.test(head) && personNouns.has(head.toLowerCase())) || modified;
	if (start >= words.length || !(opensPhrase(head, lang) || bare)) return undefined;
	let end = start;
	while (end + 1 < words.length && end - start < 8 && joined(text, words[end]!, words[end + 1]!)) {
		const next = words[end + 1]!.text;
		const after = words[end + 2]?.text ?? '';
		// Once the phrase names a source, a verb ends it ("el gobierno de México analizará").
		const named = namesASource(phrase(text, words[start]!, words[end]!), false);
		if (named && (looksLikeVerb(next, lang) || is('skippable', next, lang))) break;
		// A speech verb ends it whatever its form ("The U.S. Feed Grains Alliance said it …"),
		// unless a determiner makes it a noun ("a source familiar with the talks").
		if (speechVerbBetween(words[end]!.text, next, lang)) break;
		// English puts adjectives before the noun: after it, a lower-case word that opens no
		// complement is the verb ("a teacher stood up and asked").
		const complement =
			/^(?:of|at|from|in|with|for|on)$/i.test(next) || !/^\p{Ll}/u.test(next) || /^(?:with|to)$/.test(after);
		const person = personNouns.has(words[end]!.text.toLowerCase());
		if (person && lang === 'en' && !complement) break;
		// "un funcionario de la Casa Blanca", "analysts at a Mexico City think tank", "a person
		// familiar with the talks": a preposition before a name or a determiner carries on.
		const third = words[end + 3]?.text ?? '';
		const carriesOn =
			(/^(?:of|de|del|from|with|con|for|para)$/i.test(next) &&
				(capitalised(after) || opensPhrase(after, lang))) ||
			// "at a Mexico City think tank", not "en un comunicado", "in a statement".
			(/^(?:at|in|en)$/i.test(next) &&
				(capitalised(after) || (opensPhrase(after, lang) && capitalised(third))));
		if (is('clauseStop', next, lang) && !carriesOn) break;
		end++;
	}
	// "Un columnista de la capital la llamó": a determiner closes no noun phrase; it is the verb's object.
	while (end > start && is('determiner', words[end]!.text, lang)) end--;
	const found = phrase(text, words[start]!, words[end]!);
	return namesASource(found) ? found : undefined;
}

/**
 * The noun phrase ending at `words[end]`, read back to its determiner ("A White House
 * spokeswoman said"). Undefined unless it names a source and is no preposition's object
 * ("at her morning press conference, calling it").
 */
export function phraseEndingAt(
	text: string,
	words: readonly Word[],
	end: number,
	lang: Lang,
): string | undefined {
	for (let start = end; start >= 0 && end - start < 6; start--) {
		const word = words[start]!.text;
		if (start < end && !joined(text, words[start]!, words[start + 1]!)) return undefined;
		if (start < end && speechVerbBetween(words[start - 1]?.text ?? '', word, lang)) return undefined;
		if (opensPhrase(word, lang)) {
			const before = words[start - 1];
			// "one of the officials", "uno de los funcionarios": the phrase opens further back.
			const head = words[start - 2];
			if (before && head && /^(?:of|de)$/i.test(before.text) && opensPhrase(head.text, lang))
				start -= 2;
			// "The newspaper’s editorial board": the possessor's own determiner opens the phrase.
			else if (
				before &&
				/['’]s$/.test(word) &&
				joined(text, before, words[start]!) &&
				is('determiner', before.text, lang)
			)
				start -= 1;
			else if (
				before &&
				joined(text, before, words[start]!) &&
				is('preposition', before.text, lang)
			)
				return undefined;
			const found = phrase(text, words[start]!, words[end]!);
			// "that one organizer called …": a determiner and a noun for a doer, right before the verb.
			const doer = end - start === 1 && agentNoun(words[end]!.text, lang);
			return namesASource(found) || doer ? found : undefined;
		}
		// "un alto funcionario del Pentágono", "an official of the Treasury": a preposition
		// inside the phrase joins its nouns; it ends the phrase only where it starts it.
		if (is('clauseStop', word, lang) && !(start < end && /^(?:de|del|of)$/i.test(word)))
			return undefined;
	}
	return undefined;
}

/**
 * A finite verb by its ending: Spanish "analizará", "declinó" (not "-ía": "cancillería",
 * "Secretaría" are nouns); English "declined".
 */
function looksLikeVerb(word: string, lang: Lang): boolean {
	if (word !== word.toLowerCase()) return false;
	return lang === 'es'
		? /(?:ó|á|aba|aban|ían|aron|ieron)$/.test(word)
		: /(?:ed|es)$/.test(word) && word.length > 4;
}

/**
 * Whether `word` is a speech verb's form after `before`, so that no noun phrase runs across
 * it ("The Dairy Board said it …"); after a determiner or preposition it is a noun ("familiar
 * with the talks").
 */
function speechVerbBetween(before: string, word: string, lang: Lang): boolean {
	return (
		word === word.toLowerCase() &&
		speechVerbOf(word, lang) !== undefined &&
		!is('determiner', before, lang) &&
		!is('preposition', before, lang)
	);
}
