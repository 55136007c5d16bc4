import type { Claim } from '../../schemas/claims.ts';
import { normaliseForMatch } from '../text/text-match.ts';

/** One sentence of an article, and the claim in the map it reads most like, if any. */
export interface Suggestion {
	sentence: string;
	/** The closest claim, when similar enough to be worth an editor's look. */
	claim?: { id: string; statement: string; score: number; alreadyCovered: boolean };
}

const stopWords = new Set(
	'a an the and or but of to in on at for from by with as is are was were be been being that this these those it its their his her they he she we i you not no yes will would could should can may might has have had do does did than then so such into over under about after before while if which who whom what when where why how also more most very just any all some'.split(
		' ',
	),
);

/** Content words, lower-cased, with plural and past endings trimmed so forms meet. */
function terms(text: string): string[] {
	return normaliseForMatch(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 1 && !stopWords.has(word))
		.map((word) => word.replace(/(?:ies|es|s|ed|ing)$/, '') || word);
}

/**
 * How much of the claim's wording a sentence carries, 0–1: the share of the excerpt's
 * (or statement's) content words found in the sentence, tempered by how much else the
 * sentence says.
 */
export function similarity(sentence: string, claimText: string): number {
	const mine = new Set(terms(sentence));
	const theirs = [...new Set(terms(claimText))];
	if (mine.size === 0 || theirs.length === 0) return 0;
	const shared = theirs.filter((word) => mine.has(word)).length;
	const recall = shared / theirs.length;
	const precision = shared / mine.size;
	return recall === 0 ? 0 : ((2 * recall * precision) / (recall + precision)) * 0.5 + recall * 0.5;
}

/** Sentences of plain text, by the platform's sentence segmenter. */
export function sentencesOf(text: string): string[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	return text
		.split('\n')
		.flatMap((block) => [...segmenter.segment(block)].map((part) => part.segment.trim()))
		.filter((sentence) => sentence.split(/\s+/).length >= 5);
}

/**
 * For each sentence of an article, the claim whose excerpts and statement it reads most
 * like (at or above `threshold`), or none. Suggestions only: an editor decides.
 */
export function suggestClaims(
	articleId: string,
	text: string,
	claims: readonly Claim[],
	threshold = 0.45,
): Suggestion[] {
	return sentencesOf(text).map((sentence) => {
		let best: Suggestion['claim'];
		for (const claim of claims) {
			const texts = [claim.statement, ...claim.coverage.map((entry) => entry.excerpt)];
			const score = Math.max(...texts.map((candidate) => similarity(sentence, candidate)));
			if (score >= threshold && score > (best?.score ?? 0)) {
				const alreadyCovered = claim.coverage.some((entry) => entry.article === articleId);
				best = { id: claim.id, statement: claim.statement, score, alreadyCovered };
			}
		}
		return best ? { sentence, claim: best } : { sentence };
	});
}
