import type { Dated } from '../../schemas/common.ts';

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "3 May 2025" or "May 2025", from `YYYY-MM-DD` or `YYYY-MM`. */
export function formatCalendar(value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	const monthName = monthNames[(month ?? 1) - 1];
	return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * A date as a reader should see it, with its precision said out loud:
 * "3 May 2025", "May 2025", "inferred: May 2025 or later", "date unknown".
 */
export function formatDated(date: Dated): string {
	switch (date.precision) {
		case 'day':
		case 'month':
			return formatCalendar(date.value);
		case 'inferred': {
			const earliest = formatCalendar(date.earliest);
			if (date.latest === undefined) return `inferred: ${earliest} or later`;
			if (date.latest === date.earliest) return `inferred: ${earliest}`;
			return `inferred: ${earliest} – ${formatCalendar(date.latest)}`;
		}
		case 'unknown':
			return 'date unknown';
	}
}

/** A sortable key: the known or earliest possible date; unknown dates sort last. */
export function dateSortKey(date: Dated): string {
	switch (date.precision) {
		case 'day':
		case 'month':
			return date.value;
		case 'inferred':
			return date.earliest;
		case 'unknown':
			return '9999';
	}
}

/** The machine-readable form for `<time datetime>`, when there is one. */
export function datetimeAttribute(date: Dated): string | undefined {
	return date.precision === 'day' || date.precision === 'month' ? date.value : undefined;
}
