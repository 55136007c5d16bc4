/** What quote scoring reads and reports (see score-quotes.ts for the rule). */
import type { FoundSpeaker, GoldSpeaker } from './speaker-words.ts';

/** A hand-annotated quotation; `speaker` null when the annotator finds none in the text. */
export interface GoldQuote {
	text: string;
	speaker: GoldSpeaker | null;
}

/** What a set holds for one article or one group of sentences. */
export interface GoldQuotes {
	quotes: readonly GoldQuote[];
	/** Spans that read either way as speech or as a term: found or not, they count for nothing. */
	ambiguous?: readonly string[];
}

/** What the finder said, in the fields the score compares. */
export interface ScoredQuote extends FoundSpeaker {
	text: string;
}

/** `right` of `of`: how many of the quotes in a tally came out right. */
export interface Tally {
	right: number;
	of: number;
}

/** Counts for one article or a whole set; the rates derive from them. */
export interface QuoteScore {
	gold: number;
	/** Found quotes, less those that match only an ambiguous span. */
	found: number;
	matched: number;
	/** Matched quotes whose gold speaker is a named person, and how many the finder got right. */
	named: Tally;
	/** Matched quotes whose gold speaker is a described source, and how many it got right. */
	described: Tally;
	/** Matched quotes with no speaker in gold, and how many the finder left unattributed too. */
	unattributed: Tally;
}

/** Where the finder and a gold set part, for an engineer looking at a tuning set. */
export interface QuoteMiss {
	/** A found quote no gold quote matches; a gold quote none matches; a wrong speaker. */
	kind: 'false positive' | 'missed' | 'wrong speaker';
	/** The article (file or gold set) it stands in. */
	source: string;
	text: string;
	/** The gold speaker, in words; null when gold has none or for a false positive. */
	expected: string | null;
	/** The finder's speaker (id or description); null when it gave none or for a missed quote. */
	found: string | null;
}

/** A gold set's score, and whether the finder was tuned on it (see quote-gold.ts). */
export interface SetScore {
	set: string;
	status: 'tuning' | 'unseen';
	score: QuoteScore;
	/** Every miss, article by article. */
	misses: QuoteMiss[];
}
