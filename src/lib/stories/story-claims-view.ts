import type { ArticleLanguage } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { alignClaims, type Divergence, divergenceOf } from '../compare/claim-alignment.ts';
import type { Routes } from '../routes.ts';
import type { ClaimGroups, Take } from './claim-groups.ts';

/** An article as the story page names it in lists: its number and its first words. */
export interface ArticleKey {
	id: string;
	number: number;
	label: string;
	kind: string;
	/** The language it is written in: its label and excerpts are marked with it. */
	language: ArticleLanguage;
}

/** One article's take on a claim, linked to the passage in its text. */
export interface TakeView {
	article: ArticleKey;
	stance: ClaimStance;
	excerpt: string;
	href: string;
}

/** A claim the articles part ways on, as the story page sets it out. */
export interface DifferView {
	id: string;
	statement: string;
	url: string;
	divergence: Divergence;
	camps: { heading: string; takes: TakeView[] }[];
	/** A pair page setting one article of each camp side by side. */
	compareUrl: string;
}

/** A row of the claim matrix. */
export interface MatrixRow {
	id: string;
	statement: string;
	url: string;
	divergence: Divergence | undefined;
	covered: number;
	cells: ({ stance: ClaimStance; href: string } | undefined)[];
}

const campHeadings: Record<Divergence, [string, string]> = {
	disagree: ['Asserts or attributes it', 'Disputes or questions it'],
	attribution: ['Asserts it as fact', 'Attributes it to others'],
};

/** The story page's claim sections, shaped: where they differ, where they agree, only one. */
export function claimSections(
	groups: ClaimGroups,
	keys: ReadonlyMap<string, ArticleKey>,
	routes: Routes,
) {
	const take = (claim: Claim, t: Take): TakeView => ({
		article: keys.get(t.article)!,
		stance: t.stance,
		excerpt: t.excerpt,
		href: `${routes.article(t.article)}#claim-${claim.id}`,
	});
	return {
		differ: groups.differ.map(({ claim, divergence, camps }): DifferView => ({
			id: claim.id,
			statement: claim.statement,
			url: routes.claim(claim.id),
			divergence,
			camps: camps.map((takes, i) => ({
				heading: campHeadings[divergence][i]!,
				takes: takes.map((t) => take(claim, t)),
			})),
			compareUrl: routes.compare(camps[0][0]!.article, camps[1][0]!.article),
		})),
		agreed: groups.agreed.map(({ claim, takes }) => ({
			id: claim.id,
			statement: claim.statement,
			url: routes.claim(claim.id),
			takes: takes.map((t) => take(claim, t)),
		})),
		only: groups.only.map(({ article, claims }) => ({
			article: keys.get(article)!,
			url: routes.article(article),
			claims: claims.map(({ claim, take: t }) => ({
				id: claim.id,
				statement: claim.statement,
				url: routes.claim(claim.id),
				take: take(claim, t),
			})),
		})),
	};
}

/**
 * The claim × article matrix by topic, topics in the claim map's order and, within one, the
 * claims most articles make first (ties in the map's order).
 */
export function claimMatrix(
	claims: readonly Claim[],
	articles: readonly string[],
	routes: Routes,
): { topic: string; rows: MatrixRow[] }[] {
	return alignClaims(claims, articles).map(({ topic, rows }) => ({
		topic: topic.replaceAll('-', ' '),
		rows: rows
			.map(({ claim, cells }) => ({
				id: claim.id,
				statement: claim.statement,
				url: routes.claim(claim.id),
				divergence: divergenceOf(cells.flatMap((cell) => (cell ? [cell.stance] : []))),
				covered: cells.filter(Boolean).length,
				cells: cells.map((cell, i) =>
					cell
						? { stance: cell.stance, href: `${routes.article(articles[i]!)}#claim-${claim.id}` }
						: undefined,
				),
			}))
			.sort((x, y) => y.covered - x.covered),
	}));
}
