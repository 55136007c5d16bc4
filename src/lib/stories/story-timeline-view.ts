import type { Article } from '../../schemas/article.ts';
import type { Story } from '../../schemas/story.ts';
import { textLang } from '../articles/article-labels.ts';
import { type TimeStripGeometry, timeStrip } from '../figures/time-strip.ts';
import type { Routes } from '../routes.ts';
import { formatDated } from '../text/format-date.ts';
import type { CoverageRow } from './story-coverage-view.ts';
import { monthWindow } from './story-dates.ts';

/** The story page's timeline, shaped: when the articles appeared, and the events they report. */

/** The timeline section: its figure, where any date is known, and its list of events. */
export interface TimelineView {
	/** When the articles appeared and the events happened, in both layouts. */
	when: { wide: TimeStripGeometry; narrow: TimeStripGeometry; description: string } | undefined;
	timeline: {
		id: string;
		date: string;
		event: string;
		reportedBy: { url: string; headline: string | undefined; lang: string | undefined }[];
	}[];
}

/** The story's events against its articles' dates, the articles numbered as in `coverage`. */
export function timelineView(
	story: Story,
	articles: readonly { id: string; data: Article }[],
	coverage: readonly CoverageRow[],
	routes: Routes,
): TimelineView {
	const headlineOf = new Map(articles.map((a) => [a.id, a.data.headline.text]));
	const langOf = new Map(articles.map((a) => [a.id, textLang(a.data)]));
	const dated = articles.map(({ data }, i) => ({
		number: i + 1,
		when: monthWindow(data.date),
		exact: data.date.precision === 'day' || data.date.precision === 'month',
	}));
	const events = story.timeline.flatMap((e) => monthWindow(e.date) ?? []);
	const anyDate = dated.some((a) => a.when) || events.length > 0;
	return {
		when: anyDate
			? {
					wide: timeStrip(dated, events, 'wide'),
					narrow: timeStrip(dated, events, 'narrow'),
					description: coverage.map((row) => `${row.number}: ${row.date}`).join('; '),
				}
			: undefined,
		timeline: story.timeline.map((event) => ({
			id: event.id,
			date: formatDated(event.date),
			event: event.event,
			reportedBy: event.reportedBy.map((id) => ({
				url: routes.article(id),
				headline: headlineOf.get(id),
				lang: langOf.get(id),
			})),
		})),
	};
}
