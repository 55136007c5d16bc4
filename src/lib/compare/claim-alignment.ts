import type { Claim, ClaimStance } from '../../schemas/claims.ts';

/** One article's handling of a claim: its stance and its own words. */
export interface Coverage {
	stance: ClaimStance;
	excerpt: string;
}

/** A claim with each article's coverage, in the order the articles are given (undefined: omits it). */
export interface ClaimRow {
	claim: Claim;
	cells: (Coverage | undefined)[];
}

/** Rows of claims under their topic, topics in the order the claim map first uses them. */
export interface TopicRows {
	topic: string;
	rows: ClaimRow[];
}

/**
 * The claim × article matrix: for each claim the coverage of each of `articles`, grouped
 * by topic. Claims none of `articles` covers are left out.
 */
export function alignClaims(claims: readonly Claim[], articles: readonly string[]): TopicRows[] {
	const topics = new Map<string, ClaimRow[]>();
	for (const claim of claims) {
		const cells = articles.map((id) => {
			const entry = claim.coverage.find((c) => c.article === id);
			return entry && { stance: entry.stance, excerpt: entry.excerpt };
		});
		if (cells.every((cell) => cell === undefined)) continue;
		topics.set(claim.topic, [...(topics.get(claim.topic) ?? []), { claim, cells }]);
	}
	return [...topics].map(([topic, rows]) => ({ topic, rows }));
}

/** Two articles' claims: those both cover, row by row, and those only one covers. */
export interface PairClaims {
	shared: { claim: Claim; a: Coverage; b: Coverage }[];
	onlyA: { claim: Claim; a: Coverage }[];
	onlyB: { claim: Claim; b: Coverage }[];
}

/** Splits the claim map for a pair of articles, keeping the map's order. */
export function pairClaims(claims: readonly Claim[], a: string, b: string): PairClaims {
	const result: PairClaims = { shared: [], onlyA: [], onlyB: [] };
	for (const { topic: _topic, rows } of alignClaims(claims, [a, b])) {
		for (const { claim, cells } of rows) {
			const [left, right] = cells;
			if (left && right) result.shared.push({ claim, a: left, b: right });
			else if (left) result.onlyA.push({ claim, a: left });
			else if (right) result.onlyB.push({ claim, b: right });
		}
	}
	return result;
}

/** Whether two stances part ways: one disputes or questions what the other tells. */
export function stancesDiffer(a: ClaimStance, b: ClaimStance): boolean {
	const doubts = (s: ClaimStance) => s === 'disputes' || s === 'questions';
	return doubts(a) !== doubts(b);
}
