/**
 * The subject of a verb or a clause, read out of its words: a mention of someone people.yaml
 * knows, a name it does not know, a phrase that describes a source, or the owner of words
 * named as such ("la respuesta de Sheinbaum").
 */
import { appositiveName } from './appositive-name.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Mention } from '../reading/mentions.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import type { Word } from '../reading/sentences.ts';
import { placeWords } from '../words/source-words.ts';
import { speakerOfWords } from './speech-owner.ts';
import { nameEndingAt, nameStartingAt } from './name-runs.ts';
import { phraseEndingAt, phraseStartingAt } from './speaker-phrases.ts';
import { namesASource } from '../words/source-nouns.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { titleToPlaceName } from './titled-names.ts';

/** Whether `words[at]` is a lone capitalised function word: "El", "The", "In" opening a sentence. */
function functionWordAt(words: readonly Word[], at: number, lang: Lang): boolean {
	const word = words[at]!.text;
	return (
		is('determiner', word, lang) || is('clauseStop', word, lang) || is('skippable', word, lang)
	);
}

/**
 * The mentions from the first that starts at or after `offset`, a few of them: found by
 * binary search (mentions are in order), since a scan from the first mention for each
 * phrase made a long paragraph quadratic. A phrase's own mentions are among its first words.
 */
function mentionsFrom(mentions: readonly Mention[], offset: number): readonly Mention[] {
	let low = 0;
	let high = mentions.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (mentions[mid]!.start < offset) low = mid + 1;
		else high = mid;
	}
	return mentions.slice(low, low + 3);
}

/** The speaker a phrase starting at `words[at]` names: a mention, a name, a description. */
export function speakerFrom(
	reading: Reading,
	words: readonly Word[],
	at: number,
	verb: string,
): Attribution | undefined {
	const word = words[at];
	if (!word) return undefined;
	const spoken = speakerOfWords(reading, words, at, verb);
	if (spoken) return spoken;
	// "Sheinbaum", "la mandataria"; "el propio Trump", "the embattled Sheinbaum".
	const within = words[at + 2]?.end ?? word.end;
	const mention = mentionsFrom(reading.mentions, word.start).find(
		(m) =>
			m.start >= word.start &&
			m.start < within &&
			canSpeak(m, reading.text) &&
			(m.start === word.start || is('determiner', word.text, reading.lang)) &&
			/^[\p{L}\s]*$/u.test(reading.text.slice(word.start, m.start)),
	);
	if (mention) return { verb, subject: mention };
	const name = nameStartingAt(reading.text, words, at);
	// "El", "The" opening a sentence; "Fuentes de la cancillería", "Officials in Washington".
	const lone =
		name &&
		name.end === word.end &&
		(functionWordAt(words, at, reading.lang) ||
			namesASource(word.text, false) ||
			placeWords.has(word.text.toLowerCase()));
	// "A Mexican diplomat", "Opposition senators": capitals that open a noun phrase, no name.
	const modifier =
		name && (is('determiner', word.text, reading.lang) || name.end === word.end)
			? phraseStartingAt(reading.text, words, at, reading.lang)
			: undefined;
	const description =
		modifier ??
		(name && !lone
			? reading.text.slice(name.start, name.end)
			: phraseStartingAt(reading.text, words, at, reading.lang));
	const from = description
		? reading.text.indexOf(description, word.start) + description.length
		: word.start;
	const named = appositiveName(reading.text, from, reading.lang) ?? description;
	return named ? { verb, description: named } : undefined;
}

/**
 * The speaker a phrase ending at `words[end]` names; no preposition's object ("in London")
 * unless `objects` (a relative clause's antecedent: "yielding to Sen. Kessler, who said").
 */
export function speakerEndingAt(
	reading: Reading,
	words: readonly Word[],
	end: number,
	verb: string,
	objects = false,
): Attribution | undefined {
	const word = words[end];
	if (!word) return undefined;
	const mention = reading.mentions.findLast((m) => m.end === word.end && canSpeak(m, reading.text));
	const at = mention ? words.findIndex((w) => w.start >= mention.start) : -1;
	const objectAt = (first: number) =>
		first > 0 && is('preposition', words[first - 1]!.text, reading.lang);
	if (mention && (!objectAt(at) || (objects && mention.person)))
		return { verb, subject: mention };
	if (mention) return undefined;
	const name = nameEndingAt(reading.text, words, end);
	const first = name ? words.findIndex((w) => w.start === name.start) : -1;
	// A preposition's object may be a relative's antecedent only as a person's name.
	const object =
		objectAt(first) &&
		!(objects && name && isPersonName(reading.text.slice(name.start, name.end)));
	const lone =
		first === end &&
		(functionWordAt(words, end, reading.lang) || placeWords.has(word.text.toLowerCase()));
	const titled = name && object ? titleToPlaceName(reading.text, words, name, reading.lang) : undefined;
	if (titled) return { verb, description: titled };
	const description =
		name && !object && !lone
			? reading.text.slice(name.start, name.end)
			: phraseEndingAt(reading.text, words, end, reading.lang);
	return description ? { verb, description } : undefined;
}
