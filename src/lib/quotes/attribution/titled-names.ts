/**
 * Names and descriptions a clause opens with when its noun is none the word lists know (see
 * clause-subject.ts): a name after a title's words, or the phrase before a relative clause.
 */
import { is } from '../words/grammar-words.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Lang } from '../words/language.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { personNouns, placeWords } from '../words/source-words.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { nameEndingAt, nameStartingAt } from './name-runs.ts';
import { phraseBeforeVerb } from './subject-phrase.ts';

/**
 * A name a description gives its bearer when the description's noun is none the word lists
 * know: after it, set off by commas ("Un aficionado de Monterrey, Pedro Saldaña, lo tomó con
 * humor"), or closing it ("El defensor mexicano de derechos humanos Julián Ortiz, …").
 */
export function unlistedNoun(
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
 * The name that closes a title's phrase before a comma: "El especialista en derecho
 * constitucional Jorge Ruvalcaba Ibarra, de la UNAM": two capitalised words or more after
 * lower-case ones, never after a determiner or preposition ("El presidente de la Mesa
 * Directiva," names a body).
 */
export function nameAfterTitle(
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

/**
 * A title whose complement names a place, run into the name it precedes: "Former Ambassador
 * to Mexico Rajiv Menon", "Envoy to the United States Ana Lis". The capitalised run after the
 * preposition holds the place and then the name, so the run alone reads as a place's object;
 * the whole phrase, title to name, is the speaker, when a known place word opens the run and
 * two capitalised words or more after it make a person's name.
 */
export function titleToPlaceName(
	text: string,
	words: readonly Word[],
	run: Range,
	lang: Lang,
): string | undefined {
	const first = words.findIndex((w) => w.start === run.start);
	const preposition = words[first - 1];
	if (!preposition || !is('preposition', preposition.text, lang)) return undefined;
	let name = first;
	while (
		words[name] &&
		words[name]!.end < run.end &&
		(placeWords.has(words[name]!.text.toLowerCase()) || is('determiner', words[name]!.text, lang))
	)
		name++;
	if (name === first || !isPersonName(text.slice(words[name]!.start, run.end))) return undefined;
	const title = nameEndingAt(text, words, first - 2);
	if (title && /^\s+$/.test(text.slice(title.end, preposition.start)))
		return text.slice(title.start, run.end);
	// "Former British ambassador to Mexico Sir Nigel Ashby": the title in lower case, a noun for
	// a person; the name after the place is the speaker.
	const noun = words[first - 2];
	return noun && personNouns.has(noun.text) && /^\s+$/.test(text.slice(noun.end, preposition.start))
		? text.slice(words[name]!.start, run.end)
		: undefined;
}
