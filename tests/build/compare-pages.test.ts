import { describe, expect, inject, it } from 'vitest';
import { alignClaims, pairClaims } from '../../src/lib/compare/claim-alignment.ts';
import { orderedPairs } from '../../src/lib/compare/pairs.ts';
import { articlesOfStory } from '../../src/lib/stories/story-articles.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readPage } from '../support/built-page.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const distDir = inject('distDir');
const { content } = await validateContent(fixtureContentDir);
const story = 'sheinbaum-rejects-us-troops';
const articles = articlesOfStory(story, [...content.articles.values()]);
const ids = articles.map((a) => a.id);
const claims = content.claims.get(story)!.data.claims;

describe('pair compare pages', () => {
	const pairs = orderedPairs(ids);

	it('exist for every ordered pair of the story’s articles', () => {
		expect(pairs).toHaveLength(ids.length * (ids.length - 1));
	});

	it.each(pairs)(
		'/compare/%s/%s/ has the claim map’s shared rows, the one-sided claims, and both texts',
		async (a, b) => {
			const page = await readPage(distDir, `compare/${a}/${b}/`);
			const { shared, onlyA, onlyB } = pairClaims(claims, a, b);
			expect(page.attributes('.pair-claim', 'id')).toEqual(
				shared.map((row) => `claim-${row.claim.id}`),
			);
			// Each shared row shows each side's own words, linked to the passage in that side's text.
			for (const row of shared) {
				const links = page.attributes(`#claim-${row.claim.id} blockquote a`, 'href');
				expect(links).toEqual([`#a-claim-${row.claim.id}`, `#b-claim-${row.claim.id}`]);
			}
			expect(page.texts('section:has(#only) h3')).toEqual([
				expect.stringContaining(`(${onlyA.length})`),
				expect.stringContaining(`(${onlyB.length})`),
			]);
			// Full texts: both articles, ids kept apart, matching passages linked both ways.
			const ownIds = new Set(page.attributes('[id]', 'id'));
			for (const row of shared) {
				expect(ownIds).toContain(`a-claim-${row.claim.id}`);
				expect(ownIds).toContain(`b-claim-${row.claim.id}`);
			}
			for (const href of page.attributes('a[href^="#"]', 'href'))
				expect(ownIds).toContain(href.slice(1));
			expect(page.attribute('.compare-nav a', 'href')).toBe(`/compare/${b}/${a}/`);
			const others = ids.filter((id) => id !== a && id !== b).map((id) => `/compare/${a}/${id}/`);
			expect(page.attributes('.compare-nav span a', 'href')).toEqual(others);
		},
	);
});

describe('the many-way compare page', () => {
	it('holds every article’s column and every claim’s row, so it reads fully without JavaScript', async () => {
		const page = await readPage(distDir, `stories/${story}/compare/`);
		expect(page.attributes('table.many thead th', 'data-article')).toEqual(ids);
		const rows = alignClaims(claims, ids).flatMap((topic) => topic.rows);
		expect(page.attributes('table.many tr.statement', 'id')).toEqual(
			rows.map((row) => `claim-${row.claim.id}`),
		);
		expect(page.attributes('table.many tr[data-claim-cells] td', 'data-article')).toHaveLength(
			rows.length * ids.length,
		);
		expect(page.attribute('column-picker', 'data-table')).toBe('many');
		expect(page.attributes('column-picker input[name="articles"]', 'value')).toEqual(ids);
	});
});

describe('the story page', () => {
	it('has the claim × article matrix, each mark linking to its passage', async () => {
		const page = await readPage(distDir, `stories/${story}/`);
		expect(page.attributes('table.matrix tbody tr[id]', 'id').sort()).toEqual(
			claims.map((c) => `claim-${c.id}`).sort(),
		);
		const cellLinks = page.attributes('table.matrix td a', 'href');
		expect(cellLinks).toHaveLength(claims.reduce((sum, claim) => sum + claim.coverage.length, 0));
		for (const href of cellLinks) {
			const [route, anchor] = href.split('#');
			const target = await readPage(distDir, route!.slice(1));
			expect(target.attributes('[id]', 'id')).toContain(anchor);
		}
		expect(page.texts('.legend dd')).toEqual([
			'states it in its own voice',
			'reports someone else saying it',
			'argues or reports that it is wrong',
			'casts doubt on it',
			'does not mention it',
		]);
	});

	it('lists the coverage with outlet, kind, date, stance and headline, and who is quoted', async () => {
		const page = await readPage(distDir, `stories/${story}/`);
		const cards = page.texts('.cards li');
		expect(cards).toHaveLength(ids.length);
		for (const card of cards)
			expect(card).toMatch(/ · (news|analysis|opinion|explainer|blog) · .+ · stance: /);
		expect(page.text('main')).toMatch(/Claudia Sheinbaum: quoted \d+ times/);
	});
});
