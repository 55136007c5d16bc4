/**
 * How much each sentence of an article reads like each claim of a map. A claim is known by
 * its neutral statement and by the excerpts other articles gave for it, which show how news
 * words it; a sentence shares its words, names and figures, and its word pairs (a phrase or
 * a quotation carried from outlet to outlet) with them.
 */
import type { Claim } from '../../schemas/claims.ts';
import { overlap, type Term, termsOf } from './claim-terms.ts';

/** How the parts of a match count; the defaults were tuned leave-one-article-out. */
export interface MatchWeights {
	/** How far the statement counts beside the best-matching excerpt. */
	statementWeight: number;
	/** How far shared word pairs count beside shared words. */
	pairWeight: number;
}

export const defaultMatchWeights: MatchWeights = { statementWeight: 0.3, pairWeight: 0.1 };

/** A claim's wording as terms: its statement and each excerpt. */
interface ClaimWording {
	statement: Term[];
	excerpts: Term[][];
}

const stemsOf = (terms: readonly Term[]) => new Set(terms.map((term) => term.stem));

/** Consecutive stem pairs of a text: a shared pair is a shared phrase, not two shared words. */
export function stemPairs(terms: readonly Term[]): Set<string> {
	const pairs = new Set<string>();
	for (let index = 1; index < terms.length; index += 1)
		pairs.add(`${terms[index - 1]!.stem} ${terms[index]!.stem}`);
	return pairs;
}

/** Share of a claim text's word pairs that a sentence repeats, 0–1. */
export function pairOverlap(sentence: ReadonlySet<string>, claimText: readonly Term[]): number {
	const theirs = stemPairs(claimText);
	if (theirs.size === 0) return 0;
	let shared = 0;
	for (const pair of theirs) if (sentence.has(pair)) shared += 1;
	return shared / theirs.size;
}

/**
 * How much each stem weighs: rare in the article (a word every sentence uses tells no
 * sentence apart) and rare across the map's claims (a word every claim uses tells no claim
 * apart); names and figures weigh more.
 */
export function matchWeights(
	sentences: readonly Term[][],
	claims: readonly ClaimWording[],
): (term: Term) => number {
	const frequency = (texts: readonly Set<string>[]) => {
		const counts = new Map<string, number>();
		for (const stems of texts) for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
		return counts;
	};
	const inSentences = frequency(sentences.map(stemsOf));
	const inClaims = frequency(
		claims.map((claim) => new Set([...claim.excerpts, claim.statement].flatMap((t) => [...stemsOf(t)]))),
	);
	const sentenceCount = Math.max(1, sentences.length);
	const claimCount = Math.max(1, claims.length);
	return (term) =>
		Math.log(1 + sentenceCount / (1 + (inSentences.get(term.stem) ?? 0))) *
		Math.log(1 + claimCount / Math.max(1, inClaims.get(term.stem) ?? 0)) *
		(term.marked ? 1.5 : 1);
}

/**
 * The score of every claim (rows) on every sentence (columns), 0–1: the sentence's overlap
 * with the claim's best-matching excerpt, or its statement when that matches better, with
 * the statement always counting for `statementWeight`, and shared word pairs for `pairWeight`.
 */
export function matchScores(
	sentences: readonly string[],
	claims: readonly Pick<Claim, 'statement' | 'coverage'>[],
	{ statementWeight, pairWeight }: MatchWeights = defaultMatchWeights,
): number[][] {
	const sentenceTerms = sentences.map(termsOf);
	const sentencePairs = sentenceTerms.map(stemPairs);
	const wordings: ClaimWording[] = claims.map((claim) => ({
		statement: termsOf(claim.statement),
		excerpts: claim.coverage.map((entry) => termsOf(entry.excerpt)),
	}));
	const weight = matchWeights(sentenceTerms, wordings);
	return wordings.map((wording) =>
		sentenceTerms.map((terms, index) => {
			const statement = overlap(terms, wording.statement, weight);
			const excerpt = Math.max(0, ...wording.excerpts.map((t) => overlap(terms, t, weight)));
			const words = Math.max(excerpt, statement) * (1 - statementWeight) + statement * statementWeight;
			const pairs = Math.max(
				0,
				...[wording.statement, ...wording.excerpts].map((t) => pairOverlap(sentencePairs[index]!, t)),
			);
			return words * (1 - pairWeight) + pairs * pairWeight;
		}),
	);
}
