import type { Person } from '../../schemas/people.ts';
import {
	type Attribution,
	attributionAfter,
	attributionBefore,
	namingVerb,
} from './attribution.ts';
import { type Mention, MentionFinder } from './mentions.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import type { FoundQuote, FoundTerm, QuoteFindings } from './quote-types.ts';
import { nestedQuotes, pullAttribution, pullQuote } from './recounted-quotes.ts';
import { maskQuotes, sentenceRanges, wordsIn } from './sentences.ts';
import {
	fromAttribution,
	mentionRecorder,
	type Resolved,
	resolveMention,
	type Seen,
	unattributed,
} from './speaker-resolution.ts';
import { termReason } from './term-signs.ts';

export type { FoundQuote, FoundTerm, QuoteFindings, QuoteKind } from './quote-types.ts';

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
				? termReasonUnlessSpeech(masked, span, attribution)
				: termReason(text, span.open, span.close, counts.get(key(span.text)) ?? 0);
			record(span.open);
			if (reason) {
				terms.push({ block, start: span.open + 1, end: span.close, text: span.text, reason });
				return;
			}
			// "Sheinbaum recalled the call. “He asked me…”": a quote opening its sentence, after
			// a sentence that says who speaks.
			const opensSentence = sentence > 0 && wordsIn(masked, before.start, before.end).length === 0;
			const intro = opensSentence
				? attributionBefore(masked, sentences[sentence - 1]!, mentions)
				: undefined;
			const resolved = attribution
				? fromAttribution(attribution, (m) => resolve(m, m.start))
				: previous
					? {
							...previous,
							confidence: Math.min(previous.confidence, 0.6),
							reason: 'continues the quotation before it',
						}
					: intro?.subject
						? {
								...fromAttribution(intro, (m) => resolve(m, m.start)),
								confidence: 0.6,
								reason: `introduced by the sentence before ("${intro.verb}")`,
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
function termReasonUnlessSpeech(
	text: string,
	span: QuoteSpan,
	attribution: Attribution,
): string | undefined {
	const lead = text.slice(Math.max(0, span.open - 24), span.open).toLowerCase();
	if (/(?:\bterm|\bphrase|so-called|\bknown as)\s*$/.test(lead)) return 'introduced as a term';
	// "warned of a “quagmire”": a word or two the article names a thing with. "called it a
	// “disgrace”" stays speech: calling is saying the word.
	const short = wordsIn(span.text, 0, span.text.length).length <= 2;
	if (short && /\b(?:a|an|the)\s*$/.test(lead) && !namingVerb.test(attribution.verb))
		return 'a word or two the article puts in quotes';
	return undefined;
}
