/**
 * Attribution: the speech verb or source phrase beside a quotation, and the subject it has,
 * before the quotation ("Sheinbaum said, “…”", "según el diario, «…»") or after it ("“…,”
 * one of the officials said", "«…», dijo la mandataria").
 */
import { is } from '../words/grammar-words.ts';
import { invertedSubjectAt } from './inverted-subject.ts';
import { isPersonName } from '../reading/named-sources.ts';
import type { Lang } from '../words/language.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import { type Range, type Word, wordsIn } from '../reading/sentences.ts';
import { documentIssuer, documentSender } from './document-sources.ts';
import { sourcePhrases } from '../words/source-words.ts';
import { namesASource } from './speaker-phrases.ts';
import { type SpeechVerb, speechVerbOf } from '../words/speech-verbs.ts';
import { sharesTheClauseSubject, subjectOfOpeningParticiple } from './subjectless-verbs.ts';
import { clauseSubject, datelineAt, speakerEndingAt, speakerFrom } from './subjects.ts';

export { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
export { clauseSubject } from './subjects.ts';

/** The speech verb `words[i]` is, unless a determiner makes it a noun ("la respuesta", "the call"). */
function verbAt(
	text: string,
	words: readonly Word[],
	i: number,
	lang: Lang,
): SpeechVerb | undefined {
	const verb = speechVerbOf(words[i]!.text, lang);
	if (!verb) return undefined;
	// "the United States": a capital inside a sentence is a name's, not a verb's.
	if (
		/^\p{Lu}/u.test(words[i]!.text) &&
		i > 0 &&
		!/[.!?:”"»—–]\s*$/u.test(text.slice(words[i - 1]!.end, words[i]!.start))
	)
		return undefined;
	if (verb.followedBy && !verb.followedBy.includes(words[i + 1]?.text.toLowerCase() ?? ''))
		return undefined;
	const before = words[i - 1]?.text.toLowerCase() ?? '';
	if (verb.precededBy && !verb.precededBy.includes(before)) return undefined;
	// "la respuesta", "the call", "Sheinbaum’s answer": a noun.
	if (is('determiner', before, lang) && !/^(?:one|uno)$/.test(before)) return undefined;
	if (/['’]s$/.test(before)) return undefined;
	// "fue informado", "was told": a passive reports no one's words.
	const participle = lang === 'es' ? /(?:ado|ido)$/ : /ed$|^told$/;
	if (participle.test(words[i]!.text) && /^(?:fue|fueron|sido|was|were|been|being)$/.test(before))
		return undefined;
	// "lo que le dijo Trump", "what Trump told her": a clause that reports, not the quote's attribution.
	const lead = words.slice(Math.max(0, i - 4), i).map((w) => w.text.toLowerCase());
	const embedded = lead.includes('what') || lead.join(' ').includes('lo que');
	if (embedded && lead.at(-1) !== 'i') return undefined;
	return verb;
}

/** The last source phrase ("según", "according to") in `words`: its last word's index and text. */
function sourcePhraseIn(reading: Reading, words: readonly Word[]): { end: number; phrase: string } {
	for (let i = words.length - 1; i >= 0; i--)
		for (const source of sourcePhrases) {
			if (source.lang !== reading.lang) continue;
			const at = i - source.words.length + 1;
			if (at < 0 || !source.words.every((w, k) => words[at + k]!.text.toLowerCase() === w))
				continue;
			if (source.opensClause && !opensClause(reading.text, reading.sentence, words[at]!)) continue;
			return { end: i, phrase: source.words.join(' ') };
		}
	return { end: -1, phrase: '' };
}

/** Whether a word opens its sentence or a clause set off by a comma. */
function opensClause(text: string, sentence: Range, word: Word): boolean {
	return /(?:^|[,;:—–(])\s*[¿¡"“«]?$/u.test(text.slice(sentence.start, word.start));
}

/**
 * The speech verb or source phrase nearest before a quotation within `range`, and its
 * subject; with `first`, the first in the range (a sentence's main verb, more often than not).
 */
export function attributionBefore(
	reading: Reading,
	range: Range,
	first = false,
): Attribution | undefined {
	const words = wordsIn(reading.text, range.start, range.end);
	const source = sourcePhraseIn(reading, words);
	const order = words.map((_, i) => i);
	for (const i of first ? order : order.toReversed()) {
		if (i === source.end) {
			const phrase = source.phrase;
			// "en palabras de Sheinbaum": the name after "de" is the source, not a possessor.
			const named = reading.mentions.find((m) => m.start === words[i + 1]?.start && m.person);
			if (named) return { verb: phrase, subject: { ...named, possessive: false } };
			const found = speakerFrom(reading, words, i + 1, phrase);
			if (found) return found;
		}
		const verb = verbAt(reading.text, words, i, reading.lang);
		if (!verb || inSubordinateClause(reading, words, i, range)) continue;
		const attribution = subjectBefore(reading, words, i, range);
		if ((verb.naming || verb.praise) && !attribution.subject && !attribution.description) continue;
		return attribution;
	}
	return undefined;
}

/**
 * Whether the verb `words[i]` stands in a subordinate clause that a comma closes before the
 * end of `range` ("aunque Trump planteó el envío, su administración sostuvo que “…”"): the
 * quotation after it belongs to the main clause.
 */
function inSubordinateClause(
	reading: Reading,
	words: readonly Word[],
	i: number,
	range: Range,
): boolean {
	const { text, lang } = reading;
	if (!/[,;]/.test(text.slice(words[i]!.end, range.end))) return false;
	const lead = text.slice(range.start, words[i]!.start);
	const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
	const from = range.start + cut + 1;
	const opening = words.find((w) => w.start >= from);
	return (
		opening !== undefined &&
		opening.start < words[i]!.start &&
		is('subordinator', opening.text, lang)
	);
}

/** The subject of the speech verb `words[verb]`, read back from it (and after it, inverted). */
function subjectBefore(
	reading: Reading,
	words: readonly Word[],
	verb: number,
	range: Range,
): Attribution {
	const { text, lang } = reading;
	const said = words[verb]!.text;
	// "le contesté": the verb's own person is the one recounting, whoever else is named.
	if (speechVerbOf(said, lang)?.firstPerson) return { verb: said };
	let j = verb - 1;
	while (j >= 0 && is('skippable', words[j]!.text, lang)) j--;
	// Past a wire dateline ("SAN DIEGO (AP) —"), which is no one.
	const first = words.findIndex((w) => w.start >= datelineAt(text, range.start));
	const asked =
		verb === first ? subjectOfOpeningParticiple(reading, words, verb, range) : undefined;
	if (asked) return asked;
	// "a Pentagon spokesperson declined … but said", "explicó … y aseguró": the clause's subject.
	if (
		(j >= 0 && /^(?:and|but|y|e|pero)$/i.test(words[j]!.text)) ||
		sharesTheClauseSubject(text, words, verb, lang)
	) {
		const shared = clauseSubject(reading, reading.sentence);
		if (shared) return { ...shared, verb: said };
	}
	if (j >= first && j >= 0) {
		const found = subjectEndingAt(reading, words, j, said, range);
		if (found) return documentIssuer(reading, words, j, found) ?? found;
	}
	// "A shop owner who asked … said", "Un comerciante que pidió … aseguró".
	const relative = words.findLastIndex(
		(w, k) => k < verb && k > first && is('relative', w.text, lang),
	);
	// "a letter Mexico's Senate sent to Congress, which warned": the letter's sender.
	const sender = relative > 0 ? documentSender(reading, words, first, relative, said) : undefined;
	if (sender) return sender;
	if (relative > 0) {
		const found =
			speakerEndingAt(reading, words, relative - 1, said) ??
			speakerFrom(reading, words, first, said);
		if (found) return found;
	}
	const speakers = reading.mentions.filter(
		(m) => m.start >= range.start && m.end <= words[verb]!.start && canSpeak(m, text),
	);
	if (speakers.length > 0) return { verb: said, subject: speakers.at(-1)! };
	// "La Embajada de Estados Unidos en México publicó", "Fuentes de la cancillería consultadas
	// por este periódico aseguran": the phrase the clause opens with, a few words before its verb.
	const opening = first >= 0 ? speakerFrom(reading, words.slice(0, verb), first, said) : undefined;
	if (opening?.description) {
		const end = text.indexOf(opening.description, words[first]!.start) + opening.description.length;
		const between = text.slice(end, words[verb]!.start);
		if (!/[,;:]/.test(between) && (between.match(/\p{L}+/gu)?.length ?? 0) <= 4) return opening;
	}
	// "En un mensaje difundido por la tarde, la Embajada … aseguró": past an opening phrase.
	const past = clauseSubject(reading, { start: range.start, end: words[verb]!.start });
	if (past?.description && namesASource(past.description, false)) {
		const end = text.lastIndexOf(past.description, words[verb]!.start) + past.description.length;
		const between = text.slice(end, words[verb]!.start);
		if (!/[,;:]/.test(between) && (between.match(/\p{L}+/gu)?.length ?? 0) <= 4)
			return { ...past, verb: said };
	}
	// "—recalcó la mandataria—", "afirmó Sheinbaum: «…»": the subject after the verb.
	const after = speakerFrom(reading, words, invertedSubjectAt(words, verb, lang), said);
	if (after) return after;
	return unwritten(words, invertedSubjectAt(words, verb, lang), said, lang);
}

/**
 * The subject ending at `words[j]`, right before its verb: a mention, a name or a phrase;
 * across a parenthesis ("la Secretaría de Relaciones Exteriores (SRE) informó") and an
 * apposition ("Rubio, asked whether …, replied"; "Javier Arriaga, de El Colegio de México,
 * lo dice"), where the name inside the commas speaks ("El alcalde, Joaquín Osuna, dijo").
 */
function subjectEndingAt(
	reading: Reading,
	words: readonly Word[],
	j: number,
	said: string,
	range: Range,
): Attribution | undefined {
	const { text, lang } = reading;
	const gap = text.slice(words[j]!.end, words[j + 1]?.start ?? text.length);
	if (/^\s*\)/.test(gap)) {
		const open = text.lastIndexOf('(', words[j]!.start);
		const k = words.findLastIndex((w) => w.end <= open);
		const found = k >= 0 ? speakerEndingAt(reading, words, k, said) : undefined;
		if (!found?.description) return found;
		const closing = words[j]!.end + gap.indexOf(')') + 1;
		return { ...found, description: found.description + text.slice(words[k]!.end, closing) };
	}
	const direct = speakerEndingAt(reading, words, j, said);
	if (direct?.subject || (direct && !gap.includes(','))) return direct;
	if (!gap.includes(',')) return undefined;
	const comma = text.lastIndexOf(',', words[j]!.start);
	if (comma < range.start) return direct;
	const k = words.findLastIndex((w) => w.end <= comma);
	const opening = words[k + 1];
	if (k < 0 || !opening) return direct;
	const inside = speakerFrom(reading, words, k + 1, said);
	if (inside && /^\p{Lu}/u.test(opening.text) && !is('determiner', opening.text, lang))
		return inside;
	// "Otro experto, el exdiplomático Fernando Ugalde, advirtió": the name closing the
	// apposition, after its own title.
	if (
		direct?.description &&
		isPersonName(direct.description) &&
		is('determiner', opening.text, lang) &&
		/^\s*(?:\p{Ll}+\s+){1,3}$/u.test(
			text.slice(words[k + 2]?.start ?? 0, text.indexOf(direct.description, opening.start)),
		) &&
		/^\p{Ll}/u.test(words[k + 2]?.text ?? '')
	)
		return direct;
	return (
		speakerEndingAt(reading, words, k, said) ??
		speakerFrom(
			reading,
			words,
			words.findIndex((w) => w.start >= datelineAt(text, range.start)),
			said,
		) ??
		direct
	);
}

/**
 * A verb with no subject found: in Spanish, one left unwritten, which the sentences before
 * carry; but "escribió alguien", "said someone" has one, a person the text does not say.
 */
function unwritten(words: readonly Word[], after: number, said: string, lang: Lang): Attribution {
	if (is('indefinite', words[after]?.text ?? '', lang)) return { verb: said };
	return lang === 'es' ? { verb: said, implicit: true } : { verb: said };
}

/** Attribution that follows a quotation: `“…,” Sheinbaum recounted`, `«…», dijo la mandataria`. */
export function attributionAfter(reading: Reading, range: Range): Attribution | undefined {
	const { text, lang } = reading;
	const words = wordsIn(text, range.start, range.end).slice(0, 12);
	// "«…», según el diario", "“…,” according to The New York Times": a source phrase right
	// after the quotation names its source.
	const source = sourcePhraseIn(reading, words.slice(0, 4));
	const opens = source.end - source.phrase.split(' ').length + 1;
	if (source.end >= 0 && opens <= 1) {
		const found = speakerFrom(reading, words, source.end + 1, source.phrase);
		if (found) return found;
	}
	const v = words.findIndex((_, i) => i < 7 && verbAt(text, words, i, lang) !== undefined);
	if (v < 0 || speechVerbOf(words[v]!.text, lang)?.naming) return undefined;
	const said = words[v]!.text;
	// "“echar una mano”, ella le aclaró que México es “…”": the verb reports what follows it.
	if (/^\s+(?:que|that)\b/i.test(text.slice(words[v]!.end))) return undefined;
	let end = v - 1;
	while (end >= 0 && is('skippable', words[end]!.text, lang)) end--;
	if (end >= 0) {
		// The words before the verb must all be its subject: "“…,” one of the officials said",
		// not "“…,” while some Republicans in Washington said".
		const found = speakerEndingAt(reading, words, end, said);
		const start = found?.subject?.start ?? words[end]!.end - (found?.description?.length ?? 0);
		const lead = words.filter((w) => w.end <= start);
		const leadIsTitle = lead.every(
			(w) => /^\p{Lu}/u.test(w.text) || is('determiner', w.text, lang),
		);
		return found && leadIsTitle ? found : undefined;
	}
	const after = speakerFrom(reading, words, invertedSubjectAt(words, v, lang), said);
	if (after) return after;
	return unwritten(words, invertedSubjectAt(words, v, lang), said, lang);
}
