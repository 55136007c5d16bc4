import { describe, expect, it } from 'vitest';
import { manyLayout } from '../../src/lib/compare/column-choice.ts';
import { manyView } from '../../src/lib/compare/many-view.ts';
import { routes } from '../../src/lib/routes.ts';
import { claimSchema } from '../../src/schemas/claims.ts';
import { testArticle } from '../support/article-fixture.ts';

const articles = ['one', 'two', 'three'].map((id) => ({
	id,
	data: testArticle({
		headline: { text: `The ${id} headline, with more words`, source: 'article' },
	}),
	lede: `The lede of ${id}.`,
}));
const claims = [
	claimSchema.parse({
		id: 'c',
		statement: 'A claim.',
		topic: 'us-policy',
		coverage: [
			{ article: 'three', stance: 'disputes', excerpt: 'no' },
			{ article: 'one', stance: 'asserts', excerpt: 'yes' },
		],
	}),
];
const view = manyView({
	story: { id: 's', title: 'A story' },
	articles,
	claims,
	routes: routes('/'),
});

describe('manyView', () => {
	it('makes a numbered column of each article, with its lede', () => {
		expect(view.columns.map((c) => [c.number, c.id, c.lede])).toEqual([
			[1, 'one', 'The lede of one.'],
			[2, 'two', 'The lede of two.'],
			[3, 'three', 'The lede of three.'],
		]);
		expect(view.columns[0]!.meta).toBe('The Daily Test · news');
	});

	it('sets each claim’s takes in column order, linked to the passage, omissions empty', () => {
		const [{ topic, rows }] = view.topics as [(typeof view.topics)[number]];
		expect(topic).toBe('us policy');
		expect(rows[0]!.covered).toBe(2);
		expect(rows[0]!.cells).toEqual([
			{ stance: 'asserts', excerpt: 'yes', href: '/articles/one/#claim-c' },
			undefined,
			{ stance: 'disputes', excerpt: 'no', href: '/articles/three/#claim-c' },
		]);
	});

	it('shows columns for a few articles and cards for many', () => {
		expect(view.layout).toBe('columns');
		expect(manyLayout(6)).toBe('columns');
		expect(manyLayout(7)).toBe('cards');
	});
});
