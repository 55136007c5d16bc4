import type { Dated } from '../../../schemas/common.ts';
import { dateSortKey, formatCalendar } from '../../text/format-date.ts';
import type { QuoteGroup } from './group-quotes.ts';
import type { PlacedQuote } from './quotes-by-speaker.ts';
import { type QuoteItem, type QuoteSource, quoteLines, shownQuoteText } from './quote-view.ts';

/** A speaker's quotations from coverage of one date. */
export interface QuoteDateSection {
	/** "May 2025", "November 2024 – January 2025", "Date unknown". */
	label: string;
	/** Whether the date is worked out from clues in the text rather than given. */
	inferred: boolean;
	quotes: QuoteItem[];
}

/** A date as a section of quotations is headed: the calendar words, and whether inferred. */
function dateLabel(date: Dated): { label: string; inferred: boolean } {
	switch (date.precision) {
		case 'day':
		case 'month':
			return { label: formatCalendar(date.value), inferred: false };
		case 'inferred': {
			const earliest = formatCalendar(date.earliest);
			const label =
				date.latest === undefined
					? `${earliest} or later`
					: date.latest === date.earliest
						? earliest
						: `${earliest} – ${formatCalendar(date.latest)}`;
			return { label, inferred: true };
		}
		case 'unknown':
			return { label: 'Date unknown', inferred: false };
	}
}

/**
 * A speaker's quotations by the date of the coverage, earliest first (unknown dates last):
 * each under the earliest article that quotes it, one line per article.
 */
export function quotesByDate(
	groups: readonly QuoteGroup<PlacedQuote>[],
	sources: ReadonlyMap<string, QuoteSource>,
	names: ReadonlyMap<string, string>,
	articleUrl: (id: string) => string,
): QuoteDateSection[] {
	const sections = new Map<string, QuoteDateSection & { key: string }>();
	for (const group of groups) {
		const dates = group.quotes
			.map((quote) => sources.get(quote.article)?.date)
			.filter((date) => date !== undefined);
		const date = dates.toSorted((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))[0] ?? {
			precision: 'unknown' as const,
		};
		const { label, inferred } = dateLabel(date);
		const id = `${label}${inferred ? ' (inferred)' : ''}`;
		let section = sections.get(id);
		if (!section) {
			const latest = date.precision === 'inferred' ? (date.latest ?? '') : '';
			section = { key: `${dateSortKey(date)}/${latest}`, label, inferred, quotes: [] };
			sections.set(id, section);
		}
		section.quotes.push({
			text: shownQuoteText(group.text),
			lang: group.quotes[0] && sources.get(group.quotes[0].article)?.lang,
			lines: quoteLines(group, sources, names, articleUrl),
		});
	}
	return [...sections.values()]
		.sort((a, b) => a.key.localeCompare(b.key))
		.map(({ key: _key, ...section }) => section);
}
