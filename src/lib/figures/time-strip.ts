import type { Label } from './coverage-map.ts';

/** A span of months, `YYYY-MM`; `to` undefined when it runs on ("or later"). */
export interface MonthSpan {
	from: string;
	to: string | undefined;
}

/** One article on the time strip: its number and when it appeared, if known. */
export interface TimeStripArticle {
	number: number;
	when: MonthSpan | undefined;
	/** The date is the article's own (a day or a month), not inferred. */
	exact: boolean;
}

/** A mark on a lane: a point for a known month, a bar for a window (open when it runs on). */
export interface TimeMark {
	x: number;
	width: number;
	open: boolean;
	exact: boolean;
}

/** The time strip, in units of its viewBox. */
export interface TimeStripGeometry {
	width: number;
	height: number;
	/** The events lane: one mark per dated event. */
	events: { y: number; label: Label; marks: TimeMark[] };
	lanes: {
		y: number;
		number: Label;
		badge: { cx: number; cy: number; r: number };
		mark: TimeMark | undefined;
		unknown: Label | undefined;
	}[];
	ticks: { x: number; y1: number; y2: number; label: Label | undefined }[];
}

const monthIndex = (month: string) => {
	const [year, m] = month.split('-').map(Number);
	return (year ?? 0) * 12 + ((m ?? 1) - 1);
};

const monthName = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];

/**
 * When a story's articles appeared and when the events they report happened, on one month
 * axis: a lane per article (numbered as on the story page) and one for the events. A known
 * month is a dot; an inferred window a bar across it, open-ended (faded to the edge) when the
 * clues give only its start. `narrow` is a phone's layout.
 */
export function timeStrip(
	articles: readonly TimeStripArticle[],
	events: readonly MonthSpan[],
	kind: 'wide' | 'narrow',
): TimeStripGeometry {
	const width = kind === 'wide' ? 720 : 358;
	const left = 28;
	const right = 8;
	const lane = kind === 'wide' ? 22 : 20;
	const top = 26;
	const months = [...articles.flatMap((a) => (a.when ? [a.when] : [])), ...events].flatMap((w) => [
		monthIndex(w.from),
		...(w.to ? [monthIndex(w.to)] : []),
	]);
	const first = Math.min(...months);
	// One month of room after the last so an open window visibly runs on.
	const last = Math.max(...months) + 2;
	const span = Math.max(1, last - first);
	const x = (month: number) => round(left + ((month - first) / span) * (width - left - right));
	const mark = (when: MonthSpan, exact: boolean): TimeMark => {
		const start = monthIndex(when.from);
		const end = when.to === undefined ? last : monthIndex(when.to) + 1;
		return { x: x(start), width: round(x(end) - x(start)), open: when.to === undefined, exact };
	};
	const rows = articles.map((article, i) => {
		const y = top + lane * (i + 1) + lane / 2;
		return {
			y,
			number: { x: 10, y: y + 4, text: String(article.number), anchor: 'middle' as const },
			badge: { cx: 10, cy: y, r: 8.5 },
			mark: article.when && mark(article.when, article.exact),
			unknown: article.when ? undefined : { x: left, y: y + 4, text: 'date unknown' },
		};
	});
	const height = top + lane * (articles.length + 1) + 8;
	const every = kind === 'wide' ? 3 : 6;
	const ticks = Array.from({ length: span + 1 }, (_, k) => first + k)
		.filter((m) => (m - first) % every === 0 || m % 12 === 0)
		.map((m) => ({
			x: x(m),
			y1: top - 4,
			y2: height - 6,
			label:
				(m - first) % every === 0
					? {
							x: x(m),
							y: 12,
							text: `${monthName[m % 12]} ${Math.floor(m / 12)}`,
							anchor:
								x(m) < 48
									? ('start' as const)
									: x(m) > width - 40
										? ('end' as const)
										: ('middle' as const),
						}
					: undefined,
		}));
	return {
		width,
		height,
		events: {
			y: top + lane / 2,
			label: { x: 10, y: top + lane / 2 + 4, text: '◆', anchor: 'middle' },
			// Events are points where they begin: their windows would pile up on one lane.
			marks: events.map((event) => ({ ...mark(event, false), width: 0, open: false })),
		},
		lanes: rows,
		ticks,
	};
}

const round = (n: number) => Math.round(n * 10) / 10;
