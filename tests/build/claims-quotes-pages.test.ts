import { describe, expect, inject, it } from 'vitest';
import { textBlocks } from '../../src/markdown/hast/text-blocks.ts';
import { articleQuotes } from '../../src/lib/quotes/views/article-quotes.ts';
import { articleTree } from '../../src/markdown/pipeline.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readPage } from '../support/built-page.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const distDir = inject('distDir');
const { content } = await validateContent(fixtureContentDir);
const articles = [...content.articles.values()];
const people = [...content.people.values()];
const claims = [...content.claims.values()].flatMap((file) => file.data.claims);

describe('article pages mark quotes and claims', () => {
	it.each(articles.map((a) => [a.id, a] as const))(
		'%s: every quote found, with its id and speaker',
		async (id, article) => {
			const page = await readPage(distDir, `articles/${id}/`);
			const blocks = textBlocks(articleTree(article.body)).map((block) => block.text);
			const expected = articleQuotes(blocks, people, article.data.quotes);
			expect(page.attributes('article .prose .quote[id]', 'id')).toEqual(expected.map((q) => q.id));
			const speakers = expected
				.filter((q) => q.speaker && q.kind !== 'pull')
				.map((q) => `/people/${q.speaker}/`);
			expect(page.attributes('article .prose a.quote-speaker', 'href').sort()).toEqual(
				speakers.sort(),
			);
		},
	);

	it.each(articles.map((a) => [a.id] as const))(
		'%s: every claim excerpt marked and linked',
		async (id) => {
			const page = await readPage(distDir, `articles/${id}/`);
			const covered = claims.filter((claim) =>
				claim.coverage.some((entry) => entry.article === id),
			);
			expect(page.attributes('article .prose mark.claim[id]', 'id').sort()).toEqual(
				covered.map((c) => `claim-${c.id}`).sort(),
			);
			expect(new Set(page.attributes('article .prose a.claim-ref', 'href'))).toEqual(
				new Set(covered.map((c) => `/claims/${c.id}/`)),
			);
		},
	);
});

describe('claim pages', () => {
	it.each(claims.map((c) => [c.id, c] as const))(
		'/claims/%s/ leads with each covering article’s stance and words, then names the others',
		async (id, claim) => {
			const page = await readPage(distDir, `claims/${id}/`);
			expect(page.text('h1')).toBe(claim.statement);
			const items = page.texts('main .coverage');
			expect(items).toHaveLength(claim.coverage.length);
			expect(items.filter((item) => item.includes('Not mentioned'))).toEqual([]);
			const links = page.attributes('main .coverage blockquote a', 'href');
			expect(links.sort()).toEqual(
				claim.coverage.map((entry) => `/articles/${entry.article}/#claim-${id}`).sort(),
			);
			for (const entry of claim.coverage)
				expect(page.text('main')).toContain(entry.excerpt.replace(/\s+/g, ' ').trim());
			// Those that do not mention it: one line, each article named and linked once.
			const silent = articles.filter((a) => !claim.coverage.some((c) => c.article === a.id));
			expect(page.attributes('main .claim-silent a', 'href').sort()).toEqual(
				silent.map((a) => `/articles/${a.id}/`).sort(),
			);
			expect(page.texts('main .claim-silent')).toHaveLength(silent.length > 0 ? 1 : 0);
		},
	);
});

describe('who said what', () => {
	it('lists every quote by speaker, each linked to its passage, the same words grouped', async () => {
		const page = await readPage(distDir, 'quotes/');
		expect(page.texts('main h2')).toEqual(
			expect.arrayContaining([
				'Claudia Sheinbaum',
				'Donald Trump',
				'Unnamed or unresolved speakers',
			]),
		);
		const links = page.attributes('main .quote-sources a', 'href');
		const total = articles.reduce((sum, article) => {
			const blocks = textBlocks(articleTree(article.body)).map((block) => block.text);
			return sum + articleQuotes(blocks, people, article.data.quotes).length;
		}, 0);
		// Every passage is linked once, though an article is named once under a quotation.
		expect(links).toHaveLength(total);
		expect(new Set(links).size).toBe(total);
		for (const link of links) expect(link).toMatch(/^\/articles\/[a-z0-9-]+\/#q-[a-z0-9-]+$/);
		// Sheinbaum's “entirely a movie” is quoted twice in one article: one line, two passages.
		const movie = page
			.texts('main .quote-group')
			.find((group) => group.startsWith('“entirely a movie'));
		expect(movie).toMatch(/^“entirely a movie” .*: direct · quoted again$/);
		expect(page.texts('main .quote-date-heading')).toContain(
			'November 2024 – January 2025 · date inferred',
		);
	});

	it('gives each person a page with their quotes', async () => {
		const page = await readPage(distDir, 'people/claudia-sheinbaum/');
		expect(page.text('h1')).toBe('Claudia Sheinbaum');
		expect(page.text('main h2')).toMatch(/^Quoted \d+ times$/);
		expect(page.attributes('main .quote-sources a', 'href').length).toBeGreaterThan(5);
		const quiet = await readPage(distDir, 'people/tom-homan/');
		expect(quiet.text('main')).toContain('Named in the coverage, but not quoted.');
	});
});
