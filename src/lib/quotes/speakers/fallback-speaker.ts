/**
 * A speaker for a quotation whose own attribution names none: the quotation before, a stated
 * position's owner (owned-words.ts), the document its sentence is about, the sentence before,
 * a verb earlier in the sentence (the rest of a quotation an interjection splits is in
 * interjection-parts.ts); and what a sentence is about, for a later verb with no subject
 * written. The attributions tried first are in attribution/quote-speaker.ts.
 */
import {
	attributionAfter,
	attributionBefore,
	clauseSubject,
	type Attribution,
	type Reading,
} from '../attribution/attribution.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { isPersonName, personNameIn } from '../reading/named-sources.ts';
import { wordsIn, type Range } from '../reading/sentences.ts';
import { documentNouns } from '../words/source-words.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { type Context, fromAttribution } from './attributed-speaker.ts';
import type { Resolved } from './speaker-resolution.ts';
import { ownerOfStatedWords } from './owned-words.ts';

/**
 * A speaker when the attribution gives none, in this order: the quotation before it in the
 * paragraph ("“A,” she said. “B.”"); the sentence before, when the quote opens its own and
 * that sentence has a speech verb or ends in a colon.
 */
export function fallback(
	reading: Reading,
	before: Range,
	sentences: readonly Range[],
	sentence: number,
	previous: Resolved | undefined,
	context: Context,
): Resolved | undefined {
	if (previous)
		return {
			...previous,
			confidence: Math.min(previous.confidence, 0.6),
			reason: 'continues the quotation before it',
		};
	const owned = ownerOfStatedWords(reading, sentences[sentence]!, before.end);
	const owner = owned && fromAttribution(owned, context);
	if (owner?.speaker || owner?.description)
		return {
			...owner,
			confidence: 0.6,
			reason: `the ${owned!.verb} the sentence sets out is theirs`,
		};
	const text = documentAbout(reading, sentences[sentence]!);
	if (text)
		return {
			speaker: null,
			description: text,
			confidence: 0.6,
			reason: 'the document its sentence is about, whatever its verb',
		};
	const opens = sentence > 0 && wordsIn(reading.text, before.start, before.end).length === 0;
	if (!opens) return undefined;
	const said = introduction(reading, sentences[sentence - 1]!);
	if (!said) return undefined;
	return {
		...fromAttribution(said, context),
		confidence: 0.6,
		reason: `introduced by the sentence before ("${said.verb}")`,
	};
}

/**
 * A document that is its sentence's subject: "The joint statement … commits both countries to
 * “…”", "El texto del acuerdo habla de «…»". A text quotes itself whatever verb tells what
 * it does, so its words are its own even without a verb of speech.
 */
function documentAbout(reading: Reading, sentence: Range): string | undefined {
	const about = clauseSubject(reading, sentence);
	const description = about?.subject ? undefined : about?.description;
	// The noun phrase's head within its first three words: "The joint statement released by …".
	const words = description?.split(/\s+/).slice(0, 3) ?? [];
	const noun = words.findIndex((word) => documentNouns.has(word.toLowerCase()));
	return noun < 0 ? undefined : words.slice(0, noun + 1).join(' ');
}

/** Who a sentence introduces as speaking next: its speech verb's subject, or before a colon its subject. */
export function introduction(reading: Reading, sentence: Range): Attribution | undefined {
	const said =
		attributionBefore(reading, sentence) ??
		(/:\s*$/.test(reading.text.slice(sentence.start, sentence.end))
			? clauseSubject(reading, sentence)
			: undefined);
	return said?.subject || said?.description ? said : undefined;
}

/**
 * What a sentence is about, for a later Spanish verb with no subject written: its subject, or
 * `zero` when it opens with a verb and leaves its subject unwritten too ("Señaló que…",
 * "“…”, apuntó.") and the sentence before decides.
 */
export function sentenceSubject(
	reading: Reading,
	sentence: Range,
): Attribution | 'zero' | undefined {
	const words = wordsIn(reading.text, sentence.start, sentence.end);
	// A quotation alone says nothing of who the text is about.
	if (words.length === 0) return 'zero';
	// A verb opening a sentence after its quotation names its subject after it ("«…», explica
	// por teléfono Ana Ruiz, profesora."), or leaves it to the sentences before ("«…», apuntó.").
	if (speechVerbOf(words[0]!.text, reading.lang)) {
		const after = attributionAfter(reading, sentence);
		return after?.subject || after?.description ? after : 'zero';
	}
	const said = attributionBefore(reading, sentence, true);
	if (said?.subject || said?.description) return said;
	if (said?.implicit) return 'zero';
	const subject = clauseSubject(reading, sentence);
	// Without a speech verb, only a person the sentence is about carries to a later "dijo";
	// a surname alone ("Ordóñez volvió a esquivar el tema") if it is someone named in full before.
	const description = subject?.description ?? '';
	const named = personNameIn(description);
	if (named && named !== description) return { ...subject!, description: named };
	return subject?.subject || isPersonName(description) || /^\p{Lu}[\p{Ll}-]+$/u.test(description)
		? subject
		: undefined;
}

/** The speaker of the speech verb an earlier quotation of the sentence had (a term's, say). */
export function borrowed(speech: Attribution | undefined, context: Context): Resolved | undefined {
	const told = speech ? fromAttribution(speech, context) : undefined;
	return told && (told.speaker || told.description)
		? { ...told, confidence: 0.6, reason: `the sentence's "${speech!.verb}"` }
		: undefined;
}

/** Whether a quotation speaks in the first person ("nos invadan", "our help"). */
export function firstPerson(text: string, lang: Lang): boolean {
	return (text.match(/\p{L}+/gu) ?? []).some((word) => is('firstPerson', word, lang));
}
