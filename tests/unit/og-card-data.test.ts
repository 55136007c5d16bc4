import { describe, expect, it } from 'vitest';
import { claimCardData, pairCardData, storyCardData } from '../../src/lib/og/og-card-data.ts';
import { ogCardTree } from '../../src/lib/og/og-card.ts';
import type { Claim } from '../../src/schemas/claims.ts';
import { testArticle } from '../support/article-fixture.ts';

const article = (id: string, outlet: string | null = 'The Daily Test') => ({
	id,
	data: testArticle({
		outlet,
		headline: { text: `What ${id} says about the troops`, source: 'article' },
	}),
});
const [left, right, third] = [article('left'), article('right', null), article('third')];

const claim = (id: string, coverage: [string, Claim['coverage'][number]['stance']][]): Claim => ({
	id,
	statement: `Claim ${id}.`,
	topic: 'sovereignty',
	coverage: coverage.map(([article, stance]) => ({ article, stance, excerpt: 'words' })),
});

const claims = [
	claim('both-tell', [
		['left', 'asserts'],
		['right', 'asserts'],
	]),
	claim('they-part', [
		['left', 'asserts'],
		['right', 'disputes'],
	]),
	claim('both-doubt', [
		['left', 'questions'],
		['right', 'disputes'],
		['third', 'asserts'],
	]),
	claim('left-alone', [['left', 'asserts']]),
	claim('right-alone', [['right', 'questions']]),
	claim('elsewhere', [['third', 'asserts']]),
];

describe('preview card data', () => {
	it('gives a pair what the two agree on, differ on and tell alone', () => {
		const card = pairCardData('A test story', left, right, claims);
		expect(card.stats).toEqual([
			{ value: 2, label: 'claims they agree on', tone: 'agree' },
			{ value: 1, label: 'claim they differ on', tone: 'differ' },
			{ value: 1, label: 'only in A' },
			{ value: 1, label: 'only in B' },
		]);
		expect(card.lines).toEqual([
			'A · The Daily Test: What left says about the troops',
			'B · Unknown outlet: What right says about the troops',
		]);
	});

	it('gives a story its articles, claims and the claims where its articles part ways', () => {
		const card = storyCardData(
			{ title: 'A test story', question: 'Should it have?' },
			[left, right, third],
			claims,
		);
		expect(card.stats!.map((stat) => [stat.value, stat.label])).toEqual([
			[3, 'articles side by side'],
			[6, 'claims mapped'],
			[2, 'claims where they differ'],
		]);
		expect(card.lines).toEqual(['Should it have?']);
	});

	it('gives a claim how many articles take each stance, silence included', () => {
		const card = claimCardData(claims[2]!, [left, right, third, article('fourth')]);
		expect(card.stats!.map((stat) => `${stat.value} ${stat.label}`)).toEqual([
			'1 asserts it',
			'1 questions it',
			'1 disputes it',
			'1 leaves it out',
		]);
	});

	it('lays the figures out in the card, the same tree for the same card', () => {
		const card = pairCardData('A test story', left, right, claims);
		const tree = JSON.stringify(ogCardTree(card));
		expect(tree).toContain('claims they agree on');
		expect(tree).toContain('only in B');
		expect(tree).toBe(
			JSON.stringify(ogCardTree(pairCardData('A test story', left, right, claims))),
		);
	});

	it('cuts a long title at a word, never inside one', () => {
		const long = { kind: 'Claim', title: `${'sovereignty '.repeat(20)}end`, stats: [], lines: [] };
		const text = JSON.stringify(ogCardTree(long));
		expect(text).toMatch(/sovereignty…/);
	});
});
