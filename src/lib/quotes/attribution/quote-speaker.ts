/**
 * Who says a quotation, as the words around it tell: a speech verb or source phrase beside
 * it, or, when none names a speaker, a clause a colon joins to it or a cleft sentence, in
 * the order the finder tries them. The rules that look further back (the quotation before,
 * the sentence before) are in speakers/fallback-speaker.ts.
 */
import {
	type Attribution,
	attributionAfter,
	attributionBefore,
	clauseSubject,
	type Reading,
} from './attribution.ts';
import { cleftAfter } from './cleft-attribution.ts';
import { datelineAt } from './datelines.ts';
import { namesASource } from '../words/source-nouns.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { wordsIn, type Range } from '../reading/sentences.ts';
import { is } from '../words/grammar-words.ts';
import { subjectBefore } from './verb-subject.ts';
import { isPersonName } from '../reading/named-sources.ts';

/** The text around a quotation: before it and after it, within its sentence. */
export interface Around {
	before: Range;
	after: Range;
}

/**
 * The attributions of a quotation, best first: a speech verb or source phrase before or after
 * it that names a speaker; the subject of a clause a colon joins to it ("Sheinbaum fue
 * tajante: que … “no se está considerando”"; a headline's "‘The answer is no’: Mexico’s
 * Sheinbaum says…"); a Spanish verb with its subject unwritten; a verb with no subject found.
 */
export function attributionOf(reading: Reading, around: Around): Attribution[] {
	const found = [
		attributionBefore(reading, around.before),
		attributionAfter(reading, around.after),
	];
	const some = found.filter((a) => a !== undefined);
	if (some.length === 0)
		some.push(...verbAlone(reading, around), ...verbBeforeThat(reading, around));
	const colon = colonAttribution(reading, around);
	const cleft = some.some((a) => a.subject || a.description) ? undefined : cleftAfter(reading);
	return [
		...some.filter((a) => a.subject || a.description),
		...(colon ? [colon] : []),
		...(cleft ? [cleft] : []),
		...some.filter((a) => a.implicit),
		...some.filter((a) => !a.subject && !a.description && !a.implicit),
	];
}

/**
 * A Spanish sentence that is its quotation and one verb in the preterite ("«Tenemos
 * resultados», enumeró."): whatever the verb, it reports the quotation, in the place only a
 * verb of speech takes, with its subject unwritten.
 */
function verbAlone(reading: Reading, { before, after }: Around): Attribution[] {
	if (reading.lang !== 'es' || wordsIn(reading.text, before.start, before.end).length > 0)
		return [];
	const rest = /^\s*,\s*(\p{Ll}+(?:ó|aron|ieron))\s*[.]?\s*$/u.exec(
		reading.text.slice(after.start, after.end),
	);
	return rest ? [{ verb: rest[1]!, implicit: true }] : [];
}

/**
 * A verb in the past with a subject and a reported clause holding the quotation ("Su vocera,
 * Karoline Leavitt, matizó después que «…»", "Ana Ruiz cautioned that “…”"): whatever the
 * verb, it reports words, in the place only a verb of speech or thought takes.
 */
function verbBeforeThat(reading: Reading, { before }: Around): Attribution[] {
	const { text, lang } = reading;
	const words = wordsIn(text, before.start, before.end);
	const that = words.findLastIndex((w) => /^(?:que|that)$/i.test(w.text));
	if (that < 1 || words.length - that > 8) return [];
	let verb = that - 1;
	while (verb > 0 && is('skippable', words[verb]!.text, lang)) verb--;
	const past = lang === 'es' ? /^\p{Ll}+(?:ó|aron|ieron)$/u : /^\p{Ll}{3,}ed$/u;
	if (!past.test(words[verb]!.text) || verb === 0) return [];
	// Someone who can say it: a person or a source ("The data showed that …" reports no words).
	const found = subjectBefore(reading, words, verb, before);
	const speaks =
		found.subject ||
		(found.description && (isPersonName(found.description) || namesASource(found.description)));
	return speaks ? [found] : [];
}

/** The subject of a clause a colon joins to the quotation, before or after it. */
function colonAttribution(reading: Reading, { before, after }: Around): Attribution | undefined {
	const { text } = reading;
	const lead = text.slice(before.start, before.end);
	const colon = lead.lastIndexOf(':');
	// Right before the quote, or before a reported clause ("tajante: que … “…”").
	const between = colon < 0 ? '' : lead.slice(colon + 1);
	const joined = colon >= 0 && (/^\s*$/.test(between) || /^\s*(?:que|that)\s/i.test(between));
	const rest = text.slice(after.start, after.end);
	// A headline's speaker after a colon: "‘The answer is no’: Mexico’s Sheinbaum says…",
	// "Mexicans ‘stand as one’ in their country: Sheinbaum".
	const tail = /:\s*([^:]*)$/.exec(rest);
	const signed = tail && wordsIn(tail[1]!, 0, tail[1]!.length).length <= 3;
	// A label's colon earlier in the sentence ("COMMENT: A diplomat summed it up:") opens the clause.
	const opening = Math.max(
		reading.sentence.start,
		text.lastIndexOf(':', before.start + colon - 1) + 1,
	);
	const found = joined
		? clauseSubject(reading, { start: opening, end: before.start + colon })
		: /^\s*:/.test(rest) || signed
			? clauseSubject(reading, { start: after.start + rest.lastIndexOf(':') + 1, end: after.end })
			: colon >= 0
				? headlineLabel(reading, { start: reading.sentence.start, end: before.start + colon })
				: undefined;
	if (found && strongSubject(found)) return found;
	// "Después habló con este boletín: «…»": a Spanish clause opening on its verb leaves its
	// subject unwritten, and the sentences before say who it is.
	const clause = joined ? wordsIn(text, opening, before.start + colon) : [];
	const verb = clause.find(
		(w) => !/^(?:después|luego|entonces|ya|también|más|tarde)$/i.test(w.text),
	);
	return reading.lang === 'es' && verb && /^\p{Ll}+(?:ó|aron|ieron)$/u.test(verb.text)
		? { verb: verb.text, implicit: true }
		: undefined;
}

/**
 * A headline's speaker set before a colon, whatever comes between it and the quote:
 * "Security chief: US drones over Mexico fly ‘at our request’", "Sheinbaum: Mexico will
 * ‘never’ accept troops". One to three words that name someone or a source, opening the
 * sentence; anything longer before a colon is a clause of its own.
 */
function headlineLabel(reading: Reading, lead: Range): Attribution | undefined {
	const words = wordsIn(reading.text, lead.start, lead.end);
	// "Señor director:" opens a letter: the one it is written to says nothing.
	if (datelineAt(`${reading.text.slice(lead.start, lead.end)}:`, 0) > 0) return undefined;
	if (
		words.length === 0 ||
		words.length > 3 ||
		/[.,;]/.test(reading.text.slice(lead.start, lead.end))
	)
		return undefined;
	const mention = reading.mentions.find(
		(m) => m.person && m.start >= words[0]!.start && m.end <= words.at(-1)!.end,
	);
	if (mention) return { verb: ':', subject: { ...mention, possessive: false } };
	const label = reading.text.slice(words[0]!.start, words.at(-1)!.end);
	return /^\p{Lu}/u.test(label) && namesASource(label, false)
		? { verb: ':', description: label }
		: undefined;
}

/** A subject a colon can give: a mention, a source described, a name of two words or more. */
function strongSubject(attribution: Attribution): boolean {
	if (attribution.subject) return true;
	const words = attribution.description?.match(/\p{L}+/gu) ?? [];
	// A surname alone: "Limón fue tajante:", "Lee: …" (a name met in full before, resolved later).
	const word = words[0] ?? '';
	const verb =
		speechVerbOf(word, 'es') || speechVerbOf(word, 'en') || /(?:ó|aron|ieron)$/.test(word);
	return words.length >= 2 || (/^\p{Lu}(?:\p{Lu}+|[\p{Ll}-]+)$/u.test(word) && !verb);
}
