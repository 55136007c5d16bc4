/**
 * Claim suggestions for an article: for each claim in its story's map, the article's
 * sentence that reads most like it, when it reads enough like it. Suggestions only: an
 * editor decides what goes into the map.
 */
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { overlap, stemWeights, type Term, termsOf } from './claim-terms.ts';
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
export interface SuggestOptions {
	/** The least score a claim's best sentence needs to be suggested. */
	threshold?: number;
	/** How far the statement counts beside the best-matching excerpt. */
	statementWeight?: number;
	/** How many times the claim's next best sentence its best sentence must score. */
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
 * How much a sentence reads like a claim: its overlap with the excerpts other articles
 * gave for it (the best evidence of how the claim is worded in news), with the statement
 * counting for `statementWeight`.
 */
function claimScore(
	sentence: Term[],
	claim: { statement: Term[]; excerpts: Term[][] },
	weight: (term: Term) => number,
	statementWeight: number,
): number {
	const statement = overlap(sentence, claim.statement, weight);
	const excerpt = Math.max(0, ...claim.excerpts.map((terms) => overlap(sentence, terms, weight)));
	return Math.max(excerpt, statement) * (1 - statementWeight) + statement * statementWeight;
}

/**
 * Each sentence of the article with the claims it is suggested for, and a suggested stance
 * for each. A claim is suggested on its best sentence when that sentence scores at least
 * `threshold`, beats the claim's next best sentence by `distinctness` times, and reads more
 * like this claim than like any other (one claim a sentence).
 */
export function suggestClaims(
	articleId: string,
	text: string,
	claims: readonly Claim[],
	{ threshold = 0.3, statementWeight = 0.3, distinctness = 1.2 }: SuggestOptions = {},
): Suggestion[] {
	const sentences = sentencesOf(text);
	const sentenceTerms = sentences.map(termsOf);
	const weight = stemWeights(sentenceTerms);
	const scores = claims.map((claim) => {
		const wording = {
			statement: termsOf(claim.statement),
			excerpts: claim.coverage.map((entry) => termsOf(entry.excerpt)),
		};
		return sentenceTerms.map((terms) => claimScore(terms, wording, weight, statementWeight));
	});
	const sentenceBest = sentences.map((_, index) =>
		Math.max(0, ...scores.map((row) => row[index]!)),
	);
	const suggestions: Suggestion[] = sentences.map((sentence) => ({ sentence, claims: [] }));
	claims.forEach((claim, claimIndex) => {
		const row = scores[claimIndex]!;
		const [best = 0, next = 0] = [...row].sort((a, b) => b - a);
		const index = row.indexOf(best);
		const suggestion = suggestions[index];
		if (!suggestion || best < threshold || best < next * distinctness) return;
		if (best < sentenceBest[index]!) return;
		suggestion.claims.push({
			id: claim.id,
			statement: claim.statement,
			score: best,
			alreadyCovered: claim.coverage.some((entry) => entry.article === articleId),
			stance: suggestStance(suggestion.sentence, [claim.statement]),
		});
	});
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
