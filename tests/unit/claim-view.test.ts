import { describe, expect, it } from 'vitest';
import { claimView } from '../../src/lib/claims/claim-view.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Claim } from '../../src/schemas/claims.ts';
import { testArticle } from '../support/article-fixture.ts';

const article = (id: string, fields: Parameters<typeof testArticle>[0] = {}) => ({
	id,
	data: testArticle({
		headline: { text: `The “${id}” headline, with several more words after it`, source: 'article' },
		...fields,
	}),
});

// Reading order: the article that asserts the claim comes last.
const articles = [
	article('first', { outlet: null }),
	article('second'),
	article('third', { url: 'https://news.example/third' }),
	article('fourth'),
];

const claim = (coverage: Claim['coverage']): Claim => ({
	id: 'troops-rejected',
	statement: 'Mexico rejected the troops.',
	topic: 'sovereignty',
	coverage,
});

const view = (coverage: Claim['coverage']) =>
	claimView({
		claim: claim(coverage),
		story: { id: 'test-story', title: 'A test story' },
		articles,
		routes: routes('/'),
	});

describe('claimView', () => {
	it('leads with the articles that cover the claim, those that assert it first', () => {
		const shown = view([
			{ article: 'second', stance: 'disputes', excerpt: 'no such thing' },
			{ article: 'fourth', stance: 'asserts', excerpt: 'Mexico said no to the troops' },
			{ article: 'third', stance: 'attributes', excerpt: 'officials say Mexico said no' },
		]);
		expect(shown.coverage.map((c) => [c.id, c.stance])).toEqual([
			['fourth', 'asserts'],
			['third', 'attributes'],
			['second', 'disputes'],
		]);
		expect(shown.coverage[0]).toMatchObject({
			stanceLabel: 'Asserts it',
			url: '/articles/fourth/',
			excerpt: {
				text: 'Mexico said no to the troops',
				url: '/articles/fourth/#claim-troops-rejected',
			},
			original: undefined,
		});
		expect(shown.coverage[1]!.original).toBe(
			'https://news.example/third#:~:text=officials%20say%20Mexico%20said%20no',
		);
		expect(shown.summary).toBe(
			'3 of 4 articles cover this claim: 1 asserts it, 1 attributes it to others, 1 disputes it.',
		);
		expect(shown.compareUrl).toBe('/stories/test-story/compare/?articles=second,third,fourth');
	});

	it('names the articles that do not mention it in one line, in reading order', () => {
		const shown = view([{ article: 'fourth', stance: 'asserts', excerpt: 'Mexico said no' }]);
		expect(shown.silent).toEqual([
			{
				id: 'first',
				label: 'Unknown outlet, “The ‘first’ headline, with several more words after…”',
				url: '/articles/first/',
			},
			{
				id: 'second',
				label: 'The Daily Test, “The ‘second’ headline, with several more words after…”',
				url: '/articles/second/',
			},
			{
				id: 'third',
				label: 'The Daily Test, “The ‘third’ headline, with several more words after…”',
				url: '/articles/third/',
			},
		]);
		expect(shown.summary).toBe('1 of 4 articles covers this claim, and asserts it.');
		// One article is no comparison.
		expect(shown.compareUrl).toBeUndefined();
	});

	it('says so when every covering article takes the same stance', () => {
		expect(
			view([
				{ article: 'first', stance: 'questions', excerpt: 'a' },
				{ article: 'second', stance: 'questions', excerpt: 'b' },
			]).summary,
		).toBe('2 of 4 articles cover this claim, and both question it.');
		expect(
			view([
				{ article: 'first', stance: 'asserts', excerpt: 'a' },
				{ article: 'second', stance: 'asserts', excerpt: 'b' },
				{ article: 'third', stance: 'asserts', excerpt: 'c' },
			]).summary,
		).toBe('3 of 4 articles cover this claim, and all assert it.');
	});
});
