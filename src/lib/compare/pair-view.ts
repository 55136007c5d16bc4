import type { Article, ArticleLanguage } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claims.ts';
import { textLang } from '../articles/article-labels.ts';
import { type PairBalance, pairBalance } from '../figures/pair-balance.ts';
import type { Routes } from '../routes.ts';
import { alignedTexts, type TextRow } from './aligned-texts-view.ts';
import { pairClaims } from './claim-alignment.ts';
import { type PairArticle, type PairSide, pairLabel, pairSide } from './pair-side-view.ts';
import { pairCard } from './pairs.ts';
import { type SharedRow, sharedRows } from './shared-claims-view.ts';

/** What a pair page is built from. */
export interface PairInput {
	story: { id: string; title: string; stanceScale: readonly { id: string; label: string }[] };
	a: PairArticle;
	b: PairArticle;
	/** The story's other articles, in reading order: the page offers them to compare with. */
	others: readonly { id: string; data: Article }[];
	claims: readonly Claim[];
	/** People's names by id. */
	names: ReadonlyMap<string, string>;
	routes: Routes;
}

/** Everything the pair page shows, shaped. */
export interface PairView {
	title: string;
	description: string;
	card: string;
	story: { title: string; url: string };
	swapUrl: string;
	/** Pairs of the left article with each of the story's others. */
	others: { label: string; lang: ArticleLanguage | undefined; url: string }[];
	manyUrl: string;
	sides: [PairSide, PairSide];
	shared: SharedRow[];
	/** The counts the summary line gives. */
	counts: { shared: number; differ: number; onlyA: number; onlyB: number };
	/** The summary line as a bar: only A, where they differ, shared, only B. */
	balance: PairBalance;
	/** Both full texts, matching passages on the same row. */
	texts: TextRow[];
}

/**
 * The comparison of two articles: its heading, ways out and summary here; shared claims row by
 * row (shared-claims-view.ts), each side's own claims and quotes (pair-side-view.ts), and both
 * texts aligned (aligned-texts-view.ts).
 */
export function pairView(input: PairInput): PairView {
	const { story, a, b, routes } = input;
	const claims = pairClaims(input.claims, a.id, b.id);
	const { onlyA, onlyB } = claims;
	const stanceLabel = new Map(story.stanceScale.map((step) => [step.id, step.label]));
	const context = { claims, stanceLabel, names: input.names, routes };
	const rows = sharedRows(claims.shared, a, b, routes);
	const differ = rows.filter((row) => row.divergence).length;
	return {
		title: `${pairLabel(a.data)} and ${pairLabel(b.data)}, side by side`,
		description: `How two articles on “${story.title}” compare, claim by claim.`,
		card: pairCard(a.id, b.id),
		story: { title: story.title, url: routes.story(story.id) },
		swapUrl: routes.compare(b.id, a.id),
		others: input.others.map((other) => ({
			label: pairLabel(other.data),
			lang: textLang(other.data),
			url: routes.compare(a.id, other.id),
		})),
		manyUrl: routes.compareMany(story.id, [a.id, b.id]),
		sides: [pairSide('a', a, context), pairSide('b', b, context)],
		shared: rows,
		counts: { shared: rows.length, differ, onlyA: onlyA.length, onlyB: onlyB.length },
		balance: pairBalance({
			onlyA: onlyA.length,
			differ,
			agreed: rows.length - differ,
			onlyB: onlyB.length,
		}),
		texts: alignedTexts(
			a.html,
			b.html,
			claims.shared.map((row) => row.claim.id),
		),
	};
}
