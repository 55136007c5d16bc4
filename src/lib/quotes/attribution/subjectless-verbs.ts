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
import { nameEndingAt } from './name-runs.ts';

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

/**
 * The name a gerund's clause follows across an apposition: "a clip of Sen. Ruth Albrecht, a
 * Democrat on the committee, answering that “…”". The commas close the apposition, not the
 * main clause, so the gerund is the name's, even as the object of "of".
 */
export function gerundAfterApposition(
	reading: Reading,
	words: readonly Word[],
	verb: number,
): Attribution | undefined {
	const { text, lang } = reading;
	const gerund = lang === 'es' ? /(?:ando|iendo|yendo)$/i : /ing$/i;
	if (!gerund.test(words[verb]!.text)) return undefined;
	const lead = /\p{Lu}[\p{L}'’-]+(?=,\s+(?:a|an|the|un|una|el|la)\s[^,;:]+,\s*$)/u.exec(
		text.slice(0, words[verb]!.start),
	);
	if (!lead) return undefined;
	const end = words.findIndex((w) => w.end === lead.index + lead[0].length);
	const mention = reading.mentions.find((m) => m.end === words[end]?.end && m.person);
	if (mention) return { verb: words[verb]!.text, subject: { ...mention, possessive: false } };
	const name = nameEndingAt(text, words, end);
	const found = name && text.slice(name.start, name.end);
	return found && isPersonName(found.replace(/^\p{L}+\.\s+/u, ''))
		? { verb: words[verb]!.text, description: found }
		: undefined;
}
