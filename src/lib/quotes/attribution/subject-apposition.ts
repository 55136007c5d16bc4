/** The subject right before a speech verb, across a parenthesis or an apposition (see verb-subject.ts). */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { isPersonName } from '../reading/named-sources.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { personNouns } from '../words/source-words.ts';
import { datelineAt } from './datelines.ts';
import { speakerEndingAt, speakerFrom } from './subjects.ts';
import { phraseBeforeVerb } from './subject-phrase.ts';

/** A party and state in brackets after a lawmaker's name: "(D-N.M.)", "(R-Texas)". */
const partyLabel = /^\(\p{Lu}-\p{Lu}[\p{L}.]*\)/u;

/**
 * The subject ending at `words[j]`, right before its verb: a mention, a name or a phrase;
 * across a parenthesis ("la Secretaría de Relaciones Exteriores (SRE) informó") and an
 * apposition ("Rubio, asked whether …, replied"; "Javier Arriaga, de El Colegio de México,
 * lo dice"), where the name inside the commas speaks ("El alcalde, Joaquín Osuna, dijo").
 */
export function subjectEndingAt(
	reading: Reading,
	words: readonly Word[],
	j: number,
	said: string,
	range: Range,
	objects = false,
): Attribution | undefined {
	const { text, lang } = reading;
	const gap = text.slice(words[j]!.end, words[j + 1]?.start ?? text.length);
	// A bracket's last word may end on a full stop of its own: "(D-N.M.)".
	if (/^\.?\s*\)/.test(gap)) {
		const open = text.lastIndexOf('(', words[j]!.start);
		const k = words.findLastIndex((w) => w.end <= open);
		const found = k >= 0 ? speakerEndingAt(reading, words, k, said, objects) : undefined;
		// "Sen. Maria Kessler (D-N.M.)": a party and state label is no part of the name.
		if (!found?.description || partyLabel.test(text.slice(open))) return found;
		const closing = words[j]!.end + gap.indexOf(')') + 1;
		return { ...found, description: found.description + text.slice(words[k]!.end, closing) };
	}
	const direct = speakerEndingAt(reading, words, j, said, objects);
	if (direct?.subject || (direct && !gap.includes(','))) return direct;
	if (!gap.includes(',')) return undefined;
	const comma = text.lastIndexOf(',', words[j]!.start);
	if (comma < range.start) return direct;
	const k = words.findLastIndex((w) => w.end <= comma);
	const opening = words[k + 1];
	if (k < 0 || !opening) return direct;
	const inside = speakerFrom(reading, words, k + 1, said);
	// "Sen. Ted Cruz, R-Texas, said": a party and state label is no one.
	const label = /^[A-Z]-\p{Lu}/u.test(opening.text);
	// "Tom Homan, Mr Trump's border adviser, told": an owner's noun is the role of the one
	// before the comma, who speaks.
	const owned = words
		.slice(k + 1, k + 4)
		.some((w) => /['’]s$/.test(w.text) && w.end <= words[j]!.start);
	if (owned) {
		const before = speakerEndingAt(reading, words, k, said);
		if (before) return before;
	}
	if (inside && /^\p{Lu}/u.test(opening.text) && !is('determiner', opening.text, lang) && !label)
		return inside;
	// "Otro experto, el exdiplomático Fernando Ugalde, advirtió", "La presidenta de la
	// comisión, senadora Beatriz Olvera Ruiz, subrayó", "a junior from Sinaloa named Diego
	// Valenzuela": the name closing the apposition, after its own title.
	const title = is('determiner', opening.text, lang) ? k + 2 : k + 1;
	const lead = text.slice(
		words[title]?.start ?? 0,
		text.indexOf(direct?.description ?? '', opening.start),
	);
	if (
		direct?.description &&
		isPersonName(direct.description) &&
		(is('determiner', opening.text, lang) || nounsOnly(lead, lang)) &&
		(/^\s*(?:\p{Ll}+\s+){1,3}$/u.test(lead) ||
			/\s(?:named|called|llamad[oa]|de nombre)\s+$/u.test(lead)) &&
		/^\p{Ll}/u.test(words[title]?.text ?? '')
	)
		return direct;
	const first = words.findIndex((w) => w.start >= datelineAt(text, range.start));
	// "Two commuters waiting in line, both nurses at a hospital, said": the noun phrase the
	// apposition follows, whatever its noun, as before a relative clause.
	const phrase = phraseBeforeVerb(text, words, first, k + 1, lang, 12);
	return (
		speakerEndingAt(reading, words, k, said) ??
		speakerFrom(reading, words, first, said) ??
		(phrase ? { verb: said, description: phrase } : undefined) ??
		direct
	);
}

/** Whether a title's words are nouns and adjectives, no clause ("who met", "according to"). */
function nounsOnly(lead: string, lang: Lang): boolean {
	const words = lead.match(/\p{L}+/gu) ?? [];
	return words.every(
		(word) =>
			personNouns.has(word.toLowerCase()) ||
			!(
				is('clauseStop', word, lang) ||
				is('relative', word, lang) ||
				is('skippable', word, lang) ||
				is('preposition', word, lang) ||
				/(?:ed|ing|ó|ndo)$/.test(word)
			),
	);
}
