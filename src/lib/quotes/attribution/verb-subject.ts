/** The subject of a speech verb before a quotation, read back from the verb (see attribution.ts). */
import { is } from '../words/grammar-words.ts';
import { invertedSubjectAt } from './inverted-subject.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import { clauseStart, type Range, type Word } from '../reading/sentences.ts';
import { unwritten } from './attribution-verbs.ts';
import { clauseSubject } from './clause-subject.ts';
import { datelineAt } from './datelines.ts';
import { documentIssuer, documentSender } from './document-sources.ts';
import { namesASource } from '../words/source-nouns.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import {
	gerundAfterApposition,
	sharesTheClauseSubject,
	subjectOfOpeningParticiple,
} from './subjectless-verbs.ts';
import { speakerEndingAt, speakerFrom } from './subjects.ts';
import { subjectEndingAt } from './subject-apposition.ts';
import { afterComma, phraseAfterOpener, phraseBeforeVerb, reportsAt } from './subject-phrase.ts';
import { partitiveSubject } from './partitive-subject.ts';

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
	const from = clauseStart(text, range, words[i]!.start, ',;');
	const at = words.findIndex((w) => w.start >= from);
	const [opening, next] = [words[at], words[at + 1]?.text ?? ''];
	// "Even if …" opens a clause; "Even Mexico's president said" is a main clause stressed.
	return (
		opening !== undefined &&
		opening.start < words[i]!.start &&
		is('subordinator', opening.text, lang) &&
		(!/^(?:even|aun)$/i.test(opening.text) || is('subordinator', next, lang))
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
	// Past a wire dateline ("SAN DIEGO (AP) —") or a label's colon ("POLITICS: Senators accuse").
	const label = text.lastIndexOf(':', words[verb]!.start) + 1;
	const first = words.findIndex((w) => w.start >= Math.max(label, datelineAt(text, range.start)));
	const asked =
		verb === first ? subjectOfOpeningParticiple(reading, words, verb, range) : undefined;
	if (asked) return asked;
	const apposed =
		gerundAfterApposition(reading, words, verb) ??
		partitiveSubject(reading, words, first, verb, said);
	if (apposed) return apposed;
	// "a Pentagon spokesperson declined … but said", "explicó … y aseguró": the clause's subject.
	if (
		(j >= 0 && /^(?:and|but|y|e|pero)$/i.test(words[j]!.text)) ||
		sharesTheClauseSubject(text, words, verb, lang)
	) {
		// The clause a semicolon opens: "…; the opposition's Ricardo Llamas agreed, saying".
		const start = Math.max(reading.sentence.start, text.lastIndexOf(';', words[verb]!.start) + 1);
		const shared = clauseSubject(reading, { ...reading.sentence, start });
		if (shared) return { ...shared, verb: said };
	}
	if (j >= first && j >= 0) {
		const found = subjectEndingAt(reading, words, j, said, range);
		if (found) return documentIssuer(reading, words, j, found) ?? found;
	}
	// "A shop owner who asked … said"; "a letter Mexico's Senate sent to Congress, which warned".
	const relative = words.findLastIndex(
		(w, k) => k < verb && k > first && is('relative', w.text, lang) && !reportsAt(words, k, lang),
	);
	const sender = relative > 0 ? documentSender(reading, words, first, relative, said) : undefined;
	if (sender) return sender;
	if (relative > 0) {
		// "Un voluntario del albergue, que pidió el anonimato, contó": the whole phrase before
		// the relative clause, whatever its noun.
		const antecedent =
			phraseBeforeVerb(text, words, first, relative, lang, 12) ??
			phraseBeforeVerb(
				text,
				words,
				afterComma(text, words, first, relative - 1),
				relative,
				lang,
				12,
			);
		// "…, before yielding to Sen. Maria Kessler (D-N.M.), who called": a relative set off
		// by a comma is said of the name before it, a preposition's object too.
		const apart = /,\s*$/.test(text.slice(words[relative - 1]!.end, words[relative]!.start));
		const found =
			// "el Consejo Coordinador Empresarial (CCE), que pidió": the name the bracket follows.
			(/^\.?\s*\)/.test(text.slice(words[relative - 1]!.end))
				? subjectEndingAt(reading, words, relative - 1, said, range, apart)
				: speakerEndingAt(reading, words, relative - 1, said, apart)) ??
			(antecedent ? { verb: said, description: antecedent } : undefined) ??
			speakerFrom(reading, words, first, said);
		if (found) return found;
	}
	const opened = phraseAfterOpener(text, words, first, verb, lang);
	if (opened) return { verb: said, description: opened };
	const speakers = reading.mentions.filter(
		(m) => m.start >= range.start && m.end <= words[verb]!.start && canSpeak(m, text),
	);
	if (speakers.length > 0) return { verb: said, subject: speakers.at(-1)! };
	// Naming and praise need a subject the word lists know: "This plan, called “…”" is a term.
	const kind = speechVerbOf(said, lang);
	const phrase =
		kind?.naming || kind?.praise
			? undefined
			: (phraseBeforeVerb(text, words, first, verb, lang, 12) ??
				phraseBeforeVerb(text, words, afterComma(text, words, first, verb), verb, lang));
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
