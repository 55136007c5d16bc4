import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeMarkClaims from '../../src/markdown/rehype-mark-claims.ts';
import rehypeMarkQuotes from '../../src/markdown/rehype-mark-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';
import { receiveQuotes } from '../../src/markdown/found-quotes.ts';

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const file = new VFile({ path: '/content/articles/test-article.md', value: markdown });
	file.data.astro = { frontmatter };
	const claims = {
		'test-article': [
			{
				claim: 'offer-rejected',
				statement: 'Sheinbaum rejected the offer.',
				stance: 'asserts' as const,
				excerpt: 'Sheinbaum rejected the offer',
			},
		],
	};
	const output = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeMarkQuotes, { people: testPeople, base: '/sub/' })
		.use(rehypeMarkClaims, { claims, base: '/sub/' })
		.use(rehypeStringify)
		.process(file);
	return { html: String(output), frontmatter };
}

describe('rehype-mark-quotes', () => {
	it('wraps each quote, marks and all, with its id and speaker, and links the speaker', async () => {
		const { html, frontmatter } = await render('Sheinbaum said, “Sovereignty is *not* for sale.”');
		expect(html).toContain(
			'<span class="quote quote-direct" id="q-sovereignty-is-not-for-sale" data-speaker="claudia-sheinbaum"',
		);
		expect(html).toContain(
			'<a class="quote-speaker" data-note="" href="/sub/people/claudia-sheinbaum/">Claudia Sheinbaum</a>',
		);
		// Text split by emphasis keeps its structure: one wrapper per piece, the id on the first.
		expect(html.match(/id="q-/g)).toHaveLength(1);
		expect(html).toContain('<em><span class="quote quote-direct"');
		// The pages receive them through the declared hand-off.
		expect(receiveQuotes(frontmatter)).toEqual([
			expect.objectContaining({
				id: 'q-sovereignty-is-not-for-sale',
				speaker: 'claudia-sheinbaum',
			}),
		]);
	});

	it('applies curated quotes from the frontmatter', async () => {
		const { html } = await render('“Nobody decides for Mexico,” one official said.', {
			quotes: [{ text: 'Nobody decides for Mexico,', speaker: 'claudia-sheinbaum' }],
		});
		expect(html).toContain('data-speaker="claudia-sheinbaum"');
	});

	it('leaves terms unmarked', async () => {
		const { html } = await render('The plan, called a “soft invasion,” was dismissed.');
		expect(html).not.toContain('class="quote');
	});
});

describe('rehype-mark-claims', () => {
	it('marks a claim excerpt with its anchor and links the claim page', async () => {
		const { html } = await render('Reports say Sheinbaum rejected the offer outright.');
		expect(html).toContain(
			'<mark class="claim claim-asserts" id="claim-offer-rejected" data-claim="offer-rejected">Sheinbaum rejected the offer</mark>',
		);
		expect(html).toContain('href="/sub/claims/offer-rejected/"');
	});

	it('leaves an article without claims untouched', async () => {
		const { html } = await render('Nothing claimed here.');
		expect(html).toBe('<p>Nothing claimed here.</p>');
	});
});
