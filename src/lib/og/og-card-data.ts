import type { Article } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { outletName, shortHeadline } from '../articles/article-labels.ts';
import { stanceLabels } from '../claims/stance-labels.ts';
import { pairClaims, stancesDiffer } from '../compare/claim-alignment.ts';
import type { OgCard, OgStat } from './og-card.ts';

/** An article as a card names it. */
export interface CardArticle {
	id: string;
	data: Article;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "A · Different Hub: Sheinbaum rejects Trump’s proposal to…": a side of a pair, briefly. */
const sideLine = (key: string, article: Article) =>
	`${key} · ${outletName(article)}: ${shortHeadline(article.headline.text, 9)}`;

/**
 * A pair's card: what the two articles agree on, differ on, and tell alone, counted from
 * the claim map, over the story's title and above the two articles (A and B, in id order,
 * as `pairCard` names the card).
 */
export function pairCardData(
	storyTitle: string,
	a: CardArticle,
	b: CardArticle,
	claims: readonly Claim[],
): OgCard {
	const { shared, onlyA, onlyB } = pairClaims(claims, a.id, b.id);
	const differ = shared.filter((row) => stancesDiffer(row.a.stance, row.b.stance)).length;
	const agree = shared.length - differ;
	return {
		kind: 'Comparison',
		title: storyTitle,
		stats: [
			{ value: agree, label: `${plural(agree, 'claim', 'claims')} they agree on`, tone: 'agree' },
			{
				value: differ,
				label: `${plural(differ, 'claim', 'claims')} they differ on`,
				tone: 'differ',
			},
			{ value: onlyA.length, label: 'only in A' },
			{ value: onlyB.length, label: 'only in B' },
		],
		lines: [sideLine('A', a.data), sideLine('B', b.data)],
	};
}

/** Whether the articles covering a claim part ways: one tells it, another doubts it. */
function contested(claim: Claim): boolean {
	const stances = claim.coverage.map((entry) => entry.stance);
	return stances.some((x) => stances.some((y) => stancesDiffer(x, y)));
}

/** A story's card: how many articles and claims, and on how many claims they differ. */
export function storyCardData(
	story: { title: string; question: string },
	articles: readonly CardArticle[],
	claims: readonly Claim[],
): OgCard {
	const differ = claims.filter(contested).length;
	return {
		kind: 'Story',
		title: story.title,
		stats: [
			{
				value: articles.length,
				label: `${plural(articles.length, 'article', 'articles')} side by side`,
			},
			{ value: claims.length, label: `${plural(claims.length, 'claim', 'claims')} mapped` },
			{
				value: differ,
				label: `${plural(differ, 'claim', 'claims')} where they differ`,
				tone: 'differ',
			},
		],
		lines: [story.question],
	};
}

/** What the articles taking a stance do, for a figure's label ("assert it"). */
const stanceFigures: Record<
	ClaimStance | 'omits',
	{ label: [string, string]; tone: OgStat['tone'] }
> = {
	asserts: { label: ['asserts it', 'assert it'], tone: 'agree' },
	attributes: { label: ['attributes it', 'attribute it'], tone: 'neutral' },
	questions: { label: ['questions it', 'question it'], tone: 'differ' },
	disputes: { label: ['disputes it', 'dispute it'], tone: 'differ' },
	omits: { label: ['leaves it out', 'leave it out'], tone: 'neutral' },
};

/** A claim's card: how many of the story's articles take each stance on it, and who. */
export function claimCardData(claim: Claim, articles: readonly CardArticle[]): OgCard {
	const stanceOf = new Map(claim.coverage.map((entry) => [entry.article, entry.stance]));
	const counts = new Map<ClaimStance | 'omits', number>();
	for (const { id } of articles) {
		const stance = stanceOf.get(id) ?? 'omits';
		counts.set(stance, (counts.get(stance) ?? 0) + 1);
	}
	const order = ['asserts', 'attributes', 'questions', 'disputes', 'omits'] as const;
	const headline = (id: string) => articles.find((a) => a.id === id)?.data.headline.text ?? id;
	return {
		kind: 'Claim',
		title: claim.statement,
		stats: order
			.filter((stance) => counts.has(stance))
			.map((stance) => {
				const n = counts.get(stance)!;
				const figure = stanceFigures[stance];
				return { value: n, label: figure.label[n === 1 ? 0 : 1], tone: figure.tone };
			}),
		lines: claim.coverage.map(
			(c) => `${stanceLabels[c.stance]}: ${shortHeadline(headline(c.article), 7)}`,
		),
	};
}
