import { describe, expect, it } from 'vitest';
import { leanEntry, storedLede } from '../../src/lib/content/lean-entry.ts';

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
		// What pages show is untouched.
		expect(lean.rendered?.html).toBe(rendered.rendered.html);
		expect(lean.rendered?.metadata?.headings).toEqual([]);
		expect(lean.data).toBe(rendered.data);
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
