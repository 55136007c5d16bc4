import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
	breakDown,
	longTasksIn,
	percentile,
	samplePrefixes,
	slowestBreakdown,
	typedPrefixes,
} from '../../scripts/lib/bench-stats.ts';
import { overBudget } from '../../scripts/lib/budgets.ts';
import { astroBuildCommand, correction, touchOneArticle } from '../../scripts/lib/build-scale.ts';
import type { PageMeasure } from '../../scripts/lib/site-measures.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { expertFuse, expertWords } from '../../scripts/lib/search-baselines.ts';
import { searchedContent, syntheticRecords } from '../../scripts/lib/synthetic-records.ts';
import { TextVariator } from '../../scripts/lib/synthetic-text.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';

const run = promisify(execFile);

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

describe('search bench sampling', () => {
	it('asks every prefix of every query once, in typing order', () => {
		expect(typedPrefixes(['ab', 'abc', 'b'])).toEqual(['a', 'ab', 'abc', 'b']);
	});

	it('samples prefixes evenly, the same for the same arguments, keeping every whole query', () => {
		const whole = ['sovereignty', 'cartel leaders', 'fentanyl'];
		const prefixes = typedPrefixes(whole);
		expect(samplePrefixes(prefixes, whole, 1000)).toEqual(prefixes);
		const sample = samplePrefixes(prefixes, whole, 12);
		expect(sample).toHaveLength(12);
		expect(sample).toEqual(expect.arrayContaining(whole));
		expect(sample).toEqual(prefixes.filter((prefix) => sample.includes(prefix))); // in order
		expect(samplePrefixes(prefixes, whole, 12)).toEqual(sample);
		// Spread over all the queries, not the first one's prefixes only.
		expect(sample.filter((prefix) => prefix.startsWith('c')).length).toBeGreaterThan(2);
		expect(samplePrefixes(prefixes, whole, 1)).toEqual(whole);
	});

	it('tells long tasks apart by when they began', () => {
		const tasks = [
			{ startTime: 5, duration: 60 },
			{ startTime: 100, duration: 80 },
			{ startTime: 150, duration: 55 },
		];
		expect(longTasksIn(tasks, 0, 100)).toEqual({ count: 1, longest: 60 });
		expect(longTasksIn(tasks, 100, Number.POSITIVE_INFINITY)).toEqual({ count: 2, longest: 80 });
		expect(longTasksIn([], 0, 10)).toEqual({ count: 0, longest: 0 });
	});

	it('splits a call into waiting on fetches and other work, counting fetches in a row', () => {
		// A term file (10–20), then two postings at once (25–40, 30–45), then a block (50–60).
		const fetches: [number, number][] = [
			[10, 20],
			[25, 40],
			[30, 45],
			[50, 60],
			[200, 210], // after the call
		];
		expect(breakDown([0, 70], fetches)).toEqual({
			ms: 70,
			files: 4,
			rounds: 3,
			waiting: 10 + 20 + 10,
			working: 30,
		});
		// A file asked for before the call and still coming is waited on, not counted as fetched.
		expect(breakDown([15, 22], [[10, 20]])).toEqual({
			ms: 7,
			files: 0,
			rounds: 1,
			waiting: 5,
			working: 2,
		});
		expect(breakDown([0, 4], [])).toMatchObject({ files: 0, rounds: 0, waiting: 0, working: 4 });
	});

	it('reports the mean breakdown of the slowest calls only', () => {
		const call = (ms: number, files: number) => ({ ms, files, rounds: 1, waiting: ms, working: 0 });
		const calls = [...Array.from({ length: 38 }, () => call(1, 0)), call(50, 10), call(30, 6)];
		expect(slowestBreakdown(calls)).toEqual({
			ms: 40,
			files: 8,
			rounds: 1,
			waiting: 40,
			working: 0,
		});
		expect(slowestBreakdown([call(3, 1)]).ms).toBe(3);
	});
});

describe('search baselines', () => {
	const records: SearchRecord[] = [
		{
			id: 'quote:a#q-1',
			type: 'quote',
			text: 'Sovereignty is not for sale.',
			context: 'Sheinbaum rejects the offer',
			speaker: 'Claudia Sheinbaum',
			outlets: ['X'],
			url: '/articles/a/#q-1',
		},
		{
			id: 'claim:c',
			type: 'claim',
			text: 'The US captured Nicolás Maduro.',
			context: 'excerpt',
			outlets: ['X'],
			url: '/stories/s/#claim-c',
		},
	];

	it('hand extended search plain words: no operators, no single letters, accents kept', () => {
		expect(expertWords("=Soberanía! 'no' ^es | a  venta$")).toEqual([
			'soberanía',
			'no',
			'es',
			'venta',
		]);
		expect(expertWords('  ')).toEqual([]);
	});

	it('find a word of the text and a speaker together, and fold accents, when well configured', () => {
		const search = expertFuse(records);
		expect(search('sheinbaum sovreignty', 8).map((hit) => hit.record.id)).toEqual(['quote:a#q-1']);
		expect(search('nicolas maduro', 8).map((hit) => hit.record.id)).toEqual(['claim:c']);
		expect(search('!', 8)).toEqual([]);
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

	it('give search records shuffled with the real ones, none alike to a search, the same for a seed', () => {
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
			// The same words as the first, from another outlet: a duplicate to a search.
			{
				id: 'quote:b#q-1',
				type: 'quote',
				text: 'Sovereignty is not for sale, she told him.',
				context: 'A headline',
				speaker: 'Claudia Sheinbaum',
				outlets: ['Y'],
				url: '/articles/b/#q-1',
			},
		];
		const records = syntheticRecords(real, 500);
		expect(records).toHaveLength(500);
		expect(new Set(records.map((r) => r.id)).size).toBe(500);
		expect(new Set(records.map(searchedContent)).size).toBe(500);
		// The real records are all there but the duplicate, and not first.
		const ids = records.map((r) => r.id);
		expect(ids).toEqual(expect.arrayContaining(['quote:a#q-1', 'claim:c']));
		expect(ids).not.toContain('quote:b#q-1');
		expect(ids.indexOf('quote:a#q-1') + ids.indexOf('claim:c')).toBeGreaterThan(2);
		expect(syntheticRecords(real, 500)).toEqual(records);
		expect(syntheticRecords(real, 500, 2).map((r) => r.id)).not.toEqual(ids);
		// Shuffled through and through: the real text's two types are spread over the corpus.
		const firstHalfClaims = records.slice(0, 250).filter((r) => r.type === 'claim').length;
		expect(firstHalfClaims).toBeGreaterThan(80);
		expect(firstHalfClaims).toBeLessThan(170);
		expect(
			syntheticRecords(real, 2)
				.map((r) => r.id)
				.sort(),
		).toEqual(['claim:c', 'quote:a#q-1']);
	});

	it('refuse to pad a corpus with copies when the real text is too short to vary', () => {
		const tiny: SearchRecord = {
			id: 'headline:a',
			type: 'headline',
			text: 'A',
			context: 'B',
			outlets: ['X'],
			url: '/articles/a/',
		};
		expect(() => syntheticRecords([tiny], 50)).toThrow(/cannot vary 1 records into 50/);
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
			// The rebuild benchmark's edit changes one body, not its summary, and keeps the content valid.
			const before = await readFile(
				path.join(dir, 'articles/synthetic-story-1-article-1.md'),
				'utf8',
			);
			expect(await touchOneArticle(dir)).toBe('synthetic-story-1-article-1');
			expect((await validateContent(dir)).problems).toEqual([]);
			const touched = await readFile(
				path.join(dir, 'articles/synthetic-story-1-article-1.md'),
				'utf8',
			);
			expect(touched).toContain(correction);
			expect(touched.match(/^summary: .*$/m)?.[0]).toBe(before.match(/^summary: .*$/m)?.[0]);
			const raw = await readFile(path.join(dir, 'raw/synthetic-story-1-article-1.txt'), 'utf8');
			expect(raw).toContain(correction);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

describe('the scale bench', () => {
	// The bench runs the build script itself, not a copy of its flags: a script that reads its
	// environment (NODE_OPTIONS="$NODE_OPTIONS …") once broke a whitespace split of it.
	it('runs the build script as npm does, with its variables and the bench\'s options', async () => {
		const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as {
			scripts: { build: string };
		};
		const bin = await mkdtemp(path.join(tmpdir(), 'parallax-astro-stub-'));
		try {
			// An `astro` that reports what it was started with.
			await writeFile(
				path.join(bin, 'astro'),
				'#!/bin/sh\nprintf \'%s\\n\' "$*" "$NODE_OPTIONS" "$ASTRO_TELEMETRY_DISABLED"\n',
			);
			await chmod(path.join(bin, 'astro'), 0o755);
			const [file, ...args] = astroBuildCommand(scripts.build, ['--outDir', '/tmp/out dir']);
			const { stdout } = await run(file!, args, {
				env: { PATH: `${bin}:${process.env.PATH}`, NODE_OPTIONS: '--inspect-port=0' },
			});
			const [argv, nodeOptions, telemetry] = stdout.split('\n');
			expect(argv).toMatch(/^build( .*)? --outDir \/tmp\/out dir$/);
			expect(nodeOptions).toContain('--inspect-port=0');
			expect(nodeOptions).toContain('--max-semi-space-size=32');
			expect(telemetry).toBe('1');
		} finally {
			await rm(bin, { recursive: true, force: true });
		}
	});

	it('refuses a build script it cannot run as written', () => {
		expect(() => astroBuildCommand('npm run prebuild && astro build', [])).toThrow(
			/the bench runs only/,
		);
		expect(() => astroBuildCommand('vite build', [])).toThrow(/the bench runs only/);
		expect(() => astroBuildCommand('astro build; rm -rf dist', [])).toThrow(/the bench runs only/);
	});
});
