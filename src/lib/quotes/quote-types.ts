/** What the quote finder reports. */

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
	/**
	 * A speaker people.yaml does not hold, in the article's own words: an unnamed source ("a
	 * White House spokesperson", "un funcionario de la Casa Blanca"), an outlet or institution
	 * ("NBC News", "la Secretaría de Relaciones Exteriores (SRE)"; "the network" becomes the
	 * outlet named before it), or a person's name ("Laura Benavides").
	 */
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
