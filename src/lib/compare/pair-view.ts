import { ledeOf } from '../../markdown/markdown-text.ts';
import type { Article } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { shortHeadline } from '../articles/article-labels.ts';
import type { ArticleQuote } from '../quotes/article-quotes.ts';
import type { Routes } from '../routes.ts';
import { pairClaims, stancesDiffer } from './claim-alignment.ts';
import { columnHtml } from './column-html.ts';
import { pairCard } from './pairs.ts';

/** One side of a comparison as the page receives it. */
export interface PairArticle {
	id: string;
	data: Article;
	/** The Markdown body, for the lede. */
	body: string;
	/** The body as the site rendered it, marks and all. */
	html: string;
	quotes: readonly ArticleQuote[];
}

/** What a pair page is built from. */
export interface PairInput {
	story: { id: string; title: string };
	a: PairArticle;
	b: PairArticle;
	/** The story's other articles, in reading order: the page offers them to compare with. */
	others: readonly { id: string; data: Article }[];
	claims: readonly Claim[];
	/** People's names by id. */
	names: ReadonlyMap<string, string>;
	routes: Routes;
}

/** A side's own words on a claim, and the passage it links to in the full texts. */
export interface PairCell {
	stance: ClaimStance;
	excerpt: string;
	href: string;
}

/** A claim both articles make, row by row. */
export interface SharedRow {
	id: string;
	statement: string;
	url: string;
	/** One side disputes or questions what the other tells. */
	differ: boolean;
	a: PairCell;
	b: PairCell;
}

/** One column of the comparison. */
export interface PairSide {
	key: 'a' | 'b';
	id: string;
	article: Article;
	url: string;
	/** The headline's first words, for column heads and tabs. */
	label: string;
	lede: string | undefined;
	/** Claims only this side makes. */
	only: { statement: string; href: string; stance: ClaimStance }[];
	quotes: { who: string; href: string; text: string }[];
	/** The full text, its ids prefixed so both columns can share the page. */
	html: string;
}

/** Everything the pair page shows, shaped. */
export interface PairView {
	title: string;
	description: string;
	card: string;
	story: { title: string; url: string };
	swapUrl: string;
	/** Pairs of the left article with each of the story's others. */
	others: { label: string; url: string }[];
	manyUrl: string;
	sides: [PairSide, PairSide];
	shared: SharedRow[];
}

const labelOf = (article: Article) => shortHeadline(article.headline.text, 4);

/** The comparison of two articles: shared claims row by row, each side's own, quotes, texts. */
export function pairView(input: PairInput): PairView {
	const { story, a, b, routes } = input;
	const { shared, onlyA, onlyB } = pairClaims(input.claims, a.id, b.id);
	const cell = (key: 'a' | 'b', claim: string, c: { stance: ClaimStance; excerpt: string }) => ({
		stance: c.stance,
		excerpt: c.excerpt,
		href: `#${key}-claim-${claim}`,
	});
	const sharedIds = shared.map((row) => row.claim.id);
	const side = (key: 'a' | 'b', entry: PairArticle): PairSide => {
		const other = key === 'a' ? 'b' : 'a';
		const only =
			key === 'a'
				? onlyA.map((r) => ({ claim: r.claim, cover: r.a }))
				: onlyB.map((r) => ({ claim: r.claim, cover: r.b }));
		return {
			key,
			id: entry.id,
			article: entry.data,
			url: routes.article(entry.id),
			label: labelOf(entry.data),
			lede: ledeOf(entry.body),
			only: only.map(({ claim, cover }) => ({
				statement: claim.statement,
				href: `#${key}-claim-${claim.id}`,
				stance: cover.stance,
			})),
			quotes: entry.quotes.map((quote) => ({
				who: quote.speaker
					? (input.names.get(quote.speaker) ?? quote.speaker)
					: (quote.description ?? 'Unattributed'),
				href: `#${key}-${quote.id}`,
				text: quote.text,
			})),
			html: columnHtml(
				entry.html,
				key,
				new Map(sharedIds.map((id) => [id, `#${other}-claim-${id}`])),
			),
		};
	};
	return {
		title: `${labelOf(a.data)} and ${labelOf(b.data)}, side by side`,
		description: `How two articles on “${story.title}” compare, claim by claim.`,
		card: pairCard(a.id, b.id),
		story: { title: story.title, url: routes.story(story.id) },
		swapUrl: routes.compare(b.id, a.id),
		others: input.others.map((other) => ({
			label: labelOf(other.data),
			url: routes.compare(a.id, other.id),
		})),
		manyUrl: routes.compareMany(story.id, [a.id, b.id]),
		sides: [side('a', a), side('b', b)],
		shared: shared.map((row) => ({
			id: row.claim.id,
			statement: row.claim.statement,
			url: routes.claim(row.claim.id),
			differ: stancesDiffer(row.a.stance, row.b.stance),
			a: cell('a', row.claim.id, row.a),
			b: cell('b', row.claim.id, row.b),
		})),
	};
}
