import { describe, expect, it } from 'vitest';
import { languageName, languageTag, textLang } from '../../src/lib/articles/article-labels.ts';
import { manyView } from '../../src/lib/compare/many-view.ts';
import type { PairArticle } from '../../src/lib/compare/pair-side-view.ts';
import { pairView } from '../../src/lib/compare/pair-view.ts';
import { searchRecords } from '../../src/lib/search/search-records.ts';
import { routes } from '../../src/lib/routes.ts';
import { storyView } from '../../src/lib/stories/story-view.ts';
import type { Claim } from '../../src/schemas/claims.ts';
import { testArticle, testQuote, testStory } from '../support/article-fixture.ts';

const spanish = testArticle({
	language: 'es',
	headline: { text: 'México rechaza la intervención', source: 'article' },
});
const english = testArticle();
const claims: Claim[] = [
	{
		id: 'shared',
		statement: 'Mexico rejects intervention.',
		topic: 'sovereignty',
		coverage: [
			{ article: 'es', stance: 'asserts', excerpt: '«No a la intervención»' },
			{ article: 'en', stance: 'attributes', excerpt: 'no intervention, she said' },
		],
	},
];

describe('an article’s language in labels', () => {
	it('marks Spanish words lang="es" and leaves English ones to the page', () => {
		expect(textLang(spanish)).toBe('es');
		expect(textLang(english)).toBeUndefined();
	});

	it('tags a Spanish article "ES", named "in Spanish", and an English one not at all', () => {
		expect(languageTag(spanish)).toEqual({ code: 'ES', name: 'in Spanish' });
		expect(languageTag(english)).toBeUndefined();
		expect([languageName(spanish), languageName(english)]).toEqual(['Spanish', 'English']);
	});
});

describe('views carry the language of the words they hold', () => {
	const side = (id: string, data = english): PairArticle => ({ id, data, html: '', quotes: [] });

	it('pairView: the Spanish side, its excerpts and the links naming it', () => {
		const view = pairView({
			story: { id: 's', title: 'A story', stanceScale: [] },
			a: side('es', spanish),
			b: side('en'),
			others: [{ id: 'es', data: spanish }],
			claims,
			names: new Map(),
			routes: routes('/'),
		});
		expect(view.sides.map((s) => s.lang)).toEqual(['es', undefined]);
		expect(view.shared[0]!.a.lang).toBe('es');
		expect(view.shared[0]!.b.lang).toBeUndefined();
		expect(view.others[0]!.lang).toBe('es');
	});

	it('storyView and manyView: each article’s language, for its column, label and excerpts', () => {
		const articles = [
			{ id: 'es', data: spanish, body: 'Primer párrafo.' },
			{ id: 'en', data: english, body: 'First paragraph.' },
		];
		const story = storyView({
			story: { id: 's', data: testStory() },
			articles,
			claims,
			speakers: [],
			names: new Map(),
			routes: routes('/'),
			site: new URL('https://parallax.example'),
		});
		expect(story.coverage.map((row) => row.language)).toEqual(['es', 'en']);
		const takes = story.differ.flatMap((claim) => claim.camps.flatMap((camp) => camp.takes));
		expect(takes.map((take) => [take.excerpt, take.article.language])).toEqual([
			['«No a la intervención»', 'es'],
			['no intervention, she said', 'en'],
		]);
		const many = manyView({
			story: { id: 's', title: 'A story' },
			articles,
			claims,
			routes: routes('/'),
		});
		expect(many.columns.map((column) => column.language)).toEqual(['es', 'en']);
	});

	it('search records: a Spanish quote and headline say so, English ones and claims do not', () => {
		const records = searchRecords(
			's',
			claims,
			[
				{ id: 'es', headline: 'México rechaza', source: 'A', quotes: [testQuote()], lang: 'es' },
				{ id: 'en', headline: 'Mexico rejects', source: 'B', quotes: [testQuote()] },
			],
			new Map(),
			{ article: (id) => `/articles/${id}/`, story: (id) => `/stories/${id}/` },
		);
		expect(records.map((record) => [record.id, record.lang])).toEqual([
			['claim:shared', undefined],
			['headline:es', 'es'],
			['quote:es#q-x', 'es'],
			['headline:en', undefined],
			['quote:en#q-x', undefined],
		]);
		expect(records.filter((record) => !record.lang).every((r) => !('lang' in r))).toBe(true);
	});
});
