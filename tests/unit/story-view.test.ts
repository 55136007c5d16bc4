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
		expect(view.topics[0]!.rows[0]!.cells).toEqual([undefined, { stance: 'asserts', excerpt: 'e' }]);
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
