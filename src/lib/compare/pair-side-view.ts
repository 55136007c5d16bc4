import type { Article, ArticleLanguage } from '../../schemas/article.ts';
import type { ClaimStance } from '../../schemas/claims.ts';
import { shortHeadline, textLang } from '../articles/article-labels.ts';
import type { ArticleQuote } from '../quotes/views/article-quotes.ts';
import type { Routes } from '../routes.ts';
import type { PairClaims } from './claim-alignment.ts';

/** One column of a pair page, shaped: its article's head, the claims only it makes, its quotes. */

/** One side of a comparison as the page receives it. */
export interface PairArticle {
	id: string;
	data: Article;
	/** The body as the site rendered it, marks and all. */
	html: string;
	quotes: readonly ArticleQuote[];
}

/** One column of the comparison. */
export interface PairSide {
	key: 'a' | 'b';
	id: string;
	article: Article;
	url: string;
	/** The headline's first words, for column heads and tabs. */
	label: string;
	/** The `lang` of its words (headline, label, text, excerpts, quotes) where not the page's. */
	lang: ArticleLanguage | undefined;
	/** Its stance on the story's question, in the scale's words; undefined until judged. */
	stance: string | undefined;
	/** Claims only this side makes. */
	only: { statement: string; href: string; stance: ClaimStance }[];
	quotes: { who: string; href: string; text: string }[];
}

/** What a column reads of the whole page besides its own article. */
interface SideContext {
	/** The pair's claims, split: a column shows those only its article makes. */
	claims: PairClaims;
	/** The story's stance scale: each step's words by its id. */
	stanceLabel: ReadonlyMap<string, string>;
	/** People's names by id. */
	names: ReadonlyMap<string, string>;
	routes: Routes;
}

/** The headline's first words, for column heads, tabs and the page's title. */
export const pairLabel = (article: Article) => shortHeadline(article.headline.text, 4);

/** One column: its article and stance, the claims only it makes, the quotes it uses. */
export function pairSide(key: 'a' | 'b', entry: PairArticle, context: SideContext): PairSide {
	const { claims, stanceLabel, names, routes } = context;
	const only =
		key === 'a'
			? claims.onlyA.map((r) => ({ claim: r.claim, cover: r.a }))
			: claims.onlyB.map((r) => ({ claim: r.claim, cover: r.b }));
	return {
		key,
		id: entry.id,
		article: entry.data,
		url: routes.article(entry.id),
		label: pairLabel(entry.data),
		lang: textLang(entry.data),
		stance: entry.data.stance ? stanceLabel.get(entry.data.stance.position) : undefined,
		only: only.map(({ claim, cover }) => ({
			statement: claim.statement,
			href: `#${key}-claim-${claim.id}`,
			stance: cover.stance,
		})),
		quotes: entry.quotes.map((quote) => ({
			who: quote.speaker
				? (names.get(quote.speaker) ?? quote.speaker)
				: (quote.description ?? 'Unattributed'),
			href: `#${key}-${quote.id}`,
			text: quote.text,
		})),
	};
}
