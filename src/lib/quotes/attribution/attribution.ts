/**
 * Attribution: the speech verb or source phrase beside a quotation, and the subject it has,
 * before the quotation ("Sheinbaum said, “…”", "según el diario, «…»") or after it ("“…,”
 * one of the officials said", "«…», dijo la mandataria").
 */
import { is } from '../words/grammar-words.ts';
import { invertedSubjectAt } from './inverted-subject.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Mention } from '../reading/mentions.ts';
import { clauseStart, type Range, type Word, wordsIn } from '../reading/sentences.ts';
import { circleAfter, sourcePhraseIn, unwritten, verbAt } from './attribution-verbs.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { personNouns } from '../words/source-words.ts';
import { inSubordinateClause, subjectBefore } from './verb-subject.ts';
import { speakerEndingAt, speakerFrom } from './subjects.ts';

export { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
export { clauseSubject } from './clause-subject.ts';

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
	// "De la Fuente said his ministry had asked for “clarity”": a body the reporter owns is
	// theirs to speak for; the reporter's verb before it attributes the words.
	let owned: Attribution | undefined;
	for (const i of first ? order : order.toReversed()) {
		if (i === source.end) {
			const phrase = source.phrase;
			// "en palabras de Sheinbaum": the name after "de" is the source, not a possessor;
			// "According to her, …", "según él": a pronoun standing alone is one too.
			// "en palabras de Sheinbaum": the name after "de" is the source, not a possessor.
			const named =
				reading.mentions.find((m) => m.start === words[i + 1]?.start && m.person) ??
				objectPronounAt(reading.text, words[i + 1]);
			if (named) return { verb: phrase, subject: { ...named, possessive: false } };
			const found = speakerFrom(reading, words, i + 1, phrase);
			if (found) return found;
		}
		const verb = verbAt(reading.text, words, i, reading.lang);
		if (!verb || inSubordinateClause(reading, words, i, range)) continue;
		if (verb.question && askedInPassing(reading, words, i, range)) continue;
		const attribution = subjectBefore(reading, words, i, range);
		if ((verb.naming || verb.praise) && !attribution.subject && !attribution.description) continue;
		if (!first && !owned && ownedBody(attribution)) {
			owned = attribution;
			continue;
		}
		return owned && !(attribution.subject || attribution.description) ? owned : attribution;
	}
	return owned;
}

/** The object pronouns a source phrase takes, and the person each points to. */
const objectPronouns: Readonly<Record<string, 'he' | 'she'>> = { him: 'he', her: 'she' };

/**
 * "According to her, …": an object pronoun standing alone after a source phrase points back
 * to its source as "she" would ("according to her aides" names the aides instead).
 */
function objectPronounAt(text: string, word: Word | undefined): Mention | undefined {
	const pronoun = word && objectPronouns[word.text.toLowerCase()];
	if (!pronoun || !/^\s*(?:[,.;:)]|$)/.test(text.slice(word.end))) return undefined;
	return { start: word.start, end: word.end, possessive: false, pointer: { pronoun } };
}

/** Whether a subject is a body someone's possessive owns: "his ministry", "su gobierno". */
function ownedBody(attribution: Attribution): boolean {
	const phrase = /^(?:his|her|their|su|sus)\s+(\p{L}+)/iu.exec(attribution.description ?? '');
	return phrase !== null && !personNouns.has(phrase[1]!.toLowerCase());
}

/**
 * Whether the question verb `words[i]` stands in a clause a subordinator opens after the main
 * one, with its question told, not quoted ("She went further when a reporter asked about
 * drones: “…”"): the quotation answers it, and the main clause says who answers.
 */
function askedInPassing(
	reading: Reading,
	words: readonly Word[],
	i: number,
	range: Range,
): boolean {
	const { text, lang } = reading;
	const from = clauseStart(text, range, words[i]!.start, ',;:');
	const clause = words.findLastIndex(
		(w, k) => k < i && w.start >= from && is('subordinator', w.text, lang),
	);
	const told = /^\s*\p{L}/u.test(text.slice(words[i]!.end, range.end));
	return clause > 0 && told;
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
	const after =
		speakerFrom(reading, words, invertedSubjectAt(words, v, lang), said) ??
		circleAfter(text, words, v, lang);
	if (after) return after;
	return unwritten(words, invertedSubjectAt(words, v, lang), said, lang);
}
