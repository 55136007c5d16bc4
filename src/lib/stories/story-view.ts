import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Story } from '../../schemas/story.ts';
import { shortHeadline } from '../articles/article-labels.ts';
import { alignClaims, type TopicRows } from '../compare/claim-alignment.ts';
import type { SpeakerQuotes } from '../quotes/views/quotes-by-speaker.ts';
import type { Routes } from '../routes.ts';
import { claimTallies, groupClaims } from './claim-groups.ts';
import { claimMatrix, claimSections } from './story-claims-view.ts';
import { type CoverageView, coverageView } from './story-coverage-view.ts';
import { type TimelineView, timelineView } from './story-timeline-view.ts';

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

/**
 * Everything a story page shows besides its summary text, shaped: its head and coverage figure
 * (story-coverage-view.ts) and timeline (story-timeline-view.ts), and the rest here.
 */
export interface StoryView extends CoverageView, TimelineView {
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
	const ids = articles.map((a) => a.id);
	const groups = groupClaims(input.claims, ids);
	const head = coverageView(articles, story.data.stanceScale, claimTallies(groups, ids), routes);
	const { coverage } = head;
	const sections = claimSections(groups, new Map(coverage.map((row) => [row.id, row])), routes);
	return {
		...head,
		...timelineView(story.data, articles, coverage, routes),
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
		// A coverage row's stance is the article's step in the scale's words.
		stanceOf: new Map(coverage.map((row) => [row.id, row.stance])),
		compareAllUrl: routes.compareMany(story.id),
		claimCount: input.claims.length,
		topics: alignClaims(
			input.claims,
			articles.map((a) => a.id),
		),
		columns: articles.map((a) => ({ id: a.id, label: shortHeadline(a.data.headline.text, 4) })),
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
