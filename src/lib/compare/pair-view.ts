import type { Article, ArticleLanguage } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { shortHeadline, textLang } from '../articles/article-labels.ts';
import type { ArticleQuote } from '../quotes/views/article-quotes.ts';
import type { Routes } from '../routes.ts';
import { type Divergence, divergenceOf, pairClaims } from './claim-alignment.ts';
import { columnBlocks } from './column-html.ts';
import { alignPassages } from './passage-alignment.ts';
import { type PairBalance, pairBalance } from '../figures/pair-balance.ts';
import { pairCard } from './pairs.ts';

/** One side of a comparison as the page receives it. */
export interface PairArticle {
	id: string;
	data: Article;
	/** The body as the site rendered it, marks and all. */
	html: string;
	quotes: readonly ArticleQuote[];
}

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

/**
 * One row of the two texts side by side: a passage of each making the same claims (an
 * anchor), or the passages that flow between two anchors. HTML with each column's ids prefixed.
 */
export interface TextRow {
	a: string;
	b: string;
	/** Claims both passages make; empty between anchors. */
	shared: string[];
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

const labelOf = (article: Article) => shortHeadline(article.headline.text, 4);

/** The comparison of two articles: shared claims row by row, each side's own, quotes, texts. */
export function pairView(input: PairInput): PairView {
	const { story, a, b, routes } = input;
	const { shared, onlyA, onlyB } = pairClaims(input.claims, a.id, b.id);
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
	const sharedIds = shared.map((row) => row.claim.id);
	const stanceLabel = new Map(story.stanceScale.map((step) => [step.id, step.label]));
	const blocks = (key: 'a' | 'b', entry: PairArticle) => {
		const other = key === 'a' ? 'b' : 'a';
		return columnBlocks(
			entry.html,
			key,
			new Map(sharedIds.map((id) => [id, `#${other}-claim-${id}`])),
		);
	};
	const [blocksA, blocksB] = [blocks('a', a), blocks('b', b)];
	const side = (key: 'a' | 'b', entry: PairArticle): PairSide => {
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
			lang: textLang(entry.data),
			stance: entry.data.stance ? stanceLabel.get(entry.data.stance.position) : undefined,
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
		};
	};
	const rows = shared.map((row) => ({
		id: row.claim.id,
		statement: row.claim.statement,
		url: routes.claim(row.claim.id),
		divergence: divergenceOf([row.a.stance, row.b.stance]),
		a: cell('a', row.claim.id, row.a),
		b: cell('b', row.claim.id, row.b),
	}));
	const differ = rows.filter((row) => row.divergence).length;
	const join = (list: readonly { html: string }[], at: readonly number[]) =>
		at.map((i) => list[i]!.html).join('\n');
	return {
		title: `${labelOf(a.data)} and ${labelOf(b.data)}, side by side`,
		description: `How two articles on “${story.title}” compare, claim by claim.`,
		card: pairCard(a.id, b.id),
		story: { title: story.title, url: routes.story(story.id) },
		swapUrl: routes.compare(b.id, a.id),
		others: input.others.map((other) => ({
			label: labelOf(other.data),
			lang: textLang(other.data),
			url: routes.compare(a.id, other.id),
		})),
		manyUrl: routes.compareMany(story.id, [a.id, b.id]),
		sides: [side('a', a), side('b', b)],
		shared: rows,
		counts: { shared: rows.length, differ, onlyA: onlyA.length, onlyB: onlyB.length },
		balance: pairBalance({
			onlyA: onlyA.length,
			differ,
			agreed: rows.length - differ,
			onlyB: onlyB.length,
		}),
		texts: alignPassages(
			blocksA.map((block) => block.claims),
			blocksB.map((block) => block.claims),
		).map((row) => ({
			a: join(blocksA, row.a),
			b: join(blocksB, row.b),
			shared: row.shared,
		})),
	};
}
