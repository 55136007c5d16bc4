import type { Article } from '../../schemas/article.ts';
import type { Claim, ClaimStance } from '../../schemas/claims.ts';
import { outletName, shortHeadline, textLang } from '../articles/article-labels.ts';
import { sourceLabel } from '../quotes/views/quote-view.ts';
import type { Routes } from '../routes.ts';
import { textFragmentUrl } from '../text/text-fragment.ts';
import { stanceLabels } from './stance-labels.ts';

/** What a claim page is built from. */
export interface ClaimInput {
	claim: Claim;
	story: { id: string; title: string | undefined };
	/** The story's articles in reading order. */
	articles: readonly { id: string; data: Article }[];
	routes: Routes;
}

/** An article that covers the claim: its stance and its own words, linked to the passage. */
export interface ClaimCoverage {
	id: string;
	article: Article;
	headline: string;
	url: string;
	stance: ClaimStance;
	stanceLabel: string;
	excerpt: { text: string; url: string };
	/** The passage in the outlet's own page, when its address is known. */
	original: string | undefined;
}

/** Everything a claim page shows, shaped. */
export interface ClaimView {
	statement: string;
	topic: string;
	story: { title: string | undefined; url: string };
	/** One sentence: how many articles cover the claim, and how. */
	summary: string;
	/** The articles that cover it: those that assert it first, then attribute, question, dispute. */
	coverage: ClaimCoverage[];
	/** The articles that do not mention it, named in one line. */
	/** `lang` is the label's language where not the page's (the headline is the article's). */
	silent: { id: string; label: string; lang: string | undefined; url: string }[];
	/** All the covering articles in columns, when there are two or more. */
	compareUrl: string | undefined;
}

/** Stances in the order a reader meets them: who tells it, then who doubts it. */
const stanceOrder: readonly ClaimStance[] = ['asserts', 'attributes', 'questions', 'disputes'];

/** What articles taking each stance do, one of them and several ("asserts it", "assert it"). */
const stanceVerbs: Record<ClaimStance, [string, string]> = {
	asserts: ['asserts it', 'assert it'],
	attributes: ['attributes it to others', 'attribute it to others'],
	questions: ['questions it', 'question it'],
	disputes: ['disputes it', 'dispute it'],
};

const verb = (stance: ClaimStance, n: number) => stanceVerbs[stance][n === 1 ? 0 : 1];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An article named briefly: its outlet and the start of its headline. */
export function articleLabel(article: Article): string {
	return sourceLabel(outletName(article), shortHeadline(article.headline.text, 8));
}

/**
 * The claim page: the articles that cover the claim first, in their own words, grouped by
 * stance and in reading order within it; the ones that do not mention it named in one line.
 */
export function claimView({ claim, story, articles, routes }: ClaimInput): ClaimView {
	const coverageOf = new Map(claim.coverage.map((entry) => [entry.article, entry]));
	const coverage: ClaimCoverage[] = [];
	const silent: ClaimView['silent'] = [];
	for (const { id, data } of articles) {
		const entry = coverageOf.get(id);
		if (!entry) {
			silent.push({ id, label: articleLabel(data), lang: textLang(data), url: routes.article(id) });
			continue;
		}
		coverage.push({
			id,
			article: data,
			headline: data.headline.text,
			url: routes.article(id),
			stance: entry.stance,
			stanceLabel: stanceLabels[entry.stance],
			excerpt: { text: entry.excerpt, url: `${routes.article(id)}#claim-${claim.id}` },
			original: data.url ? textFragmentUrl(data.url, entry.excerpt) : undefined,
		});
	}
	// A stable sort: reading order holds within each stance.
	coverage.sort((a, b) => stanceOrder.indexOf(a.stance) - stanceOrder.indexOf(b.stance));
	const counts = stanceOrder
		.map((stance) => [stance, coverage.filter((c) => c.stance === stance).length] as const)
		.filter(([, n]) => n > 0);
	const covered = `${coverage.length} of ${plural(articles.length, 'article')} ${coverage.length === 1 ? 'covers' : 'cover'} this claim`;
	// "2 of 5 articles cover this claim, and both assert it" or "…: 1 asserts it, 1 disputes it".
	const all = coverage.length === 1 ? '' : coverage.length === 2 ? 'both ' : 'all ';
	const how =
		counts.length === 1
			? `, and ${all}${verb(counts[0]![0], coverage.length)}`
			: `: ${counts.map(([stance, n]) => `${n} ${verb(stance, n)}`).join(', ')}`;
	return {
		statement: claim.statement,
		topic: claim.topic,
		story: { title: story.title, url: routes.story(story.id) },
		summary: `${covered}${counts.length > 0 ? how : ''}.`,
		coverage,
		silent,
		compareUrl:
			coverage.length >= 2
				? routes.compareMany(
						story.id,
						articles.filter(({ id }) => coverageOf.has(id)).map(({ id }) => id),
					)
				: undefined,
	};
}
