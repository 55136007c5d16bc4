import { is } from '../words/grammar-words.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import { type Range, type Word, wordsIn } from '../reading/sentences.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { datelineAt } from './datelines.ts';
import { nameEndingAt, nameStartingAt } from './speaker-phrases.ts';
import { namesASource } from '../words/source-nouns.ts';
import { speakerFrom } from './subjects.ts';
import { phraseBeforeVerb } from './subject-phrase.ts';

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
		const comma = text.indexOf(',', words[at]!.start);
		const next = words.findIndex((w) => w.start > comma);
		const opener =
			is('preposition', word, lang) ||
			is('skippable', word, lang) ||
			/^(?:asked|mientras|meanwhile|however|for|even|tras)$/i.test(word) ||
			adverbial(reading, words.slice(at, next < 0 ? words.length : next));
		if (!opener || comma < 0 || next < 0 || next - at > 8 || comma > range.end) break;
		at = next;
	}
	const found = speakerFrom(reading, words, at, ':');
	if (!found) return unlistedNoun(reading, words, at);
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
 * A name a description gives its bearer when the description's noun is none the word lists
 * know: after it, set off by commas ("Un aficionado de Monterrey, Pedro Saldaña, lo tomó con
 * humor"), or closing it ("El defensor mexicano de derechos humanos Julián Ortiz, …").
 */
function unlistedNoun(
	reading: Reading,
	words: readonly Word[],
	at: number,
): Attribution | undefined {
	const { text, lang } = reading;
	if (!words[at] || !is('determiner', words[at].text, lang)) return undefined;
	// "Su compañero Beto Cisneros reaccionó", "the opposition’s Ricardo Llamas agreed": a name
	// right after a few lower-case words.
	const titled =
		/^\p{L}+(?:\s+\p{Ll}+(?:['’]s)?){1,3}\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+\p{Ll}/u.exec(
			text.slice(words[at].start, reading.sentence.end),
		)?.[1];
	if (titled && isPersonName(titled)) return { verb: ':', description: titled };
	const comma = text.indexOf(',', words[at].end);
	if (comma < 0 || comma > reading.sentence.end) return undefined;
	const closing = nameAfterTitle(text, words, words[at].end, comma);
	if (closing) return { verb: ':', description: closing };
	// "Un directivo de una armadora, que pidió el anonimato, fue más crudo": the phrase before
	// a relative clause, whatever its noun.
	const relative = words.findIndex((w) => w.start > comma);
	if (relative > 0 && is('relative', words[relative]!.text, lang)) {
		const phrase = phraseBeforeVerb(text, words, at, relative, lang, 12);
		if (phrase) return { verb: ':', description: phrase };
	}
	const before = words.filter((w) => w.start > words[at]!.start && w.end <= comma);
	if (before.length === 0 || before.length > 5 || !/^\p{Ll}/u.test(before[0]!.text))
		return undefined;
	const next = words.findIndex((w) => w.start > comma);
	const name = next < 0 ? undefined : nameStartingAt(text, words, next);
	const found = name && text.slice(name.start, name.end);
	return found && isPersonName(found) && /^\s*,/.test(text.slice(name!.end))
		? { verb: ':', description: found }
		: undefined;
}

/**
 * Whether words set off by a comma at a clause's start are an adverbial ("Last week,", "Esa
 * misma tarde,"): two words or more, lower-case but the first, naming no source and no one.
 */
function adverbial(reading: Reading, words: readonly Word[]): boolean {
	if (words.length < 2 || words.length > 6) return false;
	if (!words.slice(1).every((w) => /^\p{Ll}/u.test(w.text))) return false;
	const phrase = reading.text.slice(words[0]!.start, words.at(-1)!.end);
	const named = reading.mentions.some(
		(m) => m.start >= words[0]!.start && m.end <= words.at(-1)!.end,
	);
	return !named && !namesASource(phrase);
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
