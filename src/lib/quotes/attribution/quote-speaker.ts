/**
 * Who says a quotation, when the words around it do not say so beside a verb: the rules
 * that look further (a colon, the quotation before, the sentence or paragraph before), in
 * the order the finder tries them.
 */
import {
	type Attribution,
	attributionAfter,
	attributionBefore,
	clauseSubject,
	type Reading,
} from './attribution.ts';
import { cleftAfter } from './cleft-attribution.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { datelineAt } from './datelines.ts';
import { namesASource } from './speaker-phrases.ts';
import { wordsIn, type Range } from '../reading/sentences.ts';
import { documentNouns } from '../words/source-words.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { type Context, fromAttribution } from '../speakers/attributed-speaker.ts';
import type { Resolved } from '../speakers/speaker-resolution.ts';

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
	const found = joined
		? clauseSubject(reading, { start: reading.sentence.start, end: before.start + colon })
		: /^\s*:/.test(rest) || signed
			? clauseSubject(reading, { start: after.start + rest.lastIndexOf(':') + 1, end: after.end })
			: colon >= 0
				? headlineLabel(reading, { start: reading.sentence.start, end: before.start + colon })
				: undefined;
	return found && strongSubject(found) ? found : undefined;
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
	return words.length >= 2 || /^\p{Lu}{2,}$/u.test(words[0] ?? '');
}

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
	// A quotation alone says nothing of who the text is about; nor does a verb opening a sentence.
	if (words.length === 0 || speechVerbOf(words[0]!.text, reading.lang)) return 'zero';
	const said = attributionBefore(reading, sentence, true);
	if (said?.subject || said?.description) return said;
	if (said?.implicit) return 'zero';
	const subject = clauseSubject(reading, sentence);
	// Without a speech verb, only a person the sentence is about carries to a later "dijo".
	return subject?.subject || (subject?.description && isPersonName(subject.description))
		? subject
		: undefined;
}
