/**
 * Leave-one-article-out scoring of the claim suggester on a curated claim map: hide one
 * article's coverage entries, ask the suggester about that article against what remains,
 * and compare its suggestions with the entries that were hidden.
 */
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { normaliseForMatch } from '../text/text-match.ts';

/** One suggestion as the scorer reads it: a sentence, the claim it reads like, a stance. */
export interface ScoredSuggestion {
	sentence: string;
	claimId: string;
	stance?: ClaimStance;
}

/** A suggester under test: an article's suggestions against a claim map. */
export type Suggest = (
	articleId: string,
	text: string,
	claims: readonly Claim[],
) => readonly ScoredSuggestion[];

/** The figures for one article (or a total over several). */
export interface SuggestionScore {
	label: string;
	/** Claims the article covers that other articles cover too: what it can be asked to find. */
	covered: number;
	/** Of those, claims suggested with the right sentence. */
	found: number;
	/** Claims only this article makes: they vanish with its entries, so are counted apart. */
	onlyHere: number;
	suggestions: number;
	/** Suggestions with a claim the article covers and a sentence holding its excerpt. */
	right: number;
	/** Right suggestions that carry a stance, and those whose stance is the curated one. */
	withStance: number;
	stanceRight: number;
}

/** Share of the sentence's words a right excerpt must hold when neither contains the other. */
export const sentenceOverlap = 0.7;

const wordsOf = (text: string) =>
	normaliseForMatch(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * Whether a suggested sentence is the curated excerpt's sentence: the sentence contains the
 * excerpt (quote marks and white space normalised, case ignored), or at least 70 % of the
 * sentence's words stand in the excerpt (an excerpt spanning several sentences, or a
 * sentence split differently from the curator's cut).
 */
export function isExcerptSentence(sentence: string, excerpt: string): boolean {
	const plain = (text: string) => wordsOf(text).join(' ');
	if (` ${plain(sentence)} `.includes(` ${plain(excerpt)} `)) return true;
	const mine = wordsOf(sentence);
	const theirs = new Set(wordsOf(excerpt));
	if (mine.length === 0) return false;
	return mine.filter((word) => theirs.has(word)).length / mine.length >= sentenceOverlap;
}

/** The map with one article's entries removed, and the claims left with none dropped. */
export function withoutArticle(claims: readonly Claim[], articleId: string): Claim[] {
	return claims
		.map((claim) => ({
			...claim,
			coverage: claim.coverage.filter((entry) => entry.article !== articleId),
		}))
		.filter((claim) => claim.coverage.length > 0);
}

/** Hide one article's entries, suggest for it against the rest, and count. */
export function scoreArticle(
	article: { id: string; text: string },
	claims: readonly Claim[],
	suggest: Suggest,
): SuggestionScore {
	const rest = withoutArticle(claims, article.id);
	const present = new Set(rest.map((claim) => claim.id));
	const hidden = new Map(
		claims.flatMap((claim) =>
			claim.coverage
				.filter((entry) => entry.article === article.id)
				.map((entry) => [claim.id, entry] as const),
		),
	);
	const suggestions = suggest(article.id, article.text, rest);
	const found = new Set<string>();
	let right = 0;
	let withStance = 0;
	let stanceRight = 0;
	for (const suggestion of suggestions) {
		const entry = hidden.get(suggestion.claimId);
		if (!entry || !isExcerptSentence(suggestion.sentence, entry.excerpt)) continue;
		right += 1;
		found.add(suggestion.claimId);
		if (suggestion.stance === undefined) continue;
		withStance += 1;
		if (suggestion.stance === entry.stance) stanceRight += 1;
	}
	const covered = [...hidden.keys()].filter((id) => present.has(id)).length;
	return {
		label: article.id,
		covered,
		found: found.size,
		onlyHere: hidden.size - covered,
		suggestions: suggestions.length,
		right,
		withStance,
		stanceRight,
	};
}

/** Every article scored with its own entries hidden, in the order given. */
export function scoreLeaveOneOut(
	articles: readonly { id: string; text: string }[],
	claims: readonly Claim[],
	suggest: Suggest,
): SuggestionScore[] {
	return articles.map((article) => scoreArticle(article, claims, suggest));
}

/** The counts of several scores added up under one label. */
export function totalScore(label: string, scores: readonly SuggestionScore[]): SuggestionScore {
	const sum = (key: keyof Omit<SuggestionScore, 'label'>) =>
		scores.reduce((total, score) => total + score[key], 0);
	return {
		label,
		covered: sum('covered'),
		found: sum('found'),
		onlyHere: sum('onlyHere'),
		suggestions: sum('suggestions'),
		right: sum('right'),
		withStance: sum('withStance'),
		stanceRight: sum('stanceRight'),
	};
}
