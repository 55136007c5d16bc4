import type { Article, ArticleLanguage } from '../../schemas/article.ts';
import type { ClaimStance } from '../../schemas/claims.ts';
import { textLang } from '../articles/article-labels.ts';
import type { Routes } from '../routes.ts';
import { type Divergence, divergenceOf, type PairClaims } from './claim-alignment.ts';

/** The pair page's "Claims both make", shaped: each claim's row, both sides' words on it. */

/** A side's own words on a claim, and the passage it links to in the full texts. */
export interface PairCell {
	stance: ClaimStance;
	excerpt: string;
	/** The `lang` of the excerpt, where it is not the page's (see `textLang`). */
	lang: ArticleLanguage | undefined;
	href: string;
}

/** A claim both articles make, row by row. */
export interface SharedRow {
	id: string;
	statement: string;
	url: string;
	/** How the two part ways on it, if they do (see `divergenceOf`). */
	divergence: Divergence | undefined;
	a: PairCell;
	b: PairCell;
}

/** The claims both articles make, in the map's order, each side's cell linked to its passage. */
export function sharedRows(
	shared: PairClaims['shared'],
	a: { data: Article },
	b: { data: Article },
	routes: Routes,
): SharedRow[] {
	const cell = (
		key: 'a' | 'b',
		claim: string,
		c: { stance: ClaimStance; excerpt: string },
	): PairCell => ({
		stance: c.stance,
		excerpt: c.excerpt,
		lang: textLang((key === 'a' ? a : b).data),
		href: `#${key}-claim-${claim}`,
	});
	return shared.map((row) => ({
		id: row.claim.id,
		statement: row.claim.statement,
		url: routes.claim(row.claim.id),
		divergence: divergenceOf([row.a.stance, row.b.stance]),
		a: cell('a', row.claim.id, row.a),
		b: cell('b', row.claim.id, row.b),
	}));
}
