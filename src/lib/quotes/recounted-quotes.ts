import { attributionBefore } from './attribution.ts';
import type { Lang } from './language.ts';
import type { MentionFinder } from './mentions.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { FoundQuote } from './quote-types.ts';
import { type Range, wordsIn } from './sentences.ts';
import { speechVerbOf } from './speech-verbs.ts';
import { pointBack, type Resolved, resolveMention, type Seen } from './speaker-resolution.ts';

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
		} else if (subject || attribution?.implicit) {
			// "He asked me", "Me comentó": someone other than the one recounting.
			const others = seen.filter((s) => s.person !== outer.speaker || outer.speaker === null);
			const found = subject
				? resolveMention(subject, finder, others, block, sentence)
				: pointBack(others, () => true, block, sentence, attribution!.verb);
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

/** "– International security analyst" on the line after a pull quote: the attribution, or undefined. */
export function pullAttribution(next: string | undefined): string | undefined {
	const match = /^\s*[–—-]\s*(\S.{0,80}?)\s*$/u.exec(next ?? '');
	if (!match || wordsIn(match[1]!, 0, match[1]!.length).length > 8) return undefined;
	// "— Advertisement —": a separator set between dashes, not an attribution.
	if (/[–—-]$/u.test(match[1]!)) return undefined;
	return match[1]!;
}

export function pullQuote(
	text: string,
	block: number,
	attribution: string,
	finder: MentionFinder,
): FoundQuote {
	const start = text.length - text.trimStart().length;
	const end = text.trimEnd().length;
	const speaker = finder.personNamed(attribution) ?? null;
	return {
		block,
		start,
		end,
		text: text.slice(start, end),
		kind: 'pull',
		reportedBy: null,
		speaker,
		description: speaker ? null : attribution,
		confidence: speaker ? 0.9 : 0.85,
		reason: 'pull quote with a dash attribution',
	};
}
