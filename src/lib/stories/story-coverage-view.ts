import type { Article } from '../../schemas/article.ts';
import type { Story } from '../../schemas/story.ts';
import { kindLabel, outletName, shortHeadline } from '../articles/article-labels.ts';
import { type CoverageMapGeometry, coverageMap } from '../figures/coverage-map.ts';
import type { Routes } from '../routes.ts';
import type { ClaimTally } from './claim-groups.ts';
import type { ArticleKey } from './story-claims-view.ts';
import { coverageSpan, shortDated } from './story-dates.ts';

/** The story page's head, shaped: the span of its coverage and the figure of every article. */

/** An article in the story's coverage, numbered as the page numbers it everywhere. */
export interface CoverageRow extends ArticleKey {
	url: string;
	headline: string;
	outlet: string;
	date: string;
	/** Its stance on the story's question in the scale's words; undefined until judged. */
	stance: string | undefined;
	tally: ClaimTally;
	/** What its row of the coverage figure shows, in words (the drawing's accessible name). */
	figureLabel: string;
}

/** The story's coverage: how many articles over how long, each article's row, its figure. */
export interface CoverageView {
	/** "5 articles · Nov 2024 – Jan 2026" */
	span: string;
	coverage: CoverageRow[];
	/** The coverage figure's drawings, a row for each article of `coverage`, in its order. */
	figure: CoverageMapGeometry;
	stanceSteps: string[];
}

/** Each article numbered, with its stance on the story's scale and its claims tallied. */
export function coverageView(
	articles: readonly { id: string; data: Article }[],
	scale: Story['stanceScale'],
	tallies: ReadonlyMap<string, ClaimTally>,
	routes: Routes,
): CoverageView {
	const stanceLabel = new Map(scale.map((step) => [step.id, step.label]));
	const coverage = articles.map(({ id, data }, i): CoverageRow => {
		const stance = data.stance ? stanceLabel.get(data.stance.position) : undefined;
		const tally = tallies.get(id)!;
		return {
			id,
			number: i + 1,
			label: shortHeadline(data.headline.text, 4),
			kind: kindLabel(data),
			language: data.language,
			url: routes.article(id),
			headline: data.headline.text,
			outlet: outletName(data),
			date: shortDated(data.date),
			stance,
			tally,
			figureLabel:
				`${stance ?? 'Stance not yet judged'}; ${tally.total} ${tally.total === 1 ? 'claim' : 'claims'}: ` +
				`${tally.differ} where the articles differ, ${tally.agreed} shared, ${tally.only} only here`,
		};
	});
	const figureRows = articles.map(({ data }, i) => {
		const step = scale.findIndex((s) => s.id === data.stance?.position);
		const { differ, agreed, only } = coverage[i]!.tally;
		return { step: step >= 0 ? step : undefined, claims: { differ, agreed, only } };
	});
	const steps = scale.map((s) => s.label);
	const span = coverageSpan(articles.map((a) => a.data.date));
	return {
		span: `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}${span ? ` · ${span}` : ''}`,
		coverage,
		figure: coverageMap(steps, figureRows),
		stanceSteps: steps,
	};
}
