import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	isExcerptSentence,
	type Suggest,
	scoreArticle,
	scoreLeaveOneOut,
	totalScore,
	withoutArticle,
} from '../../src/lib/claims/score-suggestions.ts';
import { scoreTable } from '../../src/lib/claims/score-table.ts';
import { claimSuggestions } from '../../src/lib/claims/suggest-claims.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import type { Claim } from '../../src/schemas/claims.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const claim = (id: string, coverage: Claim['coverage']): Claim => ({
	id,
	statement: `Statement of ${id}.`,
	topic: 'topic',
	coverage,
});

const map: Claim[] = [
	claim('shared', [
		{
			article: 'a',
			stance: 'attributes',
			excerpt: 'the minister said the bridge would open in May',
		},
		{ article: 'b', stance: 'asserts', excerpt: 'The bridge opens in May.' },
	]),
	claim('also-shared', [
		{ article: 'a', stance: 'disputes', excerpt: 'costs will not fall' },
		{ article: 'b', stance: 'asserts', excerpt: 'Costs will fall.' },
	]),
	claim('only-a', [{ article: 'a', stance: 'asserts', excerpt: 'Rain fell all week.' }]),
	claim('only-b', [{ article: 'b', stance: 'asserts', excerpt: 'The mayor resigned.' }]),
];
const articleA = {
	id: 'a',
	text: 'On Monday the minister said the bridge would open in May. Critics say costs will not fall. Rain fell all week.',
};

describe('isExcerptSentence', () => {
	it('takes a sentence holding the excerpt, quote marks, case and spacing aside', () => {
		expect(
			isExcerptSentence('He called it “entirely a movie,” she said.', 'it "entirely a movie,"'),
		).toBe(true);
		expect(isExcerptSentence('The bridge opens in May.', 'bridge opens')).toBe(true);
		expect(isExcerptSentence('The bridge opens in May.', 'bridge closes')).toBe(false);
	});

	it('takes a sentence 70 % of whose words stand in the excerpt', () => {
		const excerpt = 'Sovereignty is not for sale. Sovereignty is loved and defended.';
		expect(isExcerptSentence('Sovereignty is loved and defended.’”', excerpt)).toBe(true);
		expect(isExcerptSentence('Sovereignty is a word she often uses.', excerpt)).toBe(false);
	});
});

describe('leave-one-out scoring', () => {
	it('hides an article’s entries, dropping the claims only it covers', () => {
		const rest = withoutArticle(map, 'a');
		expect(rest.map((c) => c.id)).toEqual(['shared', 'also-shared', 'only-b']);
		expect(rest.every((c) => c.coverage.every((entry) => entry.article !== 'a'))).toBe(true);
	});

	it('counts recall over shared claims, precision over suggestions, stance over right ones', () => {
		const seen: string[][] = [];
		const suggest: Suggest = (_id, _text, claims) => {
			seen.push(claims.map((c) => c.id));
			return [
				// right claim, right sentence, right stance
				{
					sentence: 'On Monday the minister said the bridge would open in May.',
					claimId: 'shared',
					stance: 'attributes',
				},
				// right claim, right sentence, wrong stance
				{ sentence: 'Critics say costs will not fall.', claimId: 'also-shared', stance: 'asserts' },
				// right claim again on a wrong sentence
				{ sentence: 'Rain fell all week.', claimId: 'shared', stance: 'asserts' },
				// a claim the article does not cover
				{ sentence: 'Rain fell all week.', claimId: 'only-b' },
			];
		};
		const score = scoreArticle(articleA, map, suggest);
		expect(seen).toEqual([['shared', 'also-shared', 'only-b']]);
		expect(score).toEqual({
			label: 'a',
			covered: 2,
			found: 2,
			onlyHere: 1,
			suggestions: 4,
			right: 2,
			withStance: 2,
			stanceRight: 1,
		});
	});

	it('scores every article and adds the counts up', () => {
		const none: Suggest = () => [];
		const scores = scoreLeaveOneOut(
			[articleA, { id: 'b', text: 'The mayor resigned.' }],
			map,
			none,
		);
		expect(scores.map((s) => [s.label, s.covered, s.onlyHere])).toEqual([
			['a', 2, 1],
			['b', 2, 1],
		]);
		const total = totalScore('total', scores);
		expect([total.covered, total.found, total.onlyHere, total.suggestions]).toEqual([4, 0, 2, 0]);
		const [, head, first] = scoreTable('title', scores);
		expect(head).toMatch(/recall +precision +stance +only here/);
		expect(first).toMatch(/^a +0% +0\/2 +— +0\/0 +— +0\/0 +1$/);
	});
});

/**
 * Floors on the frozen fixture content (the published map's five articles and two written
 * for the tests), a few points under what the suggester measures there leave-one-out on its six
 * English articles: recall 31/79 (39 %), precision 31/43 (72 %), stance 25/31 (81 %). They are
 * all a tuning set; the unseen figure is `npm run claims:score -- --set unseen`. The floors
 * guard against regressions, not the targets (90 %, 70 %).
 */
describe('the suggester on the fixture claim map', async () => {
	const { content } = await validateContent(fixtureContentDir);
	const [map] = [...content.claims.values()];
	// The suggester matches English words against the map's English statements and excerpts:
	// it is scored on the English articles. A Spanish one cannot share a word with a claim in
	// English (its excerpts are its own Spanish words), so it leaves the map for this score.
	const spanish = [...content.articles.values()].filter((a) => a.data.language !== 'en');
	const english = [...content.articles.values()].filter((a) => a.data.language === 'en');
	const articles = english.map((a) => ({ id: a.id, text: a.text }));
	const claims = spanish.reduce((rest, a) => withoutArticle(rest, a.id), map!.data.claims);
	const all = totalScore('all', scoreLeaveOneOut(articles, claims, claimSuggestions));

	it('finds claims on the right sentence, and is mostly right when it suggests', () => {
		expect(all.found / all.covered).toBeGreaterThanOrEqual(0.37);
		expect(all.right / all.suggestions).toBeGreaterThanOrEqual(0.66);
	});

	it('suggests the curated stance for most right suggestions', () => {
		expect(all.withStance).toBe(all.right);
		expect(all.stanceRight / all.withStance).toBeGreaterThanOrEqual(0.75);
	});

	it('counts the claims only one article makes apart', () => {
		expect(all.onlyHere).toBe(68);
	});
});

describe('the unseen claim set (tests/fixtures/claims-unseen)', () => {
	// Only its validity is checked here, never its items: a folder that stops validating (as
	// when `language` became required) cannot be scored at all.
	it('validates, so `npm run claims:score -- --set unseen` can score it', async () => {
		const { problems } = await validateContent(path.resolve('tests/fixtures/claims-unseen'));
		expect(problems).toEqual([]);
	});
});
