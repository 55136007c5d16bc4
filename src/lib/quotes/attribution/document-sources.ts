/**
 * Documents as sources: who issued the statement, letter or message that a quotation is
 * taken from ("the municipal government issued a statement saying “…”", "a letter Mexico's
 * Senate sent to Congress, which warned").
 */
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { documentNouns } from '../words/source-words.ts';
import { kindOf, namesASource } from '../words/source-nouns.ts';
import { speakerEndingAt, speakerFrom } from './subjects.ts';

/** Verbs by which someone puts out a document: "issued a statement", "emitió un comunicado". */
const issuing =
	/^(?:issued|released|sent|published|posted|put|emitió|publicó|difundió|envió|divulgó)$/i;

/**
 * For a document found as the subject ("issued a statement saying “…”"), the one who issued
 * it: the subject of the verb before the document's phrase ("the municipal government").
 */
export function documentIssuer(
	reading: Reading,
	words: readonly Word[],
	end: number,
	found: Attribution,
): Attribution | undefined {
	if (!found.description || kindOf(found.description) !== 'document') return undefined;
	const start = words.findIndex(
		(w) => w.start >= reading.text.lastIndexOf(found.description!, words[end]!.end),
	);
	const verb = start - 1;
	if (verb < 1 || !issuing.test(words[verb]!.text)) return undefined;
	const issuer = speakerEndingAt(reading, words, verb - 1, found.verb);
	return issuer?.subject || (issuer?.description && namesASource(issuer.description, false))
		? issuer
		: undefined;
}

/**
 * The sender of a document named with its sender in a clause of its own, for a relative
 * pronoun after it: "a letter Mexico's Senate sent to Congress, which warned": the words
 * between the document's noun and the verb that sent it.
 */
export function documentSender(
	reading: Reading,
	words: readonly Word[],
	first: number,
	relative: number,
	said: string,
): Attribution | undefined {
	for (let k = relative - 1; k > first; k--) {
		if (!documentNouns.has(words[k]!.text.toLowerCase())) continue;
		const sent = words.findIndex((w, i) => i > k && i < relative && issuing.test(w.text));
		if (sent < k + 2) return undefined;
		const sender = speakerFrom(reading, words, k + 1, said);
		if (sender?.subject) return sender;
		const phrase = reading.text.slice(words[k + 1]!.start, words[sent - 1]!.end);
		return namesASource(phrase, false) ? { verb: said, description: phrase } : undefined;
	}
	return undefined;
}

/** "hicieron público un pronunciamiento", "issued a statement": putting out a new document. */
const putsOut =
	/\b(?:issued|released|published|publicó|publicaron|emitió|emitieron|difundió|difundieron|(?:hizo|hicieron)\s+público|(?:dio|dieron)\s+a\s+conocer)\s+(?:(?:el|este|on|this)\s+\p{L}+\s+)?(?:un|una|a|an)\s+(?:\p{L}+\s+){0,2}?(\p{L}+)/iu;

/**
 * Whether a sentence says someone put out a document ("Obispos de la frontera … hicieron
 * público el domingo un pronunciamiento conjunto"): its subject then speaks for the document
 * when the text later quotes it ("El documento … advierte que «…»").
 */
export function putsOutDocument(text: string, sentence: Range): boolean {
	const found = putsOut.exec(text.slice(sentence.start, sentence.end));
	return found !== null && documentNouns.has(found[1]!.toLowerCase());
}
