import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../scripts/lib/bench-stats.ts';
import { overBudget } from '../../scripts/lib/budgets.ts';
import { touchOneArticle } from '../../scripts/lib/build-scale.ts';
import type { PageMeasure } from '../../scripts/lib/site-measures.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { syntheticRecords } from '../../scripts/lib/synthetic-records.ts';
import { TextVariator } from '../../scripts/lib/synthetic-text.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';

const weight = (js: number, html: number) => ({
	byKind: {
		html: { raw: html * 3, gzip: html },
		css: { raw: 0, gzip: 0 },
		js: { raw: js * 3, gzip: js },
		font: { raw: 0, gzip: 0 },
		image: { raw: 0, gzip: 0 },
		other: { raw: 0, gzip: 0 },
	},
	requests: 3,
});
const scores = {
	performance: 100,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
	lcp: 900,
	tbt: 0,
	cls: 0,
};

describe('budgets', () => {
	it('hold for a light page, and name each one a page breaks', () => {
		const fine: PageMeasure = {
			name: 'article',
			route: 'articles/a/',
			weight: weight(4000, 20_000),
			lighthouse: scores,
		};
		expect(overBudget([fine])).toEqual([]);
		const heavy: PageMeasure = {
			name: 'pair compare',
			route: 'compare/a/b/',
			weight: weight(6000, 120_000),
			lighthouse: { ...scores, performance: 97, seo: 92 },
		};
		expect(overBudget([heavy])).toEqual([
			'pair compare (/compare/a/b/): JavaScript 6000 B gzipped, over 5120 B',
			'pair compare (/compare/a/b/): HTML+CSS+fonts 120000 B gzipped, over 102400 B',
			'pair compare (/compare/a/b/): Lighthouse performance 97, below 98',
			'pair compare (/compare/a/b/): Lighthouse seo 92, below 100',
		]);
		// Search may carry its own script: the JavaScript budget is for reading pages.
		expect(
			overBudget([{ ...heavy, name: 'search', weight: weight(9000, 1000), lighthouse: scores }]),
		).toEqual([]);
	});

	it('take percentiles by nearest rank', () => {
		expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
		expect(
			percentile(
				Array.from({ length: 100 }, (_, i) => i + 1),
				0.95,
			),
		).toBe(95);
		expect(percentile([], 0.5)).toBeNaN();
	});
});

describe('synthetic corpora', () => {
	it('vary real text, the same way for the same seed', () => {
		const real = ['Sheinbaum said sovereignty is not for sale, rejecting 10,000 troops.'];
		const a = new TextVariator(real, 3);
		const b = new TextVariator(real, 3);
		const varied = Array.from({ length: 20 }, () => a.vary(real[0]!));
		expect(varied).toEqual(Array.from({ length: 20 }, () => b.vary(real[0]!)));
		expect(new Set(varied).size).toBeGreaterThan(15);
		expect(() => new TextVariator(['42'], 1)).toThrow(/needs some real words/);
	});

	it('give search records that keep the real ones first and are not copies', () => {
		const real: SearchRecord[] = [
			{
				id: 'quote:a#q-1',
				type: 'quote',
				text: 'Sovereignty is not for sale, she told him.',
				context: 'A headline',
				speaker: 'Claudia Sheinbaum',
				outlets: ['X'],
				url: '/articles/a/#q-1',
			},
			{
				id: 'claim:c',
				type: 'claim',
				text: 'Mexico sent 10,000 troops to the border.',
				context: 'excerpt',
				outlets: ['X'],
				url: '/stories/s/#claim-c',
			},
		];
		const records = syntheticRecords(real, 500);
		expect(records).toHaveLength(500);
		expect(records.slice(0, 2)).toEqual(real);
		expect(new Set(records.map((r) => r.id)).size).toBe(500);
		expect(new Set(records.map((r) => r.text)).size).toBeGreaterThan(400);
	});

	it('give a content folder that passes validation', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'parallax-synthetic-'));
		try {
			const articles = await writeSyntheticContent('content', dir, {
				stories: 2,
				articlesPerStory: 3,
				claimsPerStory: 5,
			});
			expect(articles).toBe(6);
			expect((await readdir(path.join(dir, 'articles'))).length).toBe(6);
			const { problems, content } = await validateContent(dir);
			expect(problems).toEqual([]);
			expect(content.stories.size).toBe(2);
			const claims = await readFile(path.join(dir, 'claims/synthetic-story-1.yaml'), 'utf8');
			expect(claims).toContain('synthetic-story-1-claim-5');
			// The rebuild benchmark's edit keeps the content valid.
			await touchOneArticle(dir);
			expect((await validateContent(dir)).problems).toEqual([]);
			const touched = await readFile(
				path.join(dir, 'articles/synthetic-story-1-article-1.md'),
				'utf8',
			);
			expect(touched).toMatch(/^summary: .*\(Corrected\.\)'?$/m);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
