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

/**
 * How the articles covering one claim part ways, when they do: one doubts (disputes or
 * questions) what another tells (`disagree`), or, all telling it, one reports as someone
 * else's words what another states in its own voice (`attribution`).
 */
export type Divergence = 'disagree' | 'attribution';

const doubts = (s: ClaimStance) => s === 'disputes' || s === 'questions';

/** Where the given stances on one claim part ways; undefined when they do not. */
export function divergenceOf(stances: Iterable<ClaimStance>): Divergence | undefined {
	const all = [...stances];
	if (all.some(doubts) && !all.every(doubts)) return 'disagree';
	if (all.includes('asserts') && all.includes('attributes')) return 'attribution';
	return undefined;
}

/** Whether two stances part ways: one doubts what the other tells, or attributes what it asserts. */
export function stancesDiffer(a: ClaimStance, b: ClaimStance): boolean {
	return divergenceOf([a, b]) !== undefined;
}
