/**
 * Speech verbs with no subject of their own, which take the main clause's: a gerund after a
 * comma ("…, adding that “…”") and a participle opening the sentence ("Asked whether …,
 * Villaseñor was direct: “…”").
 */
import { isPersonName } from '../reading/named-sources.ts';
import type { Lang } from '../words/language.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { clauseSubject } from './clause-subject.ts';

/** Participles that open a sentence and leave the subject to its main clause. */
const openingParticiple =
	/^(?:asked|pressed|questioned|preguntad[oa]s?|cuestionad[oa]s?|consultad[oa]s?|interrogad[oa]s?)$/i;

/**
 * "Asked whether …, Villaseñor was direct: “…”", "Cuestionado sobre …, el canciller
 * respondió: «…»": a participle opening the sentence has no subject of its own; the speaker
 * is the main clause's subject, the first words after the participle's clause closes.
 */
export function subjectOfOpeningParticiple(
	reading: Reading,
	words: readonly Word[],
	verb: number,
	range: Range,
): Attribution | undefined {
	if (!openingParticiple.test(words[verb]!.text)) return undefined;
	const comma = reading.text.indexOf(',', words[verb]!.end);
	if (comma < 0 || comma >= range.end) return undefined;
	const found = clauseSubject(reading, { start: comma + 1, end: range.end });
	// A surname alone ("Villaseñor") is someone named in full before.
	const named = (d: string) => isPersonName(d) || /^\p{Lu}[\p{Ll}-]+$/u.test(d);
	return found?.subject || (found?.description && named(found.description))
		? { ...found, verb: words[verb]!.text }
		: undefined;
}

/**
 * Whether the speech verb `words[verb]` is a gerund opening a clause after a comma ("…, adding
 * that", "…, añadiendo que"): a gerund has no subject of its own and speaks for the main
 * clause's, never for a place or a person named just before it.
 */
export function sharesTheClauseSubject(
	text: string,
	words: readonly Word[],
	verb: number,
	lang: Lang,
): boolean {
	const gerund = lang === 'es' ? /(?:ando|iendo|yendo)$/i : /ing$/i;
	if (verb === 0 || !gerund.test(words[verb]!.text)) return false;
	return /,\s*$/.test(text.slice(words[verb - 1]!.end, words[verb]!.start));
}
