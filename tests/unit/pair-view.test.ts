import { describe, expect, it } from 'vitest';
import type { PairArticle } from '../../src/lib/compare/pair-side-view.ts';
import { pairView } from '../../src/lib/compare/pair-view.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Claim } from '../../src/schemas/claims.ts';
import { testArticle, testQuote } from '../support/article-fixture.ts';

const quote = testQuote;

const side = (id: string, fields: Partial<PairArticle> = {}): PairArticle => ({
	id,
	data: testArticle({ headline: { text: `Headline of ${id} with many words`, source: 'article' } }),
	html: `<p id="x"><mark class="claim" id="claim-shared" data-claim="shared">x</mark><a class="claim-ref" data-claim="shared" href="/claims/shared/">claim: asserts</a></p>`,
	quotes: [],
	...fields,
});

const claims: Claim[] = [
	{
		id: 'shared',
		statement: 'Both say it.',
		topic: 'sovereignty',
		coverage: [
			{ article: 'left', stance: 'asserts', excerpt: 'left words' },
			{ article: 'right', stance: 'disputes', excerpt: 'right words' },
		],
	},
	{
		id: 'agreed',
		statement: 'Both agree.',
		topic: 'sovereignty',
		coverage: [
			{ article: 'left', stance: 'asserts', excerpt: 'l' },
			{ article: 'right', stance: 'attributes', excerpt: 'r' },
		],
	},
	{
		id: 'left-only',
		statement: 'Only the left says it.',
		topic: 'security',
		coverage: [{ article: 'left', stance: 'questions', excerpt: 'only left' }],
	},
	{
		id: 'elsewhere',
		statement: 'Neither says it.',
		topic: 'security',
		coverage: [{ article: 'third', stance: 'asserts', excerpt: 'third words' }],
	},
];

const input: Parameters<typeof pairView>[0] = {
	story: {
		id: 'test-story',
		title: 'A story',
		stanceScale: [{ id: 'against', label: 'Against it' }],
	},
	a: side('left', {
		data: testArticle({
			headline: { text: 'Headline of left with many words', source: 'article' },
			stance: { position: 'against', rationale: 'No.', evidence: ['no'] },
		}),
		quotes: [
			quote({ id: 'q-a', speaker: 'claudia-sheinbaum', text: 'No troops' }),
			quote({ id: 'q-b', description: 'a US official', text: 'We offered' }),
			quote({ id: 'q-c', text: 'Who knows' }),
		],
	}),
	b: side('right'),
	others: [
		{ id: 'third', data: testArticle({ headline: { text: 'Third one', source: 'article' } }) },
	],
	claims,
	names: new Map([['claudia-sheinbaum', 'Claudia Sheinbaum']]),
	routes: routes('/base/'),
};
const view = pairView(input);

describe('pairView', () => {
	it('names both articles by their first words and links every way out', () => {
		expect(view.title).toBe('Headline of left with… and Headline of right with…, side by side');
		expect(view.swapUrl).toBe('/base/compare/right/left/');
		expect(view.others).toEqual([{ label: 'Third one', url: '/base/compare/left/third/' }]);
		expect(view.manyUrl).toBe('/base/stories/test-story/compare/?articles=left,right');
		expect(view.card).toBe('compare/left/right');
	});

	it('sets shared claims row by row, each side in its own words, and marks where they part', () => {
		// Asserting against disputing is a disagreement; asserting against attributing a split.
		expect(view.shared.map((row) => [row.id, row.divergence])).toEqual([
			['shared', 'disagree'],
			['agreed', 'attribution'],
		]);
		expect(view.shared[0]!.a).toEqual({
			stance: 'asserts',
			excerpt: 'left words',
			href: '#a-claim-shared',
		});
		expect(view.shared[0]!.b.href).toBe('#b-claim-shared');
	});

	it('lists the claims only one side makes under that side, and none a third article makes', () => {
		const [a, b] = view.sides;
		expect(a.only).toEqual([
			{ statement: 'Only the left says it.', href: '#a-claim-left-only', stance: 'questions' },
		]);
		expect(b.only).toEqual([]);
	});

	it('names each quote’s speaker, describes the unnamed and says when no one is known', () => {
		expect(view.sides[0].quotes.map((q) => q.who)).toEqual([
			'Claudia Sheinbaum',
			'a US official',
			'Unattributed',
		]);
		expect(view.sides[0].quotes[0]!.href).toBe('#a-q-a');
	});

	it('prefixes each column’s ids and points a shared claim’s note at the other column', () => {
		const [row] = view.texts;
		expect(row!.a).toContain('id="a-claim-shared"');
		expect(row!.a).toContain('href="#b-claim-shared"');
		expect(row!.a).toContain('class="claim claim-shared" id="a-claim-shared"');
		expect(row!.b).toContain('href="#a-claim-shared"');
	});

	it('words each side’s stance with the story’s scale, and says nothing when unjudged', () => {
		expect(view.sides.map((side) => side.stance)).toEqual(['Against it', undefined]);
	});

	it('sums the pair up: shared, where they differ, only in each, and a bar of the same', () => {
		expect(view.counts).toEqual({ shared: 2, differ: 2, onlyA: 1, onlyB: 0 });
		expect(view.balance.segments.map((s) => [s.kind, s.count])).toEqual([
			['onlyA', 1],
			['differ', 2],
		]);
	});

	it('sets the texts’ passages that share a claim on one row', () => {
		const aligned = pairView({
			...input,
			a: side('left', {
				html: '<p>Intro.</p><p><mark class="claim" data-claim="shared">x</mark></p><p>Tail.</p>',
			}),
			b: side('right', {
				html: '<p><mark class="claim" data-claim="shared">y</mark></p><p>End.</p>',
			}),
		});
		expect(aligned.texts.map((row) => [row.a, row.b, row.shared])).toEqual([
			['<p>Intro.</p>', '', []],
			[
				'<p><mark class="claim claim-shared" data-claim="shared">x</mark></p>',
				'<p><mark class="claim claim-shared" data-claim="shared">y</mark></p>',
				['shared'],
			],
			['<p>Tail.</p>', '<p>End.</p>', []],
		]);
	});
});
