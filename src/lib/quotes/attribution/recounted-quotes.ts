import { attributionBefore } from './attribution.ts';
import type { Lang } from '../words/language.ts';
import type { MentionFinder } from '../reading/mentions.ts';
import type { QuoteSpan } from '../spans/quote-spans.ts';
import type { FoundQuote } from '../quote-types.ts';
import type { Range } from '../reading/sentences.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import {
	pointBack,
	type Resolved,
	resolveMention,
	type Seen,
} from '../speakers/speaker-resolution.ts';

/** Single-quoted speech inside a quotation: "He said, ‘…’" recounted by the outer speaker. */
export function nestedQuotes(
	text: string,
	block: number,
	span: QuoteSpan,
	outer: Resolved,
	finder: MentionFinder,
	seen: readonly Seen[],
	sentence: number,
	lang: Lang = 'en',
): FoundQuote[] {
	return span.inner.map((inner) => {
		const lead: Range = { start: Math.max(span.open + 1, inner.open - 60), end: inner.open };
		const mentions = finder
			.find(text, lang)
			.filter((m) => m.start >= lead.start && m.end <= lead.end);
		const attribution = attributionBefore({ text, mentions, lang, sentence: lead }, lead);
		let resolved: Resolved = {
			speaker: null,
			description: null,
			confidence: 0.4,
			reason: 'recounted speech with no attribution',
		};
		const subject = attribution?.subject;
		// "I told him, ‘No’", "Y yo le contesté: ‘No’": the one recounting.
		const firstPerson = attribution && speechVerbOf(attribution.verb, lang)?.firstPerson;
		if (subject?.pointer?.pronoun === 'i' || (firstPerson && !subject)) {
			resolved = {
				...outer,
				confidence: Math.min(outer.confidence, 0.8),
				reason: '"I" is the person recounting',
			};
		} else if (attribution?.description && !subject) {
			// "Cuando un funcionario estadounidense dice ‘…’": a source described, not a pronoun.
			resolved = {
				speaker: null,
				description: attribution.description,
				confidence: 0.6,
				reason: `source beside "${attribution.verb}", recounted`,
			};
		} else if (subject || attribution?.implicit) {
			// "He asked me", "Me comentó": someone other than the one recounting.
			const others = seen.filter((s) => s.person !== outer.speaker || outer.speaker === null);
			const pointer = subject?.pointer;
			const toMe = addressesTheSpeaker(text, lead, attribution!.verb, lang);
			const found =
				(toMe && (pointer?.pronoun || !subject)
					? interlocutor(seen, outer.speaker, block, sentence, (person) =>
							pointer ? finder.fits(pointer, person) : true,
						)
					: undefined) ??
				(subject
					? resolveMention(subject, finder, others, block, sentence)
					: pointBack(others, () => true, block, sentence, attribution!.verb));
			if (found)
				resolved = {
					...found,
					confidence: Math.min(found.confidence, 0.7),
					reason: `${found.reason}, recounted`,
				};
		}
		return {
			block,
			start: inner.open + 1,
			end: inner.close,
			text: inner.text,
			kind: 'nested' as const,
			reportedBy: outer.speaker,
			...resolved,
		};
	});
}

/**
 * Whether recounted words were said to the one recounting: "He asked me", "he told me",
 * "Me dijo", "me preguntó" (the first person as the verb's object).
 */
function addressesTheSpeaker(text: string, lead: Range, verb: string, lang: Lang): boolean {
	const words: string[] =
		text
			.slice(lead.start, lead.end)
			.toLowerCase()
			.match(/\p{L}+/gu) ?? [];
	const at = words.lastIndexOf(verb.toLowerCase());
	if (at < 0) return false;
	return lang === 'es' ? words[at - 1] === 'me' : words[at + 1] === 'me';
}

/**
 * The one the recounting speaker was last named with, for "he asked me" in her words: the
 * nearest earlier sentence that names her and exactly one other person who fits ("Sheinbaum
 * and Trump spoke for forty minutes" before her "He asked me, ‘…’"), within the twelve
 * sentences that name anyone before. The person she dealt with, not a man named last.
 */
function interlocutor(
	seen: readonly Seen[],
	speaker: string | null,
	block: number,
	sentence: number,
	fits: (person: string) => boolean,
): Resolved | undefined {
	if (speaker === null) return undefined;
	// From the end of what was seen, so that a long article's many nested quotations do not
	// each read all of it.
	const groups: { key: string; people: Set<string> }[] = [];
	for (let i = seen.length - 1; i >= 0; i--) {
		const s = seen[i]!;
		if (!s.person || s.block > block || (s.block === block && s.sentence >= sentence)) continue;
		const key = `${s.block}:${s.sentence}`;
		const group = groups.find((g) => g.key === key);
		if (group) group.people.add(s.person);
		else if (groups.length === 12) break;
		else groups.push({ key, people: new Set([s.person]) });
	}
	groups.sort((a, b) => {
		const [ab, as] = a.key.split(':').map(Number);
		const [bb, bs] = b.key.split(':').map(Number);
		return bb! - ab! || bs! - as!;
	});
	for (const { people } of groups) {
		if (!people.has(speaker)) continue;
		const others = [...people].filter((person) => person !== speaker && fits(person));
		if (others.length === 1)
			return {
				speaker: others[0]!,
				description: null,
				confidence: 0.6,
				reason: 'the person the recounting speaker was last named with',
			};
		if (others.length > 1) return undefined;
	}
	return undefined;
}
