import type { Article, ArticleLanguage } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { kindLabel, outletName, shortHeadline } from '../articles/article-labels.ts';
import type { Routes } from '../routes.ts';
import { alignClaims } from './claim-alignment.ts';
import { manyLayout } from './column-choice.ts';

/** What the many-way comparison is built from. */
export interface ManyInput {
	story: { id: string; title: string };
	/** The story's articles in reading order, each with its lede (its first paragraph's text). */
	articles: readonly { id: string; data: Article; lede?: string | undefined }[];
	claims: readonly Claim[];
	routes: Routes;
}

/** One article's column. */
export interface ManyColumn {
	id: string;
	number: number;
	label: string;
	headline: string;
	/** The language its words (headline, lede, excerpts) are in. */
	language: ArticleLanguage;
	url: string;
	meta: string;
	lede: string | undefined;
}

/** A claim's row: each column's take on it, or nothing where the article omits it. */
export interface ManyRow {
	id: string;
	statement: string;
	url: string;
	covered: number;
	cells: ({ stance: ClaimStance; excerpt: string; href: string } | undefined)[];
}

/**
 * The many-way comparison: every article of a story as a column (the page holds them all; the
 * column picker shows those the query names), claims by topic in rows.
 */
export function manyView(input: ManyInput) {
	const { story, articles, routes } = input;
	const ids = articles.map((a) => a.id);
	const columns: ManyColumn[] = articles.map((article, i) => ({
		id: article.id,
		number: i + 1,
		label: shortHeadline(article.data.headline.text, 4),
		headline: article.data.headline.text,
		language: article.data.language,
		url: routes.article(article.id),
		meta: `${outletName(article.data)} · ${kindLabel(article.data)}`,
		lede: article.lede,
	}));
	return {
		title: `${story.title}: all articles side by side`,
		storyUrl: routes.story(story.id),
		storyTitle: story.title,
		layout: manyLayout(columns.length),
		columns,
		topics: alignClaims(input.claims, ids).map(({ topic, rows }) => ({
			topic: topic.replaceAll('-', ' '),
			rows: rows.map(({ claim, cells }): ManyRow => ({
				id: claim.id,
				statement: claim.statement,
				url: routes.claim(claim.id),
				covered: cells.filter(Boolean).length,
				cells: cells.map((cell, i) =>
					cell ? { ...cell, href: `${columns[i]!.url}#claim-${claim.id}` } : undefined,
				),
			})),
		})),
	};
}

export type ManyView = ReturnType<typeof manyView>;
