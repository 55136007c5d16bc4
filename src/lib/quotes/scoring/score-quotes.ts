/**
 * How the quote finder is scored against a hand-annotated set, by the rule the fixtures'
 * README gives (tests/fixtures/dev/README.md), for every set alike:
 *
 * - a found quote matches a gold one when their words overlap by at least 70 % of the larger
 *   word set; each gold quote is matched once;
 * - a found quote that matches no gold quote but an ambiguous span counts neither way; any
 *   other unmatched one (a scare quote or term taken for speech, too) is a false positive;
 * - the speaker is right when the two share a word of four letters or more
 *   (`speaker-words.ts`); two people's ids must be the same id;
 * - speakers are tallied apart: named people, described sources ("a senior official"), and
 *   quotes the gold set leaves unattributed, which count for no accuracy at all.
 */
import type { Person } from '../../../schemas/people.ts';
import type {
	GoldQuote,
	GoldQuotes,
	QuoteMiss,
	QuoteScore,
	ScoredQuote,
	Tally,
} from './score-types.ts';
import { type GoldSpeaker, quoteOverlap, sameSpeaker } from './speaker-words.ts';

export type { GoldSpeaker } from './speaker-words.ts';

export type {
	GoldQuote,
	GoldQuotes,
	QuoteMiss,
	QuoteScore,
	ScoredQuote,
	SetScore,
	Tally,
} from './score-types.ts';

const AT_LEAST = 0.7;

/**
 * Pairs found quotes with gold ones (best overlap first, each gold quote once) and tallies;
 * each miss is added to `misses` when given, marked with `source`.
 */
export function scoreQuotes(
	gold: GoldQuotes,
	found: readonly ScoredQuote[],
	people: readonly Person[],
	misses?: { source: string; list: QuoteMiss[] },
): QuoteScore {
	const miss = (
		kind: QuoteMiss['kind'],
		text: string,
		expected: GoldSpeaker | null,
		quote?: ScoredQuote,
	) =>
		misses?.list.push({
			kind,
			source: misses.source,
			text,
			expected:
				expected === null ? null : 'person' in expected ? expected.person : expected.description,
			found: quote ? (quote.speaker ?? quote.description) : null,
		});
	const unmatched = [...gold.quotes];
	const score = emptyScore();
	score.gold = gold.quotes.length;
	for (const quote of found) {
		const index = bestMatch(unmatched, quote.text);
		if (index < 0) {
			const ambiguous = gold.ambiguous?.some((span) => quoteOverlap(span, quote.text) >= AT_LEAST);
			if (!ambiguous) {
				score.found++;
				miss('false positive', quote.text, null, quote);
			}
			continue;
		}
		score.found++;
		score.matched++;
		const [pair] = unmatched.splice(index, 1);
		const speaker = pair!.speaker;
		if (speaker === null) {
			score.unattributed.of++;
			if (quote.speaker === null && quote.description === null) score.unattributed.right++;
			continue;
		}
		const tally = 'person' in speaker ? score.named : score.described;
		tally.of++;
		if (sameSpeaker(speaker, quote, people)) tally.right++;
		else miss('wrong speaker', quote.text, speaker, quote);
	}
	for (const quote of unmatched) miss('missed', quote.text, quote.speaker);
	return score;
}

/** The unmatched gold quote whose words overlap most with `text`, if any does by 70 %. */
function bestMatch(gold: readonly GoldQuote[], text: string): number {
	let best = -1;
	let bestOverlap = AT_LEAST;
	for (const [index, quote] of gold.entries()) {
		const overlap = quoteOverlap(quote.text, text);
		if (overlap >= bestOverlap && (best < 0 || overlap > bestOverlap)) {
			best = index;
			bestOverlap = overlap;
		}
	}
	return best;
}

function emptyScore(): QuoteScore {
	return {
		gold: 0,
		found: 0,
		matched: 0,
		named: { right: 0, of: 0 },
		described: { right: 0, of: 0 },
		unattributed: { right: 0, of: 0 },
	};
}

/** Sums scores: the articles of a language, say. */
export function addScores(scores: readonly QuoteScore[]): QuoteScore {
	const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, of: a.of + b.of });
	return scores.reduce(
		(sum, s) => ({
			gold: sum.gold + s.gold,
			found: sum.found + s.found,
			matched: sum.matched + s.matched,
			named: add(sum.named, s.named),
			described: add(sum.described, s.described),
			unattributed: add(sum.unattributed, s.unattributed),
		}),
		emptyScore(),
	);
}

/** Precision, recall and speaker accuracies as tallies, so a rate never hides its counts. */
export function rates(score: QuoteScore) {
	return {
		precision: { right: score.matched, of: score.found },
		recall: { right: score.matched, of: score.gold },
		named: score.named,
		described: score.described,
	};
}

/** A tally's rate, 0–1; undefined when there was nothing to count. */
export function ratio(tally: Tally): number | undefined {
	return tally.of === 0 ? undefined : tally.right / tally.of;
}
