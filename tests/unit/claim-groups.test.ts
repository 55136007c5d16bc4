import { describe, expect, it } from 'vitest';
import { divergenceOf } from '../../src/lib/compare/claim-alignment.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { articlesOfStory } from '../../src/lib/stories/story-articles.ts';
import { claimTallies, groupClaims } from '../../src/lib/stories/claim-groups.ts';
import { claimSchema, type Claim } from '../../src/schemas/claims.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const claim = (id: string, coverage: [string, string][]): Claim =>
	claimSchema.parse({
		id,
		statement: `Claim ${id}.`,
		topic: 'sovereignty',
		coverage: coverage.map(([article, stance]) => ({
			article,
			stance,
			excerpt: `${article} words`,
		})),
	});

describe('divergenceOf', () => {
	it.each([
		[['asserts', 'disputes'], 'disagree'],
		[['attributes', 'questions'], 'disagree'],
		[['asserts', 'attributes', 'disputes'], 'disagree'],
		[['asserts', 'attributes'], 'attribution'],
		[['asserts', 'asserts'], undefined],
		[['attributes', 'attributes'], undefined],
		[['disputes', 'questions'], undefined],
		[['asserts'], undefined],
	] as const)('%j → %s', (stances, expected) => {
		expect(divergenceOf(stances)).toBe(expected);
	});
});

describe('groupClaims', () => {
	const articles = ['a', 'b', 'c'];
	const groups = groupClaims(
		[
			claim('alone', [['b', 'asserts']]),
			claim('split', [
				['c', 'attributes'],
				['a', 'asserts'],
			]),
			claim('pair', [
				['a', 'asserts'],
				['b', 'asserts'],
			]),
			claim('all', [
				['a', 'asserts'],
				['b', 'asserts'],
				['c', 'attributes'],
				['x', 'disputes'],
			]),
			claim('fight', [
				['a', 'asserts'],
				['b', 'disputes'],
			]),
			claim('elsewhere', [['x', 'asserts']]),
		],
		articles,
	);

	it('puts disagreements before attribution splits, each split into its two camps', () => {
		expect(groups.differ.map((d) => [d.claim.id, d.divergence])).toEqual([
			['fight', 'disagree'],
			['split', 'attribution'],
			['all', 'attribution'],
		]);
		const [fight, split] = groups.differ;
		expect(fight!.camps.map((camp) => camp.map((t) => t.article))).toEqual([['a'], ['b']]);
		// Takes follow the articles' order, not the claim map's.
		expect(split!.camps.map((camp) => camp.map((t) => t.article))).toEqual([['a'], ['c']]);
	});

	it('leaves out articles not given (x), so a claim only they make is no one’s', () => {
		expect(groups.differ.find((d) => d.claim.id === 'all')!.camps.flat()).toHaveLength(3);
		expect(groups.agreed.map((g) => g.claim.id)).toEqual(['pair']);
		expect(groups.only).toEqual([
			{
				article: 'b',
				claims: [expect.objectContaining({ take: expect.objectContaining({ article: 'b' }) })],
			},
		]);
	});

	it('counts each article’s claims by group', () => {
		expect(Object.fromEntries(claimTallies(groups, articles))).toEqual({
			a: { agreed: 1, differ: 3, only: 0, total: 4 },
			b: { agreed: 1, differ: 2, only: 1, total: 4 },
			c: { agreed: 0, differ: 2, only: 0, total: 2 },
		});
	});
});

describe('the frozen Sheinbaum story', async () => {
	const { content } = await validateContent(fixtureContentDir);
	const story = 'sheinbaum-rejects-us-troops';
	const ids = articlesOfStory(story, [...content.articles.values()]).map((a) => a.id);
	const groups = groupClaims(content.claims.get(story)!.data.claims, ids);

	// The English opinion piece asserts that the cartels fuel the fentanyl crisis, which two
	// others attribute: one claim moves from agreed to an attribution split.
	it('has 17 claims where outlets differ: 6 disagreements and 11 attribution splits', () => {
		expect(groups.differ).toHaveLength(17);
		expect(groups.differ.filter((d) => d.divergence === 'disagree')).toHaveLength(6);
		expect(
			groups.differ.find((d) => d.claim.id === 'cartels-fuel-fentanyl-crisis')?.divergence,
		).toBe('attribution');
	});

	// The Spanish report alone cites the constitution.
	it('has 69 claims only one article makes, and 10 that two or more share without parting', () => {
		expect(groups.only.reduce((n, group) => n + group.claims.length, 0)).toBe(69);
		expect(groups.agreed).toHaveLength(10);
	});
});
