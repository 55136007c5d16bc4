import { describe, expect, it } from 'vitest';
import {
	matchScores,
	matchWeights,
	pairOverlap,
	stemPairs,
} from '../../src/lib/claims/claim-match.ts';
import { termsOf } from '../../src/lib/claims/claim-terms.ts';
import { assignClaims } from '../../src/lib/claims/suggest-claims.ts';

const entry = (excerpt: string) => ({ article: 'other', stance: 'asserts' as const, excerpt });

describe('stemPairs and pairOverlap', () => {
	it('keeps consecutive content-word pairs, so a repeated phrase counts and scattered words do not', () => {
		expect([...stemPairs(termsOf('absolutely ruled out'))]).toEqual(['absolu ruled', 'ruled out']);
		const phrase = stemPairs(termsOf('She said foreign troops were absolutely ruled out.'));
		expect(pairOverlap(phrase, termsOf('absolutely ruled out'))).toBe(1);
		const scattered = stemPairs(termsOf('Out of time, she ruled absolutely nothing.'));
		expect(pairOverlap(scattered, termsOf('absolutely ruled out'))).toBe(0);
		expect(pairOverlap(phrase, termsOf('troops'))).toBe(0);
	});
});

describe('matchWeights', () => {
	it('weighs a word every claim uses less than a word one claim uses', () => {
		const sentences = [termsOf('The cartels smuggle fentanyl.'), termsOf('The cartels buy rifles.')];
		const claims = [
			{ statement: termsOf('Cartels smuggle fentanyl.'), excerpts: [] },
			{ statement: termsOf('Cartels buy rifles.'), excerpts: [] },
		];
		const weight = matchWeights(sentences, claims);
		const [cartels, fentanyl] = termsOf('cartels fentanyl');
		expect(weight(fentanyl!)).toBeGreaterThan(weight(cartels!));
	});

	it('weighs names and figures above plain words of the same rarity', () => {
		const sentences = [termsOf('The bridge in Tamesis opens.')];
		const weight = matchWeights(sentences, [{ statement: termsOf('bridge Tamesis'), excerpts: [] }]);
		const [bridge, tamesis] = termsOf('The bridge Tamesis');
		expect(tamesis!.marked).toBe(true);
		expect(weight(tamesis!)).toBeGreaterThan(weight(bridge!));
	});
});

describe('matchScores', () => {
	const sentences = [
		'The council met on Tuesday to discuss the weather.',
		'Officials confirmed the Tamesis bridge will open to traffic in May, after delays.',
		'Mayor Lopez stepped down on Friday, citing the budget row.',
	];
	const claims = [
		{ statement: 'The new river bridge opens in May.', coverage: [entry('the Tamesis bridge will open in May')] },
		{ statement: 'The mayor resigned over the budget.', coverage: [entry('Mayor Lopez stepped down')] },
	];

	it('scores each claim highest on the sentence sharing its excerpt’s words', () => {
		const scores = matchScores(sentences, claims);
		expect(scores).toHaveLength(2);
		const best = scores.map((row) => row.indexOf(Math.max(...row)));
		expect(best).toEqual([1, 2]);
		expect(scores[0]![0]).toBe(0);
	});

	it('lets another article’s excerpt find a sentence the statement alone would miss', () => {
		const statementOnly = [{ statement: 'The mayor resigned over the budget.', coverage: [] }];
		const [alone] = matchScores(sentences, statementOnly);
		const [withExcerpt] = matchScores(sentences, [claims[1]!]);
		expect(withExcerpt![2]!).toBeGreaterThan(alone![2]!);
	});

	it('keeps every score between 0 and 1', () => {
		for (const row of matchScores([...sentences, sentences[1]!.repeat(3)], claims))
			for (const score of row) expect(score >= 0 && score <= 1).toBe(true);
	});
});

describe('assignClaims', () => {
	it('gives a sentence several claims want to the one it reads most like, and each claim one sentence', () => {
		// claims 0 and 1 both read most like sentence 0: claim 1 wins it, and claim 0 is not
		// moved to a sentence it reads less like; claim 2 keeps its own sentence
		const scores = [
			[0.6, 0.5, 0.0],
			[0.9, 0.1, 0.0],
			[0.0, 0.1, 0.7],
		];
		expect(assignClaims(scores, 0.3, 1)).toEqual([
			{ claim: 1, sentence: 0, score: 0.9 },
			{ claim: 2, sentence: 2, score: 0.7 },
		]);
	});

	it('suggests nothing under the threshold, nor a sentence barely above the claim’s next best', () => {
		expect(assignClaims([[0.25, 0.1]], 0.3, 1)).toEqual([]);
		expect(assignClaims([[0.5, 0.48]], 0.3, 1.1)).toEqual([]);
		expect(assignClaims([[0.5, 0.4]], 0.3, 1.1)).toEqual([{ claim: 0, sentence: 0, score: 0.5 }]);
	});

	it('copes with no claims and no sentences', () => {
		expect(assignClaims([], 0.3, 1.1)).toEqual([]);
		expect(assignClaims([[]], 0.3, 1.1)).toEqual([]);
	});
});
