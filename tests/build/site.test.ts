import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readPage } from '../support/built-page.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const distDir = inject('distDir');
const { content } = await validateContent(fixtureContentDir);
const articles = [...content.articles.values()];

describe('the built site', () => {
	it('shows the story and all five articles on the home page', async () => {
		const home = await readPage(distDir, '');
		expect(home.text('h1')).toBe('Parallax');
		expect(home.texts('main h2')).toEqual(['Sheinbaum rejects US troops against the cartels']);
		const links = home.attributes('main .cards a', 'href');
		expect(links.sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
		expect(home.texts('main .cards h3')).toContain(
			'Mexico Rejects U.S. Military Intervention Amid Trump Threats',
		);
	});

	it.each(articles.map((a) => [a.id, a] as const))(
		'renders %s with its full cleaned text',
		async (id, article) => {
			const page = await readPage(distDir, `articles/${id}/`);
			expect(page.text('h1')).toBe(article.data.headline.text);
			const body = page.ownText('article .prose') ?? '';
			// Every paragraph of the source body is on the page, word for word.
			for (const block of article.text.split('\n'))
				expect(body).toContain(block.replace(/\s+/g, ' ').trim());
			expect(page.text('details.provenance')).toContain(article.data.provenance.sha256);
		},
	);

	it('says when facts are inferred or unknown instead of inventing them', async () => {
		const page = await readPage(distDir, 'articles/soft-invasion-entirely-a-movie/');
		expect(page.text('dl.facts')).toContain('inferred: November 2024 – January 2025');
		expect(page.text('dl.facts')).toContain('Outlet Unknown outlet');
		expect(page.text('article header')).toContain(
			'The text has no headline; this one is derived from its opening.',
		);
	});

	it('lists every removed line in the provenance', async () => {
		const page = await readPage(distDir, 'articles/sovereignty-is-not-for-sale/');
		const removed = page.texts('details.provenance li');
		expect(removed).toContainEqual(
			expect.stringContaining('Line 20: Discover more from Different Hub (newsletter prompt)'),
		);
		expect(page.text('article .prose')).not.toContain('Discover more from');
	});

	it('renders the story page with its timeline linking to the reporting articles', async () => {
		const page = await readPage(distDir, 'stories/sheinbaum-rejects-us-troops/');
		expect(page.text('h1')).toBe('Sheinbaum rejects US troops against the cartels');
		expect(page.texts('main ol > li').length).toBe(
			content.stories.get('sheinbaum-rejects-us-troops')!.data.timeline.length,
		);
		for (const href of page.attributes('main ol a', 'href')) {
			expect(existsSync(path.join(distDir, href, 'index.html')), href).toBe(true);
		}
	});

	it('sends a content security policy with no unsafe-inline on every page', async () => {
		const pages = (await readdir(distDir, { recursive: true })).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThanOrEqual(8);
		for (const file of pages) {
			const csp = (await readPage(distDir, file)).attribute(
				'meta[http-equiv="content-security-policy"]',
				'content',
			);
			expect(csp, file).toMatch(/default-src 'self'/);
			expect(csp, file).not.toMatch(/unsafe-inline|unsafe-eval/);
		}
	});
});
