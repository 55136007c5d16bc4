import { describe, expect, it } from 'vitest';
import { leanEntry, storedHtml, storedLede } from '../../src/lib/content/lean-entry.ts';

/** An entry as Astro's glob loader hands it to the store after rendering it. */
const rendered = {
	id: 'one',
	data: { headline: 'A headline' },
	body: '“Quoted,” she said — in **bold**.\n\nA second paragraph.\n',
	digest: 'd',
	rendered: {
		html: '<p>“Quoted,” she said — in <strong>bold</strong>.</p>\n<p>A second paragraph.</p>',
		metadata: {
			headings: [],
			frontmatter: { headline: 'A headline', quotes: [], foundQuotes: [{ text: 'Quoted,' }] },
		},
	},
};

describe('the content store keeps each rendered entry lean', () => {
	it('keeps no Markdown text, only its lede, and only the quotations of the frontmatter', () => {
		const lean = leanEntry(rendered);
		expect(lean).not.toHaveProperty('body');
		expect(storedLede(lean)).toBe('“Quoted,” she said — in bold.');
		expect(lean.rendered?.metadata?.frontmatter).toEqual({
			foundQuotes: [{ text: 'Quoted,' }],
			lede: '“Quoted,” she said — in bold.',
		});
		// What pages show reads back as it was rendered.
		expect(storedHtml(lean)).toBe(rendered.rendered.html);
		expect(lean.rendered?.metadata?.headings).toEqual([]);
		expect(lean.data).toBe(rendered.data);
	});

	it('packs the HTML into one-byte characters, fewer of them for a real article', () => {
		const paragraph =
			'<p class="claim" data-claim="c1">“The sovereignty of Mexico is not negotiable,” the president said — again.</p>\n';
		const html = paragraph.repeat(40);
		const packed = leanEntry({ ...rendered, rendered: { ...rendered.rendered, html } }).rendered
			?.html as string;
		// Latin-1 only: V8 keeps such a string at one byte a character, the HTML at two.
		expect(packed).toMatch(/^[A-Za-z0-9+/=]+$/);
		expect(packed.length).toBeLessThan(html.length / 2);
		expect(storedHtml({ rendered: { html: packed } })).toBe(html);
	});

	it('reads no HTML from an entry that has none', () => {
		expect(storedHtml({})).toBe('');
		expect(storedHtml(leanEntry({ ...rendered, rendered: { html: '' } }))).toBe('');
	});

	it('keeps a failed render as it is: no quotations means the page stops the build', () => {
		const failed = { ...rendered, rendered: { html: '', metadata: { frontmatter: {} } } };
		expect(leanEntry(failed).rendered?.metadata?.frontmatter).toEqual({
			foundQuotes: undefined,
			lede: '“Quoted,” she said — in bold.',
		});
		const unrendered = { id: 'two', body: 'Text.' };
		expect(leanEntry(unrendered)).toBe(unrendered);
	});

	it('has no lede for a body without a paragraph', () => {
		expect(storedLede(leanEntry({ ...rendered, body: '# Only a heading\n' }))).toBeUndefined();
	});
});
