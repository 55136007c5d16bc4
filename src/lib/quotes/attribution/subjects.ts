/**
 * The subject of a verb or a clause, read out of its words: a mention of someone people.yaml
 * knows, a name it does not know, a phrase that describes a source, or the owner of words
 * named as such ("la respuesta de Sheinbaum").
 */
import { appositiveName } from './appositive-name.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Mention } from '../reading/mentions.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import { type Range, type Word, wordsIn } from '../reading/sentences.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { placeWords, speechNouns } from '../words/source-words.ts';
import {
	nameEndingAt,
	nameStartingAt,
	namesASource,
	phraseEndingAt,
	phraseStartingAt,
} from './speaker-phrases.ts';

/** Whether `words[at]` is a lone capitalised function word: "El", "The", "In" opening a sentence. */
function functionWordAt(words: readonly Word[], at: number, lang: Lang): boolean {
	const word = words[at]!.text;
	return (
		is('determiner', word, lang) || is('clauseStop', word, lang) || is('skippable', word, lang)
	);
}

/**
 * The mentions from the first that starts at or after `offset`, a few of them: found by
 * binary search (mentions are in order), since a scan from the first mention for each
 * phrase made a long paragraph quadratic. A phrase's own mentions are among its first words.
 */
function mentionsFrom(mentions: readonly Mention[], offset: number): readonly Mention[] {
	let low = 0;
	let high = mentions.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (mentions[mid]!.start < offset) low = mid + 1;
		else high = mid;
	}
	return mentions.slice(low, low + 3);
}

/** The speaker a phrase starting at `words[at]` names: a mention, a name, a description. */
export function speakerFrom(
	reading: Reading,
	words: readonly Word[],
	at: number,
	verb: string,
): Attribution | undefined {
	const word = words[at];
	if (!word) return undefined;
	const spoken = speakerOfWords(reading, words, at, verb);
	if (spoken) return spoken;
	// "Sheinbaum", "la mandataria"; "el propio Trump", "the embattled Sheinbaum".
	const within = words[at + 2]?.end ?? word.end;
	const mention = mentionsFrom(reading.mentions, word.start).find(
		(m) =>
			m.start >= word.start &&
			m.start < within &&
			canSpeak(m, reading.text) &&
			(m.start === word.start || is('determiner', word.text, reading.lang)) &&
			/^[\p{L}\s]*$/u.test(reading.text.slice(word.start, m.start)),
	);
	if (mention) return { verb, subject: mention };
	const name = nameStartingAt(reading.text, words, at);
	// "El", "The" opening a sentence; "Fuentes de la cancillería", "Officials in Washington".
	const lone =
		name &&
		name.end === word.end &&
		(functionWordAt(words, at, reading.lang) ||
			namesASource(word.text, false) ||
			placeWords.has(word.text.toLowerCase()));
	const description =
		name && !lone
			? reading.text.slice(name.start, name.end)
			: phraseStartingAt(reading.text, words, at, reading.lang);
	const from = description
		? reading.text.indexOf(description, word.start) + description.length
		: word.start;
	const named = appositiveName(reading.text, from, reading.lang) ?? description;
	return named ? { verb, description: named } : undefined;
}

/**
 * The owner of words named as such: "la respuesta de Sheinbaum", "Trump’s response", "Her
 * comments" (a pronoun to resolve), "Sus palabras" (whoever the text is about).
 */
function speakerOfWords(
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

/** The speaker a phrase ending at `words[end]` names; no preposition's object ("in London"). */
export function speakerEndingAt(
	reading: Reading,
	words: readonly Word[],
	end: number,
	verb: string,
): Attribution | undefined {
	const word = words[end];
	if (!word) return undefined;
	const mention = reading.mentions.findLast((m) => m.end === word.end && canSpeak(m, reading.text));
	const at = mention ? words.findIndex((w) => w.start >= mention.start) : -1;
	if (mention && !(at > 0 && is('preposition', words[at - 1]!.text, reading.lang)))
		return { verb, subject: mention };
	if (mention) return undefined;
	const name = nameEndingAt(reading.text, words, end);
	const first = name ? words.findIndex((w) => w.start === name.start) : -1;
	const object = first > 0 && is('preposition', words[first - 1]!.text, reading.lang);
	const lone =
		first === end &&
		(functionWordAt(words, end, reading.lang) || placeWords.has(word.text.toLowerCase()));
	const description =
		name && !object && !lone
			? reading.text.slice(name.start, name.end)
			: phraseEndingAt(reading.text, words, end, reading.lang);
	return description ? { verb, description } : undefined;
}

/**
 * The subject a clause opens with, after a phrase set off by a comma ("Por su parte,", "In
 * Washington,"): a mention, a name, or a phrase, where a name set off by commas after the
 * phrase is who it is ("El alcalde de la ciudad, Joaquín Osuna, fue más cauto").
 */
export function clauseSubject(reading: Reading, range: Range): Attribution | undefined {
	const { text, lang } = reading;
	const words = wordsIn(text, range.start, range.end);
	// "Y el secretario García Harfuch, hay que reconocerlo, ha sido…": past a conjunction.
	let at = words[0] && /^(?:and|but|y|e|pero)$/i.test(words[0].text) ? 1 : 0;
	// "CIUDAD DE MÉXICO.— La presidenta…", "MEXICO CITY (AP) — …": a dateline is no subject.
	const dateline = datelineAt(text, range.start);
	if (dateline > range.start)
		at = Math.max(
			0,
			words.findIndex((w) => w.start >= dateline),
		);
	for (let hop = 0; hop < 2 && words[at]; hop++) {
		const word = words[at]!.text;
		const opener =
			is('preposition', word, lang) ||
			is('skippable', word, lang) ||
			/^(?:asked|mientras|meanwhile|however|for|even|tras)$/i.test(word);
		const comma = text.indexOf(',', words[at]!.start);
		const next = words.findIndex((w) => w.start > comma);
		if (!opener || comma < 0 || next < 0 || next - at > 8 || comma > range.end) break;
		at = next;
	}
	const found = speakerFrom(reading, words, at, ':');
	if (!found) return undefined;
	// "the message remains clear:" is no one speaking.
	if (
		found.description &&
		!namesASource(found.description, false) &&
		!/^\p{Lu}/u.test(found.description)
	)
		return undefined;
	// "El alcalde de la ciudad, Joaquín Osuna,", "El secretario de Estado, Marco Rubio,": the
	// name set off by commas after a title or a description is who it is.
	const end =
		found.subject?.end ??
		text.indexOf(found.description!, words[at]!.start) + found.description!.length;
	const comma = text.indexOf(',', end);
	const after = words.findIndex((w) => w.start > comma);
	const titled = found.description ? nameAfterTitle(text, words, end, comma) : undefined;
	if (titled) return { verb: ':', description: titled };
	if (comma < 0 || after < 0 || (text.slice(end, comma).match(/\p{L}+/gu)?.length ?? 0) > 5)
		return found;
	const mention = reading.mentions.find(
		(m) => m.start === words[after]!.start && canSpeak(m, text),
	);
	if (mention) return { verb: ':', subject: mention };
	// "Otro experto, el exdiplomático Fernando Ugalde,": past the apposition's own title.
	let from = after;
	if (is('determiner', words[from]?.text ?? '', lang))
		for (let k = from + 1; k < from + 4 && /^\p{Ll}/u.test(words[k]?.text ?? ''); k++)
			if (/^\p{Lu}/u.test(words[k + 1]?.text ?? '')) {
				from = k + 1;
				break;
			}
	const name = nameStartingAt(text, words, from);
	if (name && /^\s*,/.test(text.slice(name.end)) && name.end > words[from]!.end)
		return { verb: ':', description: text.slice(name.start, name.end) };
	return found;
}

/**
 * The salutation that opens a letter to the editor: the one written to, never a speaker's
 * label, though a colon follows it as one would ("Señor director:", "Dear Editor:").
 */
const salutation =
	/^\s*(?:(?:señor|señora|sr\.|sra\.|estimado|estimada)\s+(?:director|directora|editor|editora)|(?:dear|to the)\s+editor)\s*:\s*/iu;

/**
 * Where the sentence's own words start past a wire dateline opening it: a place in capitals
 * ("CIUDAD DE MÉXICO", "CULIACÁN, Sinaloa"), an agency in brackets, then a dash; or past a
 * letter's salutation. `start` when there is none.
 */
export function datelineAt(text: string, start: number): number {
	const head = text.slice(start, start + 80);
	const dateline =
		/^\s*\p{Lu}{2,}(?:[ ,.'’]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^()]{1,20}\)\s*)?[.,]?\s*[—–]\s*/u.exec(
			head,
		) ?? salutation.exec(head);
	return dateline ? start + dateline[0].length : start;
}

/**
 * The name that closes a title's phrase before a comma: "El especialista en derecho
 * constitucional Jorge Ruvalcaba Ibarra, de la UNAM": two capitalised words or more after
 * lower-case ones, never after a determiner or preposition ("El presidente de la Mesa
 * Directiva," names a body).
 */
function nameAfterTitle(
	text: string,
	words: readonly Word[],
	end: number,
	comma: number,
): string | undefined {
	if (comma < 0) return undefined;
	const stretch = words.filter((w) => w.start >= end && w.end <= comma);
	if (stretch.length < 3 || stretch.length > 8) return undefined;
	const last = words.indexOf(stretch.at(-1)!);
	const name = nameEndingAt(text, words, last);
	if (!name) return undefined;
	const first = words.findIndex((w) => w.start === name.start);
	const lead = words.slice(words.indexOf(stretch[0]!), first);
	if (last - first < 1 || lead.length === 0 || !/^\s*$/.test(text.slice(name.end, comma)))
		return undefined;
	if (!lead.every((w) => /^\p{Ll}/u.test(w.text))) return undefined;
	const before = lead.at(-1)!.text;
	if (is('determiner', before, 'es') || is('preposition', before, 'es')) return undefined;
	if (is('determiner', before, 'en') || is('preposition', before, 'en')) return undefined;
	const found = text.slice(name.start, name.end);
	return isPersonName(found) ? found : undefined;
}
