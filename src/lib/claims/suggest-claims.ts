/**
 * Claim suggestions for an article: for each claim in its story's map, the article's
 * sentence that reads most like it, when it reads enough like it. Suggestions only: an
 * editor decides what goes into the map.
 */
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { defaultMatchWeights, type MatchWeights, matchScores } from './claim-match.ts';
import { suggestStance } from './suggest-stance.ts';

/** A claim a sentence reads like, how much, and the stance the sentence seems to take. */
export interface ClaimMatch {
	id: string;
	statement: string;
	score: number;
	/** Whether the map already lists this article on the claim. */
	alreadyCovered: boolean;
	/** A guess from the sentence's wording, for the editor to confirm. */
	stance: ClaimStance;
}

/** One sentence of an article and the claims it reads like (none: it matches no claim). */
export interface Suggestion {
	sentence: string;
	claims: ClaimMatch[];
}

/** How suggestions are chosen; the defaults are tuned leave-one-article-out on the map. */
export interface SuggestOptions extends Partial<MatchWeights> {
	/** The least score a claim's sentence needs to be suggested. */
	threshold?: number;
	/** How many times the claim's next best sentence its chosen sentence must score. */
	distinctness?: number;
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
 * Pairs of claim and sentence, best first. A claim is paired with its best sentence when
 * that sentence scores at least `threshold` and `distinctness` times the claim's next best
 * sentence; a sentence several claims want goes to the claim it scores highest with, and
 * the others are not moved to sentences they read less like (one claim a sentence).
 */
export function assignClaims(
	scores: readonly (readonly number[])[],
	threshold: number,
	distinctness: number,
): { claim: number; sentence: number; score: number }[] {
	const pairs = scores.flatMap((row, claim) => {
		const sorted = [...row].sort((a, b) => b - a);
		return row.flatMap((score, sentence) => {
			const other = score === sorted[0] ? (sorted[1] ?? 0) : sorted[0]!;
			return score >= threshold && score >= other * distinctness ? [{ claim, sentence, score }] : [];
		});
	});
	pairs.sort((a, b) => b.score - a.score);
	const claimsTaken = new Set<number>();
	const sentencesTaken = new Set<number>();
	return pairs.filter(({ claim, sentence }) => {
		if (claimsTaken.has(claim) || sentencesTaken.has(sentence)) return false;
		claimsTaken.add(claim);
		sentencesTaken.add(sentence);
		return true;
	});
}

/**
 * Each sentence of the article with the claims it is suggested for (see `assignClaims`),
 * and a suggested stance for each.
 */
export function suggestClaims(
	articleId: string,
	text: string,
	claims: readonly Claim[],
	{ threshold = 0.29, distinctness = 1.1, ...weights }: SuggestOptions = {},
): Suggestion[] {
	const sentences = sentencesOf(text);
	const scores = matchScores(sentences, claims, { ...defaultMatchWeights, ...weights });
	const suggestions: Suggestion[] = sentences.map((sentence) => ({ sentence, claims: [] }));
	for (const pair of assignClaims(scores, threshold, distinctness)) {
		const claim = claims[pair.claim]!;
		const suggestion = suggestions[pair.sentence]!;
		suggestion.claims.push({
			id: claim.id,
			statement: claim.statement,
			score: pair.score,
			alreadyCovered: claim.coverage.some((entry) => entry.article === articleId),
			stance: suggestStance(suggestion.sentence, [claim.statement]),
		});
	}
	return suggestions;
}

/** The suggestions as a flat list, one a claim: what scoring compares with the map. */
export function claimSuggestions(
	articleId: string,
	text: string,
	claims: readonly Claim[],
	options?: SuggestOptions,
): { sentence: string; claimId: string; stance: ClaimStance }[] {
	return suggestClaims(articleId, text, claims, options).flatMap(({ sentence, claims: found }) =>
		found.map((claim) => ({ sentence, claimId: claim.id, stance: claim.stance })),
	);
}
