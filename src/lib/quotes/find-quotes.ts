import type { Person } from '../../schemas/people.ts';
import type { Attribution } from './attribution/attribution.ts';
import { BlockReader } from './block-reader.ts';
import { echoedSpeakers, echoedWords } from './terms/echoed-words.ts';
import { blockSpans } from './spans/block-spans.ts';
import type { Lang } from './words/language.ts';
import { MentionFinder } from './reading/mentions.ts';
import { personNameIn } from './reading/named-sources.ts';
import { attributionOf } from './attribution/quote-speaker.ts';
import { borrowed, fallback, firstPerson, introduction } from './speakers/fallback-speaker.ts';
import { shareAcrossInterjections } from './speakers/interjection-parts.ts';
import type { FoundQuote, FoundTerm, QuoteFindings } from './quote-types.ts';
import { nestedQuotes } from './attribution/recounted-quotes.ts';
import { noteIssuers } from './speakers/document-issuers.ts';
import { pullAttribution, pullQuote, standsAsPullQuote } from './spans/pull-quotes.ts';
import { wordsIn } from './reading/sentences.ts';
import { SpeakerMemory } from './speakers/speaker-memory.ts';
import { DialogueTurns } from './speakers/dialogue-turns.ts';
import { SpeakerCarry } from './speakers/carried-speaker.ts';
import { interviewRole } from './speakers/interview-role.ts';
import { fromAttribution } from './speakers/attributed-speaker.ts';
import { type Resolved, unattributed } from './speakers/speaker-resolution.ts';
import { termReason, termReasonUnlessSpeech } from './terms/term-signs.ts';

export type { FoundQuote, FoundTerm, QuoteFindings, QuoteKind } from './quote-types.ts';


/** The most narration read before a quotation for its attribution, in characters. */
const maxLead = 400;
/** How to read an article: its language, when the editor knows it (see language.ts). */
export interface FindOptions {
	lang?: Lang;
}

/**
 * Finds the quotations in an article's blocks of text (paragraphs in reading order), in
 * English and Spanish: direct speech with its speaker, nested speech, dash-attributed pull
 * quotes and lines of dialogue, told apart from terms and scare quotes. Never throws; every
 * quote's text is a substring of its block.
 */
export function findQuotes(
	blocks: readonly string[],
	people: readonly Person[],
	options: FindOptions = {},
): QuoteFindings {
	const finder = new MentionFinder(people);
	const memory = new SpeakerMemory();
	const turns = new DialogueTurns();
	const carry = new SpeakerCarry();
	const quotes: FoundQuote[] = [];
	const terms: FoundTerm[] = [];
	const read = blockSpans(blocks, options.lang);
	const counts = new Map<string, number>();
	for (const span of read.flatMap((block) => block.spans))
		counts.set(key(span.text), (counts.get(key(span.text)) ?? 0) + 1);

	blocks.forEach((text, block) => {
		const { spans, lang, interview } = read[block]!;
		const pull =
			read[block + 1]?.dialogue || !standsAsPullQuote(text, spans)
				? undefined
				: pullAttribution(blocks[block + 1]);
		if (pull !== undefined && !/^\s*[–—-]\s/.test(text) && text.trim()) {
			quotes.push(pullQuote(text, block, pull, finder));
			return;
		}
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
				: termReason(text, span.open, span.close, counts.get(key(span.text)) ?? 0, lang);
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
			for (const nested of nestedQuotes(
				text,
				block,
				span,
				resolved,
				finder,
				memory.names.seen,
				sentence,
				lang,
			)) {
				// Recounted words no one is said to have spoken may be a term the speaker uses.
				const term =
					nested.speaker || nested.description
						? undefined
						: termReason(
								text,
								nested.start - 1,
								nested.end,
								counts.get(key(nested.text)) ?? 0,
								lang,
							);
				if (term)
					terms.push({
						block,
						start: nested.start,
						end: nested.end,
						text: nested.text,
						reason: term,
					});
				else quotes.push(nested);
			}
		});
		shareAcrossInterjections(quotes.slice(firstOfBlock), text);
		record(text.length);
		const subjects = sentences.map((_, s) => reader.subjectOf(s));
		memory.subjects.noteSubjects(block, subjects);
		carry.subjects(block, subjects);
		// A block that introduces the next: "una periodista preguntó a Rubio si…" before a line
		// of dialogue, "Sheinbaum said:" before a quoted paragraph.
		const last = sentences.length - 1;
		const said = last >= 0 ? introduction(reader.reading(last), sentences[last]!) : undefined;
		if (said)
			memory.cues.introduce(
				block,
				fromAttribution(said, reader.context(text.length)),
				/:\s*$/.test(masked),
			);
	});

	const echoes = echoedWords(blocks, quotes, terms);
	const all = echoedSpeakers([...quotes, ...echoes.quotes]);
	if (echoes.quotes.length > 0) all.sort((a, b) => a.block - b.block || a.start - b.start);
	// A paragraph repeated word for word (a headline or teaser a page shows again) quotes
	// no one anew.
	const seen = new Set<string>();
	const repeated = blocks.map((text) => seen.size === seen.add(text.trim()).size);
	return { quotes: all.filter((quote) => !repeated[quote.block]), terms: echoes.terms };
}

function key(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
