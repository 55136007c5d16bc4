/** The subject of a speech verb before a quotation, read back from the verb (see attribution.ts). */
import { is } from '../words/grammar-words.ts';
import { invertedSubjectAt } from './inverted-subject.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { unwritten } from './attribution-verbs.ts';
import { clauseSubject } from './clause-subject.ts';
import { datelineAt } from './datelines.ts';
import { documentIssuer, documentSender } from './document-sources.ts';
import { namesASource } from '../words/source-nouns.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { sharesTheClauseSubject, subjectOfOpeningParticiple } from './subjectless-verbs.ts';
import { speakerEndingAt, speakerFrom } from './subjects.ts';
import { phraseBeforeVerb } from './subject-phrase.ts';

/**
 * Whether the verb `words[i]` stands in a subordinate clause that a comma closes before the
 * end of `range` ("aunque Trump planteó el envío, su administración sostuvo que “…”"): the
 * quotation after it belongs to the main clause.
 */
export function inSubordinateClause(
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
export function subjectBefore(
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
	// Naming and praise need a subject the word lists know: "This plan, called “…”" is a term.
	const kind = speechVerbOf(said, lang);
	const phrase =
		kind?.naming || kind?.praise ? undefined : phraseBeforeVerb(text, words, first, verb, lang);
	if (phrase) return { verb: said, description: phrase };
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
