import type { Mention } from './mentions.ts';
import { type Range, type Word, wordsIn } from './sentences.ts';

/** Who a quotation is put in the mouth of, as the sentence around it says. */
export interface Attribution {
	/** The speech verb ("said", "declared", "recounted"). */
	verb: string;
	/** The mention that is the verb's subject, when a name, pronoun or title is. */
	subject?: Mention;
	/** Otherwise the noun phrase that is ("one social media commenter"). */
	description?: string;
}

const speechVerb =
	/^(?:say|says|said|saying|state|states|stated|stating|declare|declares|declared|declaring|tell|tells|told|telling|add|adds|added|recount|recounts|recounted|recounting|recall|recalls|recalled|note|notes|noted|warn|warns|warned|warning|argue|argues|argued|arguing|insist|insists|insisted|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing|stress|stressed|explain|explained|write|wrote|writes|ask|asked|asks|reply|replied|respond|responded|claim|claimed|claims|announce|announced|remark|remarked|vow|vowed|promise|promised|insisting|quipped|posted|tweeted|acknowledged|admitted|conceded|called|calls|call|calling|described|describes|dubbed|labelled|labeled)$/i;

/** Verbs that name a thing as often as they report speech: they need a person as subject. */
export const namingVerb =
	/^(?:call|calls|called|calling|described|describes|dubbed|labelled|labeled)$/i;

/** Words between a subject and its verb that change nothing: auxiliaries, and adverbs of manner. */
const skippable =
	/^(?:has|have|had|was|is|were|would|will|been|also|then|later|once|again|\p{L}+ly)$/iu;
const clauseStop =
	/^(?:as|that|which|who|while|when|and|but|after|before|because|if|though|although|by|in|on|at|with|to|of|for)$/i;
const determiner =
	/^(?:a|an|one|the|some|several|many|two|three|another|other|most|its|his|her|their)$/i;

/** "Trump administration", "the Sheinbaum government": a name used to qualify a noun. */
const qualifiedNoun =
	/^\s+(?:administration|government|team|officials?|campaign|era|policy|presidency|nominee|allies|White House)\b/i;

/** Whether a mention can be a sentence's subject (not "Trump’s offer", not "the Trump administration"). */
export function canSpeak(mention: Mention, text: string): boolean {
	return !mention.possessive && !qualifiedNoun.test(text.slice(mention.end));
}

/** The speech verb nearest before a quotation within `range`, and its subject. */
export function attributionBefore(
	text: string,
	range: Range,
	mentions: readonly Mention[],
): Attribution | undefined {
	// "According to Waltz, “…”": the source is named after the phrase, not before a verb.
	const source = mentions.findLast(
		(m) =>
			m.start >= range.start &&
			m.end <= range.end &&
			/according to\s+$/i.test(text.slice(range.start, m.start)),
	);
	if (source) return { verb: 'according to', subject: source };
	const words = wordsIn(text, range.start, range.end);
	for (let i = words.length - 1; i >= 0; i--) {
		const verb = words[i]!;
		if (!speechVerb.test(verb.text)) continue;
		const attribution = subjectOf(text, words, i, range.start, mentions);
		if (namingVerb.test(verb.text) && !attribution.subject) continue;
		return attribution;
	}
	return undefined;
}

/** Attribution that follows a quotation: `“…,” Sheinbaum recounted` or `“…,” said a spokesperson`. */
export function attributionAfter(
	text: string,
	range: Range,
	mentions: readonly Mention[],
): Attribution | undefined {
	const words = wordsIn(text, range.start, range.end).slice(0, 8);
	const verbAt = words.findIndex(
		(word) => speechVerb.test(word.text) && !namingVerb.test(word.text),
	);
	if (verbAt < 0) return undefined;
	const verb = words[verbAt]!;
	const speakers = mentions.filter(
		(m) => m.start >= range.start && m.end <= range.end && canSpeak(m, text),
	);
	const before = speakers.find((m) => m.end <= verb.start);
	if (before && wordsIn(text, before.end, verb.start).every((word) => skippable.test(word.text)))
		return { verb: verb.text, subject: before };
	const after = speakers.find((m) => m.start >= verb.end);
	if (verbAt === 0 && after && wordsIn(text, verb.end, after.start).length <= 1)
		return { verb: verb.text, subject: after };
	if (verbAt === 0) {
		const phrase = nounPhrase(words.slice(1, 6));
		if (phrase) return { verb: verb.text, description: phrase };
	}
	const phrase = nounPhraseBefore(words, verbAt);
	return phrase ? { verb: verb.text, description: phrase } : undefined;
}

function subjectOf(
	text: string,
	words: readonly Word[],
	verbAt: number,
	from: number,
	mentions: readonly Mention[],
): Attribution {
	const verb = words[verbAt]!;
	let i = verbAt - 1;
	while (i >= 0 && skippable.test(words[i]!.text)) i--;
	const speakers = mentions.filter(
		(m) => m.start >= from && m.end <= verb.start && canSpeak(m, text),
	);
	const adjacent = speakers.findLast((m) => i >= 0 && m.end === words[i]!.end);
	if (adjacent) return { verb: verb.text, subject: adjacent };
	// "Rubio, asked whether …, replied": a clause set off by commas between subject and verb.
	const parted = speakers.at(-1);
	if (parted && /^\s*,[^,]*,\s*$/.test(text.slice(parted.end, verb.start)))
		return { verb: verb.text, subject: parted };
	const phrase = nounPhraseBefore(words, i + 1);
	if (phrase && determiner.test(phrase.split(' ')[0]!))
		return { verb: verb.text, description: phrase };
	if (namingVerb.test(verb.text)) return { verb: verb.text };
	const subject = speakers.at(-1);
	return subject ? { verb: verb.text, subject } : { verb: verb.text, description: phrase };
}

/** The words just before `end` back to a clause word: "one social media commenter". */
function nounPhraseBefore(words: readonly Word[], end: number): string | undefined {
	const phrase: string[] = [];
	for (let i = end - 1; i >= 0 && phrase.length < 6; i--) {
		const word = words[i]!.text;
		if (skippable.test(word) && phrase.length === 0) continue;
		if (clauseStop.test(word) || speechVerb.test(word)) break;
		phrase.unshift(word);
		if (determiner.test(word)) break;
	}
	return phrase.length > 0 ? phrase.join(' ') : undefined;
}

function nounPhrase(words: readonly Word[]): string | undefined {
	const phrase: string[] = [];
	for (const word of words) {
		if (clauseStop.test(word.text)) break;
		phrase.push(word.text);
	}
	return phrase.length > 0 ? phrase.join(' ') : undefined;
}
