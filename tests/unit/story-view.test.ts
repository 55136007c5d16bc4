import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { storyView } from '../../src/lib/stories/story-view.ts';
import { testArticle, testStory } from '../support/article-fixture.ts';

const story = {
	id: 'test-story',
	data: testStory({
		timeline: [
			{
				id: 'offer',
				date: { precision: 'month', value: '2025-04' },
				event: 'An offer is made.',
				reportedBy: ['one', 'two'],
			},
		],
	}),
};
const articles = [
	{
		id: 'one',
		data: testArticle({
			stance: { position: 'against', rationale: 'It says no.', evidence: ['no'] },
		}),
	},
	{ id: 'two', data: testArticle({ headline: { text: 'Second', source: 'article' } }) },
];
const group = (n: number) => ({
	speaker: 'claudia-sheinbaum',
	text: 'x',
	quotes: Array.from({ length: n }, () => ({}) as never),
});

const view = storyView({
	story,
	articles,
	claims: [
		{
			id: 'c',
			statement: 'A claim.',
			topic: 'sovereignty',
			coverage: [{ article: 'two', stance: 'asserts', excerpt: 'e' }],
		},
	],
	speakers: [
		{ speaker: 'claudia-sheinbaum', groups: [group(2), group(1)] },
		{ speaker: null, groups: [{ speaker: null, text: 'y', quotes: [] }] },
	],
	names: new Map([['claudia-sheinbaum', 'Claudia Sheinbaum']]),
	routes: routes('/'),
	site: new URL('https://parallax.example'),
});

describe('storyView', () => {
	it('words each article’s stance with the story’s own scale, and says nothing when unjudged', () => {
		expect(view.stanceOf.get('one')).toBe('Against it');
		expect(view.stanceOf.get('two')).toBeUndefined();
	});

	it('lays the claim matrix out with one column per article, in reading order', () => {
		expect(view.columns.map((c) => c.id)).toEqual(['one', 'two']);
		expect(view.topics[0]!.rows[0]!.cells).toEqual([
			undefined,
			{ stance: 'asserts', excerpt: 'e' },
		]);
		expect(view.matrix[0]!.rows[0]!.cells).toEqual([
			undefined,
			{ stance: 'asserts', href: '/articles/two/#claim-c' },
		]);
	});

	it('numbers the articles in reading order and counts each one’s claims by group', () => {
		expect(view.coverage.map((row) => [row.number, row.id, row.stance, row.tally])).toEqual([
			[1, 'one', 'Against it', { agreed: 0, differ: 0, only: 0, total: 0 }],
			[2, 'two', undefined, { agreed: 0, differ: 0, only: 1, total: 1 }],
		]);
		expect(view.span).toBe('2 articles · May 2025');
		expect(view.counts).toEqual({ claims: 1, differ: 0, disagree: 0, agreed: 0, only: 1 });
		expect(view.only).toEqual([
			{
				article: expect.objectContaining({ id: 'two', number: 2, label: 'Second' }),
				url: '/articles/two/',
				claims: [expect.objectContaining({ id: 'c', statement: 'A claim.' })],
			},
		]);
	});

	it('draws a row of the coverage figure per article, a dot on the scale for the judged only', () => {
		expect(view.figure.rows).toHaveLength(2);
		expect(view.figure.rows[0]!.dot).toBeDefined();
		expect(view.figure.rows[1]!.dot).toBeUndefined();
		expect(view.coverage.map((row) => row.figureLabel)).toEqual([
			'Against it; 0 claims: 0 where the articles differ, 0 shared, 0 only here',
			'Stance not yet judged; 1 claim: 0 where the articles differ, 0 shared, 1 only here',
		]);
	});

	it('dates timeline events as readers read them and links each report', () => {
		expect(view.timeline[0]).toMatchObject({
			date: 'April 2025',
			reportedBy: [
				{ url: '/articles/one/', headline: testArticle().headline.text },
				{ url: '/articles/two/', headline: 'Second' },
			],
		});
	});

	it('counts every quotation of each named speaker and leaves the unnamed out', () => {
		expect(view.quoted).toEqual([
			{ url: '/people/claudia-sheinbaum/', name: 'Claudia Sheinbaum', count: 3 },
		]);
	});
});
