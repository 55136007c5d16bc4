import { describe, expect, it } from 'vitest';
import type { ArticleQuote } from '../../src/lib/quotes/views/article-quotes.ts';
import { groupQuotes } from '../../src/lib/quotes/views/group-quotes.ts';
import {
	quoteLines,
	type QuoteSource,
	shownQuoteText,
	sourceLabel,
} from '../../src/lib/quotes/views/quote-view.ts';
import { quotesByDate } from '../../src/lib/quotes/views/quotes-by-date.ts';
import type { PlacedQuote } from '../../src/lib/quotes/views/quotes-by-speaker.ts';
import { testArticle, testQuote } from '../support/article-fixture.ts';

const placed = (article: string, fields: Partial<ArticleQuote>): PlacedQuote => ({
	...testQuote({ speaker: 'claudia-sheinbaum', ...fields }),
	article,
});

/** Sources dated through the real schema, as the pages read them. */
function source(label: string, date: unknown): QuoteSource {
	return { label, date: testArticle({ date }).date };
}

const sources = new Map([
	[
		'may',
		source('Different Hub, “May”', { precision: 'inferred', earliest: '2025-05', reason: 'clues' }),
	],
	[
		'nov',
		source('Unknown outlet, “Nov”', {
			precision: 'inferred',
			earliest: '2024-11',
			latest: '2025-01',
			reason: 'clues',
		}),
	],
	['day', source('The Daily Test, “Day”', { precision: 'day', value: '2025-02-03' })],
	['none', source('Unknown outlet, “None”', { precision: 'unknown' })],
]);
const names = new Map([
	['claudia-sheinbaum', 'Claudia Sheinbaum'],
	['donald-trump', 'Donald Trump'],
]);
const articleUrl = (id: string) => `/articles/${id}/`;

describe('shownQuoteText', () => {
	it('trims the punctuation of the reporter’s sentence a fragment was cut from', () => {
		expect(shownQuoteText('not necessary,')).toBe('not necessary');
		expect(shownQuoteText('cooperation, yes; subordination and intervention, no')).toBe(
			'cooperation, yes; subordination and intervention, no',
		);
		expect(shownQuoteText('absolutely ruled out.')).toBe('absolutely ruled out');
		expect(shownQuoteText('The CIA is the big US cartel,')).toBe('The CIA is the big US cartel');
		expect(shownQuoteText('He said, ‘How can we help you,’')).toBe(
			'He said, ‘How can we help you’',
		);
	});

	it('keeps the speaker’s own sentence ends, abbreviations and ellipses', () => {
		expect(shownQuoteText('Mexico will fight its own battles—on its own soil.')).toBe(
			'Mexico will fight its own battles—on its own soil.',
		);
		expect(shownQuoteText('The CIA!! Yeah right.')).toBe('The CIA!! Yeah right.');
		expect(shownQuoteText('who do you think you are?')).toBe('who do you think you are?');
		expect(shownQuoteText('troops from the U.S.')).toBe('troops from the U.S.');
		expect(shownQuoteText('and so on…')).toBe('and so on…');
		expect(shownQuoteText(',')).toBe(',');
	});
});

describe('sourceLabel', () => {
	it('turns quote marks inside a headline single, as inside a quotation', () => {
		expect(sourceLabel('Unknown outlet', 'Sheinbaum calls the plan “entirely a movie”')).toBe(
			'Unknown outlet, “Sheinbaum calls the plan ‘entirely a movie’”',
		);
	});
});

describe('quoteLines', () => {
	it('lists each article once under a quotation, further passages linked on its line', () => {
		const [group] = groupQuotes([
			placed('nov', { id: 'q-entirely-a-movie', text: 'entirely a movie,' }),
			placed('nov', { id: 'q-entirely-a-movie-2', text: 'entirely a movie,' }),
			placed('may', { id: 'q-movie', text: 'entirely a movie' }),
			placed('nov', {
				id: 'q-recounted',
				text: 'entirely a movie',
				kind: 'nested',
				reportedBy: 'donald-trump',
			}),
		]);
		const lines = quoteLines(group!, sources, names, articleUrl);
		expect(lines.map((line) => line.article)).toEqual(['nov', 'may']);
		expect(lines[0]).toEqual({
			article: 'nov',
			source: 'Unknown outlet, “Nov”',
			url: '/articles/nov/#q-entirely-a-movie',
			how: 'direct',
			again: [
				{ url: '/articles/nov/#q-entirely-a-movie-2', label: 'quoted again' },
				{ url: '/articles/nov/#q-recounted', label: 'also recounted by Donald Trump' },
			],
		});
	});

	it('says how an unnamed speaker is described', () => {
		const [group] = groupQuotes([
			placed('day', { speaker: null, description: 'a security analyst', kind: 'pull' }),
		]);
		expect(quoteLines(group!, sources, names, articleUrl)[0]!.how).toBe(
			'pull quote, “a security analyst”',
		);
	});
});

describe('quotesByDate', () => {
	it('puts each quotation under the earliest article quoting it, dates in order, unknown last', () => {
		const groups = groupQuotes([
			placed('none', { text: 'Nobody knows when I said this' }),
			placed('may', { text: 'Sovereignty is not for sale.' }),
			placed('day', { text: 'We will cooperate, not subordinate,' }),
			placed('nov', { text: 'Sovereignty is not for sale' }),
		]);
		const sections = quotesByDate(groups, sources, names, articleUrl);
		expect(
			sections.map(({ label, inferred, quotes }) => [label, inferred, quotes.map((q) => q.text)]),
		).toEqual([
			['November 2024 – January 2025', true, ['Sovereignty is not for sale.']],
			['3 February 2025', false, ['We will cooperate, not subordinate']],
			['Date unknown', false, ['Nobody knows when I said this']],
		]);
		// The quotation under November is the May article's too: one line each.
		expect(sections[0]!.quotes[0]!.lines.map((line) => line.article)).toEqual(['may', 'nov']);
	});

	it('names an open-ended inferred date as such', () => {
		const sections = quotesByDate(groupQuotes([placed('may', {})]), sources, names, articleUrl);
		expect(sections.map((s) => [s.label, s.inferred])).toEqual([['May 2025 or later', true]]);
	});
});
