import type { Person } from '../../schemas/people.ts';
import { attributionAfter, attributionBefore, type Attribution, canSpeak } from './attribution.ts';
import { type Mention, MentionFinder } from './mentions.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { maskQuotes, type Range, sentenceRanges, wordsIn } from './sentences.ts';
import { termReason } from './term-signs.ts';

export type QuoteKind = 'direct' | 'nested' | 'pull';

/** A quotation found in an article: whose words, how they reach the reader, how sure we are. */
export interface FoundQuote {
	/** Index of the block (paragraph, heading, cell) in reading order. */
	block: number;
	/** The quoted words' range within the block, marks excluded. */
	start: number;
	end: number;
	text: string;
	/** The speaker's id in `people.yaml`, or null when unnamed or not resolved. */
	speaker: string | null;
	/** How the article describes an unnamed speaker ("a White House spokesperson"). */
	description: string | null;
	kind: QuoteKind;
	/** For nested speech: who recounts the words. */
	reportedBy: string | null;
	/** 0–1: 0.9 a name beside a speech verb; 0.75 a pronoun resolved nearby; 0.4 no attribution. */
	confidence: number;
	/** Why, in words, for an editor reviewing the finder. */
	reason: string;
}

/** A quoted phrase judged not to be speech. */
export interface FoundTerm {
	block: number;
	start: number;
	end: number;
	text: string;
	reason: string;
}

export interface QuoteFindings {
	quotes: FoundQuote[];
	terms: FoundTerm[];
}

interface Resolved {
	speaker: string | null;
	description: string | null;
	confidence: number;
	reason: string;
}

const unattributed: Resolved = {
	speaker: null,
	description: null,
	confidence: 0.4,
	reason: 'no attribution',
};

/** Where a resolved name was seen, for pronouns and titles to look back to. */
interface Seen {
	block: number;
	sentence: number;
	person: string;
}

/**
 * Finds the quotations in an article's blocks of text (paragraphs in reading order):
 * direct speech with its speaker, nested speech, and dash-attributed pull quotes, told apart
 * from terms and scare quotes. Never throws; every quote's text is a substring of its block.
 */
export function findQuotes(blocks: readonly string[], people: readonly Person[]): QuoteFindings {
	const finder = new MentionFinder(people);
	const quotes: FoundQuote[] = [];
	const terms: FoundTerm[] = [];
	const seen: Seen[] = [];
	const allSpans = blocks.map((text) => findQuoteSpans(text));
	const counts = new Map<string, number>();
	for (const span of allSpans.flat())
		counts.set(key(span.text), (counts.get(key(span.text)) ?? 0) + 1);

	blocks.forEach((text, block) => {
		const pull = pullAttribution(blocks[block + 1]);
		if (pull !== undefined && !/^\s*[–—-]\s/.test(text) && text.trim()) {
			quotes.push(pullQuote(text, block, pull, finder));
			return;
		}
		const spans = allSpans[block]!;
		const masked = maskQuotes(text, spans);
		const sentences = sentenceRanges(masked);
		const mentions = finder.find(masked);
		const sentenceOf = (offset: number) =>
			Math.max(
				0,
				sentences.findIndex((s) => offset < s.end),
			);
		const resolve = (mention: Mention, at: number): Resolved | undefined =>
			resolveMention(mention, finder, seen, block, sentenceOf(at));
		const record = mentionRecorder(mentions, masked, seen, block, sentenceOf, resolve);
		let previous: Resolved | undefined;

		spans.forEach((span, index) => {
			const sentence = sentenceOf(span.open);
			const range = sentences[sentence] ?? { start: 0, end: text.length };
			const before = {
				start: Math.max(range.start, (spans[index - 1]?.close ?? -1) + 1),
				end: span.open,
			};
			const after = {
				start: span.close + 1,
				end: Math.min(range.end, spans[index + 1]?.open ?? text.length),
			};
			const attribution =
				attributionBefore(masked, before, mentions) ?? attributionAfter(masked, after, mentions);
			const reason = attribution
				? termReasonUnlessSpeech(masked, span)
				: termReason(text, span.open, span.close, counts.get(key(span.text)) ?? 0);
			record(span.open);
			if (reason) {
				terms.push({ block, start: span.open + 1, end: span.close, text: span.text, reason });
				return;
			}
			const resolved = attribution
				? fromAttribution(attribution, (m) => resolve(m, m.start))
				: previous
					? {
							...previous,
							confidence: Math.min(previous.confidence, 0.6),
							reason: 'continues the quotation before it',
						}
					: unattributed;
			quotes.push({
				block,
				start: span.open + 1,
				end: span.close,
				text: span.text,
				kind: 'direct',
				reportedBy: null,
				...resolved,
			});
			if (resolved.speaker || resolved.description) previous = resolved;
			quotes.push(...nestedQuotes(text, block, span, resolved, finder, seen, sentence));
		});
		record(text.length);
	});
	return { quotes, terms };
}

function key(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** With a speech verb present, only an explicit "the term …" or "so-called" makes it a term. */
function termReasonUnlessSpeech(text: string, span: QuoteSpan): string | undefined {
	const lead = text.slice(Math.max(0, span.open - 24), span.open).toLowerCase();
	return /(?:\bterm|\bphrase|so-called|\bknown as)\s*$/.test(lead)
		? 'introduced as a term'
		: undefined;
}

function fromAttribution(
	attribution: Attribution,
	resolve: (mention: Mention) => Resolved | undefined,
): Resolved {
	if (attribution.subject) {
		const resolved = resolve(attribution.subject);
		if (resolved)
			return { ...resolved, reason: `${resolved.reason}, beside "${attribution.verb}"` };
		return {
			...unattributed,
			confidence: 0.5,
			reason: `"${attribution.verb}" has a subject that cannot be resolved unambiguously`,
		};
	}
	if (attribution.description)
		return {
			speaker: null,
			description: attribution.description,
			confidence: 0.8,
			reason: `unnamed speaker beside "${attribution.verb}"`,
		};
	return {
		...unattributed,
		confidence: 0.5,
		reason: `"${attribution.verb}" with no subject found`,
	};
}

/** Names resolve directly; "she" and "the president" to the one fitting person named last. */
function resolveMention(
	mention: Mention,
	finder: MentionFinder,
	seen: readonly Seen[],
	block: number,
	sentence: number,
): Resolved | undefined {
	if (mention.person)
		return { speaker: mention.person, description: null, confidence: 0.9, reason: 'named' };
	const pointer = mention.pointer;
	if (!pointer || pointer.pronoun === 'i') return undefined;
	const word = pointer.title ?? pointer.pronoun;
	// Look back sentence by sentence, at most three; the first sentence with a fitting name decides.
	const earlier = seen.filter(
		(s) => s.block < block || (s.block === block && s.sentence <= sentence),
	);
	const groups: Seen[][] = [];
	for (const s of earlier.toReversed()) {
		const last = groups.at(-1);
		if (last && last[0]!.block === s.block && last[0]!.sentence === s.sentence) last.push(s);
		else groups.push([s]);
	}
	for (const [distance, group] of groups.slice(0, 3).entries()) {
		const fitting = new Set(
			group.filter((s) => finder.fits(pointer, s.person)).map((s) => s.person),
		);
		if (fitting.size === 0) continue;
		if (fitting.size > 1) return undefined;
		const [speaker] = fitting;
		return {
			speaker: speaker!,
			description: null,
			confidence: distance < 2 ? 0.75 : 0.6,
			reason: `"${word}" resolved to the person last named`,
		};
	}
	return undefined;
}

/**
 * Returns a function that adds the names (and resolved pronouns) of a block, up to an offset,
 * to what later pronouns can look back to. Names inside quotations are masked out: the
 * person addressed ("No, President Trump") is not the person speaking.
 */
function mentionRecorder(
	mentions: readonly Mention[],
	text: string,
	seen: Seen[],
	block: number,
	sentenceOf: (offset: number) => number,
	resolve: (mention: Mention, at: number) => Resolved | undefined,
): (until: number) => void {
	let next = 0;
	return (until) => {
		for (; next < mentions.length && mentions[next]!.start < until; next++) {
			const mention = mentions[next]!;
			if (!canSpeak(mention, text)) continue;
			const person = mention.person ?? resolve(mention, mention.start)?.speaker;
			const sentence = sentenceOf(mention.start);
			if (
				person &&
				!seen.some((s) => s.block === block && s.sentence === sentence && s.person === person)
			)
				seen.push({ block, sentence, person });
		}
	};
}

/** Single-quoted speech inside a quotation: "He said, ‘…’" recounted by the outer speaker. */
function nestedQuotes(
	text: string,
	block: number,
	span: QuoteSpan,
	outer: Resolved,
	finder: MentionFinder,
	seen: readonly Seen[],
	sentence: number,
): FoundQuote[] {
	return span.inner.map((inner) => {
		const lead: Range = { start: Math.max(span.open + 1, inner.open - 60), end: inner.open };
		const mentions = finder.find(text).filter((m) => m.start >= lead.start && m.end <= lead.end);
		const attribution = attributionBefore(text, lead, mentions);
		let resolved: Resolved = {
			speaker: null,
			description: null,
			confidence: 0.4,
			reason: 'recounted speech with no attribution',
		};
		const subject = attribution?.subject;
		if (subject?.pointer?.pronoun === 'i') {
			resolved = {
				...outer,
				confidence: Math.min(outer.confidence, 0.8),
				reason: '"I" is the person recounting',
			};
		} else if (subject) {
			const found = resolveMention(
				subject,
				finder,
				seen.filter((s) => s.person !== outer.speaker),
				block,
				sentence,
			);
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
function pullAttribution(next: string | undefined): string | undefined {
	const match = /^\s*[–—-]\s*(\S.{0,80}?)\s*$/u.exec(next ?? '');
	if (!match || wordsIn(match[1]!, 0, match[1]!.length).length > 8) return undefined;
	return match[1]!;
}

function pullQuote(
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
