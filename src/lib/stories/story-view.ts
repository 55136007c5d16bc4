import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Story } from '../../schemas/story.ts';
import { shortHeadline } from '../articles/article-labels.ts';
import { alignClaims, type TopicRows } from '../compare/claim-alignment.ts';
import type { SpeakerQuotes } from '../quotes/quotes-by-speaker.ts';
import type { Routes } from '../routes.ts';
import { formatDated } from '../text/format-date.ts';

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

/** Everything a story page shows besides its summary text, shaped. */
export interface StoryView {
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
		reportedBy: { url: string; headline: string | undefined }[];
	}[];
	/** Named speakers, how to reach each, and how often each is quoted. */
	quoted: { url: string; name: string | undefined; count: number }[];
	structuredData: Record<string, unknown>[];
}

/** The story page: coverage, claim matrix, timeline, who is quoted. */
export function storyView(input: StoryInput): StoryView {
	const { story, articles, routes } = input;
	const stanceLabel = new Map(story.data.stanceScale.map((step) => [step.id, step.label]));
	const headlineOf = new Map(articles.map((a) => [a.id, a.data.headline.text]));
	return {
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
