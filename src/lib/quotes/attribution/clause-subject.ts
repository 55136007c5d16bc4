import { is } from '../words/grammar-words.ts';
import { type Attribution, canSpeak, type Reading } from '../reading/reading.ts';
import { type Range, type Word, wordsIn } from '../reading/sentences.ts';
import { datelineAt } from './datelines.ts';
import { nameStartingAt } from './name-runs.ts';
import { namesASource } from '../words/source-nouns.ts';
import { speakerFrom } from './subjects.ts';
import { nameAfterTitle, unlistedNoun } from './titled-names.ts';

/**
 * The subject a clause opens with, after a phrase set off by a comma ("Por su parte,", "In
 * Washington,"): a mention, a name, or a phrase, where a name set off by commas after the
 * phrase is who it is ("El alcalde de la ciudad, Joaquín Osuna, fue más cauto").
 */
export function clauseSubject(reading: Reading, range: Range): Attribution | undefined {
	const { text, lang } = reading;
	const words = wordsIn(text, range.start, range.end);
	// "Y el secretario García Harfuch, hay que reconocerlo, ha sido…": past a conjunction.
	let at = words[0] && /^(?:and|but|y|e|pero)$/i.test(words[0].text) ? 1 : 0;
	// "CIUDAD DE MÉXICO.— La presidenta…", "MEXICO CITY (AP) — …": a dateline is no subject.
	const dateline = datelineAt(text, range.start);
	if (dateline > range.start)
		at = Math.max(
			0,
			words.findIndex((w) => w.start >= dateline),
		);
	for (let hop = 0; hop < 2 && words[at]; hop++) {
		const word = words[at]!.text;
		const comma = text.indexOf(',', words[at]!.start);
		const next = words.findIndex((w) => w.start > comma);
		// "cuando le preguntaron si aceptaría …, la presidenta": a subordinate clause, longer.
		const clause = is('subordinator', word, lang);
		const opener =
			clause ||
			is('preposition', word, lang) ||
			is('skippable', word, lang) ||
			/^(?:asked|mientras|meanwhile|however|for|even|tras)$/i.test(word) ||
			adverbial(reading, words.slice(at, next < 0 ? words.length : next));
		if (!opener || comma < 0 || next < 0 || next - at > (clause ? 16 : 8) || comma > range.end)
			break;
		at = next;
	}
	const found = speakerFrom(reading, words, at, ':');
	if (!found) return unlistedNoun(reading, words, at);
	// "the message remains clear:" is no one speaking.
	if (
		found.description &&
		!namesASource(found.description, false) &&
		!/^\p{Lu}/u.test(found.description)
	)
		return undefined;
	// "El alcalde de la ciudad, Joaquín Osuna,", "El secretario de Estado, Marco Rubio,": the
	// name set off by commas after a title or a description is who it is.
	const end =
		found.subject?.end ??
		text.indexOf(found.description!, words[at]!.start) + found.description!.length;
	const comma = text.indexOf(',', end);
	const after = words.findIndex((w) => w.start > comma);
	const titled = found.description ? nameAfterTitle(text, words, end, comma) : undefined;
	if (titled) return { verb: ':', description: titled };
	if (comma < 0 || after < 0 || (text.slice(end, comma).match(/\p{L}+/gu)?.length ?? 0) > 5)
		return found;
	const mention = reading.mentions.find(
		(m) => m.start === words[after]!.start && canSpeak(m, text),
	);
	if (mention) return { verb: ':', subject: mention };
	// "Otro experto, el exdiplomático Fernando Ugalde,": past the apposition's own title.
	let from = after;
	if (is('determiner', words[from]?.text ?? '', lang))
		for (let k = from + 1; k < from + 4 && /^\p{Ll}/u.test(words[k]?.text ?? ''); k++)
			if (/^\p{Lu}/u.test(words[k + 1]?.text ?? '')) {
				from = k + 1;
				break;
			}
	const name = nameStartingAt(text, words, from);
	if (name && /^\s*,/.test(text.slice(name.end)) && name.end > words[from]!.end)
		return { verb: ':', description: text.slice(name.start, name.end) };
	return found;
}

/**
 * Whether words set off by a comma at a clause's start are an adverbial ("Last week,", "Esa
 * misma tarde,"): two words or more, lower-case but the first, naming no source and no one.
 */
function adverbial(reading: Reading, words: readonly Word[]): boolean {
	if (words.length < 2 || words.length > 6) return false;
	if (!words.slice(1).every((w) => /^\p{Ll}/u.test(w.text))) return false;
	const phrase = reading.text.slice(words[0]!.start, words.at(-1)!.end);
	const named = reading.mentions.some(
		(m) => m.start >= words[0]!.start && m.end <= words.at(-1)!.end,
	);
	return !named && !namesASource(phrase);
}
