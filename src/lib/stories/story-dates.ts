import type { Dated } from '../../schemas/common.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "May 2025" from `YYYY-MM` or `YYYY-MM-DD` (the day left out: figures need the month). */
export function shortMonth(value: string): string {
	const [year, month] = value.split('-').map(Number);
	return `${months[(month ?? 1) - 1]} ${year}`;
}

/**
 * A date in a few words for a figure's label, its precision still said: "3 May 2025",
 * "May 2025", "Nov 2024 – Jan 2025, inferred", "May 2025 or later, inferred", "date unknown".
 */
export function shortDated(date: Dated): string {
	switch (date.precision) {
		case 'day': {
			const [, , day] = date.value.split('-').map(Number);
			return `${day} ${shortMonth(date.value)}`;
		}
		case 'month':
			return shortMonth(date.value);
		case 'inferred': {
			const from = shortMonth(date.earliest);
			const to = date.latest === undefined ? undefined : shortMonth(date.latest);
			if (to === undefined) return `${from} or later, inferred`;
			return to === from ? `${from}, inferred` : `${from} – ${to}, inferred`;
		}
		case 'unknown':
			return 'date unknown';
	}
}

/** The earliest and latest month a date can fall in; undefined when unknown. */
export function monthWindow(date: Dated): { from: string; to: string | undefined } | undefined {
	switch (date.precision) {
		case 'day':
		case 'month':
			return { from: date.value.slice(0, 7), to: date.value.slice(0, 7) };
		case 'inferred':
			return { from: date.earliest.slice(0, 7), to: date.latest?.slice(0, 7) };
		case 'unknown':
			return undefined;
	}
}

/** The months a set of articles spans, "Nov 2024 – Jan 2026"; undefined when no date is known. */
export function coverageSpan(dates: readonly Dated[]): string | undefined {
	const windows = dates.map(monthWindow).filter((w) => w !== undefined);
	if (windows.length === 0) return undefined;
	const first = windows.map((w) => w.from).sort()[0]!;
	const last = windows
		.map((w) => w.to ?? w.from)
		.sort()
		.at(-1)!;
	return first === last ? shortMonth(first) : `${shortMonth(first)} – ${shortMonth(last)}`;
}
