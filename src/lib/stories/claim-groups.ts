import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { type Divergence, divergenceOf } from '../compare/claim-alignment.ts';

/** One article's handling of a claim, in its own words. */
export interface Take {
	article: string;
	stance: ClaimStance;
	excerpt: string;
}

/** A claim the articles part ways on, its takes split into the two camps. */
export interface DifferingClaim {
	claim: Claim;
	divergence: Divergence;
	/**
	 * The two camps: for a disagreement, those that tell it (assert or attribute) and those that
	 * doubt it (dispute or question); for an attribution split, those that assert it in their own
	 * voice and those that attribute it to others.
	 */
	camps: [Take[], Take[]];
}

/** The claims of a story sorted by what the articles make of them together. */
export interface ClaimGroups {
	/** Claims the covering articles part ways on: disagreements first, then attribution splits. */
	differ: DifferingClaim[];
	/** Claims at least two articles make without parting ways, most covered first. */
	agreed: { claim: Claim; takes: Take[] }[];
	/** Claims exactly one article makes, by article in the order given (articles with none left out). */
	only: { article: string; claims: { claim: Claim; take: Take }[] }[];
}

/** How many claims an article makes, by what the others make of them. */
export interface ClaimTally {
	/** Claims it shares with others, none of them parting ways. */
	agreed: number;
	/** Claims where the covering articles part ways. */
	differ: number;
	/** Claims no other article makes. */
	only: number;
	total: number;
}

const tells = (take: Take) => take.stance === 'asserts' || take.stance === 'attributes';

function takesOf(claim: Claim, articles: ReadonlySet<string>): Take[] {
	return claim.coverage
		.filter((c) => articles.has(c.article))
		.map((c) => ({ article: c.article, stance: c.stance, excerpt: c.excerpt }));
}

/**
 * Sorts a story's claims for its page: where the articles part ways, where two or more agree,
 * and what only one says. Only `articles` count; the order of `articles` orders the takes.
 */
export function groupClaims(claims: readonly Claim[], articles: readonly string[]): ClaimGroups {
	const known = new Set(articles);
	const order = (takes: Take[]) =>
		takes.sort((x, y) => articles.indexOf(x.article) - articles.indexOf(y.article));
	const disagree: DifferingClaim[] = [];
	const attribution: DifferingClaim[] = [];
	const agreed: ClaimGroups['agreed'] = [];
	const only = new Map(articles.map((id) => [id, [] as { claim: Claim; take: Take }[]]));
	for (const claim of claims) {
		const takes = order(takesOf(claim, known));
		if (takes.length === 0) continue;
		if (takes.length === 1) {
			only.get(takes[0]!.article)!.push({ claim, take: takes[0]! });
			continue;
		}
		const divergence = divergenceOf(takes.map((t) => t.stance));
		if (divergence === 'disagree')
			disagree.push({
				claim,
				divergence,
				camps: [takes.filter(tells), takes.filter((t) => !tells(t))],
			});
		else if (divergence === 'attribution')
			attribution.push({
				claim,
				divergence,
				camps: [
					takes.filter((t) => t.stance === 'asserts'),
					takes.filter((t) => t.stance === 'attributes'),
				],
			});
		else agreed.push({ claim, takes });
	}
	return {
		differ: [...disagree, ...attribution],
		// Stable: ties keep the claim map's order.
		agreed: agreed.sort((x, y) => y.takes.length - x.takes.length),
		only: [...only]
			.filter(([, list]) => list.length > 0)
			.map(([article, list]) => ({ article, claims: list })),
	};
}

/** Each article's claims counted by group, for the coverage figure. */
export function claimTallies(
	groups: ClaimGroups,
	articles: readonly string[],
): Map<string, ClaimTally> {
	const tally = new Map(articles.map((id) => [id, { agreed: 0, differ: 0, only: 0, total: 0 }]));
	const count = (article: string, key: 'agreed' | 'differ' | 'only') => {
		const entry = tally.get(article);
		if (!entry) return;
		entry[key] += 1;
		entry.total += 1;
	};
	for (const { camps } of groups.differ)
		for (const take of camps.flat()) count(take.article, 'differ');
	for (const { takes } of groups.agreed) for (const take of takes) count(take.article, 'agreed');
	for (const { article, claims } of groups.only) for (const _ of claims) count(article, 'only');
	return tally;
}
