import { normaliseForMatch } from '../text/text-match.ts';

/** A hand-annotated quotation: the gold set the finder is measured against. */
export interface GoldQuote {
	text: string;
	speaker: string | null;
	kind: 'direct' | 'nested' | 'pull';
}

/** What the finder said, in the fields the score compares. */
export interface ScoredQuote {
	text: string;
	speaker: string | null;
	kind: string;
}

/** Counts for one article or a whole set; the rates derive from them. */
export interface QuoteScore {
	gold: number;
	found: number;
	matched: number;
	/** Matched quotes whose speaker (a person's id, or none) agrees with the gold set. */
	speakerRight: number;
	kindRight: number;
}

const comparable = (text: string) =>
	normaliseForMatch(text)
		.toLowerCase()
		.replace(/^[\s"'.,;:!?—–-]+|[\s"'.,;:!?—–-]+$/g, '');

/** Pairs found quotes with gold ones by their words (each used once) and counts agreement. */
export function scoreQuotes(gold: readonly GoldQuote[], found: readonly ScoredQuote[]): QuoteScore {
	const unmatched = [...gold];
	const score: QuoteScore = {
		gold: gold.length,
		found: found.length,
		matched: 0,
		speakerRight: 0,
		kindRight: 0,
	};
	for (const quote of found) {
		const index = unmatched.findIndex((g) => comparable(g.text) === comparable(quote.text));
		if (index < 0) continue;
		const [pair] = unmatched.splice(index, 1);
		score.matched++;
		if (pair!.speaker === quote.speaker) score.speakerRight++;
		if (pair!.kind === quote.kind) score.kindRight++;
	}
	return score;
}

/** Sums scores. */
export function addScores(scores: readonly QuoteScore[]): QuoteScore {
	return scores.reduce(
		(sum, s) => ({
			gold: sum.gold + s.gold,
			found: sum.found + s.found,
			matched: sum.matched + s.matched,
			speakerRight: sum.speakerRight + s.speakerRight,
			kindRight: sum.kindRight + s.kindRight,
		}),
		{ gold: 0, found: 0, matched: 0, speakerRight: 0, kindRight: 0 },
	);
}

/** Precision, recall and speaker accuracy (over matched quotes), each 0–1. */
export function rates(score: QuoteScore) {
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	return {
		precision: ratio(score.matched, score.found),
		recall: ratio(score.matched, score.gold),
		speakerAccuracy: ratio(score.speakerRight, score.matched),
		kindAccuracy: ratio(score.kindRight, score.matched),
	};
}
