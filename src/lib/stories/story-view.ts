import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Story } from '../../schemas/story.ts';
import { kindLabel, outletName, shortHeadline, textLang } from '../articles/article-labels.ts';
import { alignClaims, type TopicRows } from '../compare/claim-alignment.ts';
import { type CoverageMapGeometry, coverageMap } from '../figures/coverage-map.ts';
import { type TimeStripGeometry, timeStrip } from '../figures/time-strip.ts';
import type { SpeakerQuotes } from '../quotes/views/quotes-by-speaker.ts';
import type { Routes } from '../routes.ts';
import { formatDated } from '../text/format-date.ts';
import { type ClaimTally, claimTallies, groupClaims } from './claim-groups.ts';
import { type ArticleKey, claimMatrix, claimSections } from './story-claims-view.ts';
import { coverageSpan, monthWindow, shortDated } from './story-dates.ts';

/** What a story page is built from. */
export interface StoryInput {
	story: { id: string; data: Story };
	/** The story's articles in reading order. */
	articles: readonly { id: string; data: Article }[];
	claims: readonly Claim[];
	/** The story's quotations by speaker. */
	speakers: readonly SpeakerQuotes[];
	names: ReadonlyMap<string, string>;
	routes: Routes;
	/** The site's public address, for structured data. */
	site: URL | undefined;
}

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

/** Everything a story page shows besides its summary text, shaped. */
export interface StoryView {
	/** "5 articles · Nov 2024 – Jan 2026" */
	span: string;
	coverage: CoverageRow[];
	/** The coverage figure's drawings, a row for each article of `coverage`, in its order. */
	figure: CoverageMapGeometry;
	/** When the articles appeared and the events happened, in both layouts. */
	when: { wide: TimeStripGeometry; narrow: TimeStripGeometry; description: string } | undefined;
	stanceSteps: string[];
	counts: { claims: number; differ: number; disagree: number; agreed: number; only: number };
	differ: ReturnType<typeof claimSections>['differ'];
	agreed: ReturnType<typeof claimSections>['agreed'];
	only: ReturnType<typeof claimSections>['only'];
	matrix: ReturnType<typeof claimMatrix>;
	/** Each article's stance label on the story's scale, by article id. */
	stanceOf: Map<string, string | undefined>;
	compareAllUrl: string;
	claimCount: number;
	topics: TopicRows[];
	/** The matrix's column heads: article id and short label. */
	columns: { id: string; label: string }[];
	timeline: {
		id: string;
		date: string;
		event: string;
		reportedBy: { url: string; headline: string | undefined; lang: string | undefined }[];
	}[];
	/** Named speakers, how to reach each, and how often each is quoted. */
	quoted: { url: string; name: string | undefined; count: number }[];
	structuredData: Record<string, unknown>[];
}

/**
 * The story page: the coverage and its figure, where the articles part ways, what only one
 * says, the claim matrix, timeline, who is quoted.
 */
export function storyView(input: StoryInput): StoryView {
	const { story, articles, routes } = input;
	const scale = story.data.stanceScale;
	const stanceLabel = new Map(scale.map((step) => [step.id, step.label]));
	const headlineOf = new Map(articles.map((a) => [a.id, a.data.headline.text]));
	const langOf = new Map(articles.map((a) => [a.id, textLang(a.data)]));
	const ids = articles.map((a) => a.id);
	const groups = groupClaims(input.claims, ids);
	const tallies = claimTallies(groups, ids);
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
	const sections = claimSections(groups, new Map(coverage.map((row) => [row.id, row])), routes);
	const span = coverageSpan(articles.map((a) => a.data.date));
	const dated = articles.map(({ data }, i) => ({
		number: i + 1,
		when: monthWindow(data.date),
		exact: data.date.precision === 'day' || data.date.precision === 'month',
	}));
	const events = story.data.timeline.flatMap((e) => monthWindow(e.date) ?? []);
	const anyDate = dated.some((a) => a.when) || events.length > 0;
	return {
		span: `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}${span ? ` · ${span}` : ''}`,
		coverage,
		figure: coverageMap(steps, figureRows),
		when: anyDate
			? {
					wide: timeStrip(dated, events, 'wide'),
					narrow: timeStrip(dated, events, 'narrow'),
					description: coverage.map((row) => `${row.number}: ${row.date}`).join('; '),
				}
			: undefined,
		stanceSteps: steps,
		counts: {
			claims:
				groups.differ.length +
				groups.agreed.length +
				groups.only.reduce((n, o) => n + o.claims.length, 0),
			differ: groups.differ.length,
			disagree: groups.differ.filter((d) => d.divergence === 'disagree').length,
			agreed: groups.agreed.length,
			only: groups.only.reduce((n, o) => n + o.claims.length, 0),
		},
		...sections,
		matrix: claimMatrix(input.claims, ids, routes),
		stanceOf: new Map(
			articles.map((a) => [
				a.id,
				a.data.stance ? stanceLabel.get(a.data.stance.position) : undefined,
			]),
		),
		compareAllUrl: routes.compareMany(story.id),
		claimCount: input.claims.length,
		topics: alignClaims(
			input.claims,
			articles.map((a) => a.id),
		),
		columns: articles.map((a) => ({ id: a.id, label: shortHeadline(a.data.headline.text, 4) })),
		timeline: story.data.timeline.map((event) => ({
			id: event.id,
			date: formatDated(event.date),
			event: event.event,
			reportedBy: event.reportedBy.map((id) => ({
				url: routes.article(id),
				headline: headlineOf.get(id),
				lang: langOf.get(id),
			})),
		})),
		quoted: input.speakers.flatMap(({ speaker, groups }) =>
			speaker
				? [
						{
							url: routes.person(speaker),
							name: input.names.get(speaker),
							count: groups.reduce((sum, group) => sum + group.quotes.length, 0),
						},
					]
				: [],
		),
		structuredData: [
			{
				'@type': 'ItemList',
				name: `Coverage of “${story.data.title}”`,
				itemListElement: articles.map((article, i) => ({
					'@type': 'ListItem',
					position: i + 1,
					name: article.data.headline.text,
					url: new URL(routes.article(article.id), input.site).href,
				})),
			},
		],
	};
}
