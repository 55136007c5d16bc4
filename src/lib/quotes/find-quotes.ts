import type { Person } from '../../schemas/people.ts';
import { type ArticleFinding, findBlockQuotes } from './block-quotes.ts';
import { echoedSpeakers, echoedWords } from './terms/echoed-words.ts';
import { blockSpans } from './spans/block-spans.ts';
import type { Lang } from './words/language.ts';
import { MentionFinder } from './reading/mentions.ts';
import type { FoundQuote, FoundTerm, QuoteFindings } from './quote-types.ts';
import { pullAttribution, pullQuote, standsAsPullQuote } from './spans/pull-quotes.ts';
import { SpeakerMemory } from './speakers/speaker-memory.ts';
import { DialogueTurns } from './speakers/dialogue-turns.ts';
import { SpeakerCarry } from './speakers/carried-speaker.ts';
import { quoteCounts } from './terms/times-quoted.ts';

export type { FoundQuote, FoundTerm, QuoteFindings, QuoteKind } from './quote-types.ts';

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
	const quotes: FoundQuote[] = [];
	const terms: FoundTerm[] = [];
	const read = blockSpans(blocks, options.lang);
	const article: ArticleFinding = {
		read,
		finder,
		memory: new SpeakerMemory(),
		turns: new DialogueTurns(),
		carry: new SpeakerCarry(),
		timesQuoted: quoteCounts(read),
		quotes,
		terms,
	};

	blocks.forEach((text, block) => {
		const { spans } = read[block]!;
		const pull =
			read[block + 1]?.dialogue || !standsAsPullQuote(text, spans)
				? undefined
				: pullAttribution(blocks[block + 1]);
		if (pull !== undefined && !/^\s*[–—-]\s/.test(text) && text.trim()) {
			quotes.push(pullQuote(text, block, pull, finder));
			return;
		}
		findBlockQuotes(article, block, text);
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
