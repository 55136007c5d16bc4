import type { Attribution } from './attribution/attribution.ts';
import { BlockReader } from './block-reader.ts';
import type { BlockSpans } from './spans/block-spans.ts';
import type { MentionFinder } from './reading/mentions.ts';
import { personNameIn } from './reading/named-sources.ts';
import { attributionOf } from './attribution/quote-speaker.ts';
import { borrowed, fallback, firstPerson } from './speakers/fallback-speaker.ts';
import { noteBlockEnd } from './speakers/block-end.ts';
import { shareAcrossInterjections } from './speakers/interjection-parts.ts';
import type { FoundQuote, FoundTerm } from './quote-types.ts';
import { nestedQuotes } from './attribution/recounted-quotes.ts';
import { noteIssuers } from './speakers/document-issuers.ts';
import { wordsIn } from './reading/sentences.ts';
import type { SpeakerMemory } from './speakers/speaker-memory.ts';
import type { DialogueTurns } from './speakers/dialogue-turns.ts';
import type { SpeakerCarry } from './speakers/carried-speaker.ts';
import { interviewRole } from './speakers/interview-role.ts';
import { fromAttribution } from './speakers/attributed-speaker.ts';
import { type Resolved, unattributed } from './speakers/speaker-resolution.ts';
import { splitRecounted } from './terms/recounted-terms.ts';
import { termReason, termReasonUnlessSpeech } from './terms/term-signs.ts';

/** The most narration read before a quotation for its attribution, in characters. */
const maxLead = 400;

/** What `findQuotes` keeps across an article's blocks, and what it has found so far. */
export interface ArticleFinding {
	readonly read: readonly BlockSpans[];
	readonly finder: MentionFinder;
	readonly memory: SpeakerMemory;
	readonly turns: DialogueTurns;
	readonly carry: SpeakerCarry;
	/** How many times the article quotes the same words (see terms/times-quoted.ts). */
	readonly timesQuoted: (text: string) => number;
	readonly quotes: FoundQuote[];
	readonly terms: FoundTerm[];
}

/**
 * Reads one block (not a pull quote) for its quotations and terms, each quotation with its
 * speaker, adding them to the article's findings, and notes in memory what later blocks read.
 */
export function findBlockQuotes(article: ArticleFinding, block: number, text: string): void {
	const { read, finder, memory, turns, carry, timesQuoted, quotes, terms } = article;
	const { spans, lang, interview } = read[block]!;
	const reader = new BlockReader(block, text, lang, spans, finder, memory);
	const { masked, sentences } = reader;
	const record = memory.names.recorder(
		reader.mentions,
		masked,
		block,
		(at) => reader.sentenceOf(at),
		(mention) => reader.resolve(mention),
	);
	noteIssuers(reader, memory);
	let previous: Resolved | undefined;
	const firstOfBlock = quotes.length;
	const speechAlone = read[block]!.dialogue || wordsIn(masked, 0, masked.length).length === 0;
	let spoken: { sentence: number; attribution: Attribution } | undefined;

	let lastClose = -1;
	spans.forEach((span, index) => {
		const sentence = reader.sentenceOf(span.open);
		const reading = reader.reading(sentence);
		const range = reading.sentence;
		// A title or term before ("El documento, titulado “…”, advierte") is narration. The
		// lead read is capped, as a sentence of many terms (or a body of quote marks with no
		// stop) would otherwise be read again from its start for every quotation in it.
		const before = {
			start: Math.max(range.start, lastClose + 1, span.open - maxLead),
			end: span.open,
		};
		const after = {
			start: span.close + 1,
			end: Math.min(range.end, spans[index + 1]?.open ?? text.length),
		};
		// A second quote in a sentence whose first was someone's speech is theirs too
		// ("by declaring “…,” signaling his willingness to “start now hitting land”").
		const candidates = attributionOf(reading, { before, after });
		const speech =
			candidates[0] ?? (spoken?.sentence === sentence ? spoken.attribution : undefined);
		const reason = speech
			? termReasonUnlessSpeech(masked, span, speech, lang)
			: termReason(text, span.open, span.close, timesQuoted(span.text), lang);
		record(span.open);
		if (speech) spoken = { sentence, attribution: speech };
		if (reason) {
			terms.push({ block, start: span.open + 1, end: span.close, text: span.text, reason });
			return;
		}
		// The first attribution that resolves: "— she said —" before anyone is named gives
		// way to "Sheinbaum told reporters" after the quote.
		const attributions = candidates.map((a) => ({
			a,
			told: fromAttribution(a, reader.context(span.open, a.verb)),
		}));
		const chosen =
			attributions.find(({ told }) => told.speaker || told.description) ?? attributions[0];
		const attribution = chosen?.a;
		const here = reader.context(span.open, attribution?.verb);
		const told = chosen?.told;
		const opensBlock = index === 0 && wordsIn(masked, 0, span.open).length === 0;
		const role =
			interview && candidates.length === 0
				? interviewRole(interview, block, lang, read, memory)
				: undefined;
		const found =
			role ??
			(told && (told.speaker || told.description || attribution?.subject || attribution?.implicit)
				? told
				: (fallback(reading, before, sentences, sentence, previous, here) ??
					borrowed(attribution ? undefined : speech, here) ??
					(opensBlock
						? memory.cues.introducing(block, speechAlone, candidates.length === 0)
						: undefined) ??
					(firstPerson(span.text, lang) ? memory.speakers.speakingOn(block) : undefined) ??
					(opensBlock && speechAlone && !attribution ? carry.carried(block) : undefined) ??
					told ??
					unattributed));
		// A dialogue line whose verb names no one answers the question before it.
		const written = attribution?.subject || attribution?.description;
		const resolved = read[block]!.dialogue && !written ? turns.answer(block, found) : found;
		turns.note(block, span.text, resolved, () => memory.subjects.carriedSubject(block, 3));
		carry.quoted(block, sentence, resolved);
		lastClose = span.close;
		quotes.push({
			block,
			start: span.open + 1,
			end: span.close,
			text: span.text,
			kind: 'direct',
			reportedBy: null,
			...resolved,
		});
		if (resolved.speaker || resolved.description) {
			previous = resolved;
			memory.speakers.spoke(block, resolved);
			const name = resolved.description && personNameIn(resolved.description);
			if (name) memory.names.note({ block, sentence, name });
		}
		const recounted = splitRecounted(
			nestedQuotes(text, block, span, resolved, finder, memory.names.seen, sentence, lang),
			text,
			block,
			lang,
			timesQuoted,
		);
		quotes.push(...recounted.quotes);
		terms.push(...recounted.terms);
	});
	shareAcrossInterjections(quotes.slice(firstOfBlock), text);
	record(text.length);
	noteBlockEnd(reader, memory, carry);
}
