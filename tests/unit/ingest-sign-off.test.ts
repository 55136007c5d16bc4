import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { prose, texto, decide } from '../support/ingest-lines.ts';

/**
 * Lines of the author's that start like a widget's or stand where widgets stand: a thank-you
 * that asks for nothing, a "Follow-up" that is not the Follow button, a letter's close and its
 * signature after the last paragraph, a credit to the wires, a sentence opening with
 * "Copyright". Lines we wrote.
 */

describe('the author’s lines that look like a page’s', () => {
	it('keeps a writer’s thanks, and removes a newsletter’s that asks for a subscription', () => {
		const thanks = 'Thanks for reading. Tell me where you think I went wrong.';
		const pitch = 'Thanks for reading Border Notes! Subscribe for free to get every issue.';
		expect(decide([...prose, thanks])).toEqual({});
		expect(decide([...prose, pitch])).toEqual({ [pitch]: expect.stringMatching(/^remove/) });
	});

	it('keeps "Follow-up …" and still removes the Follow button', () => {
		const line = 'Follow-up visits were refused.';
		expect(decide([prose[0]!, line, ...prose.slice(1)])).toEqual({});
		expect(decide([prose[0]!, 'Follow', ...prose.slice(1)])).toEqual({
			Follow: 'remove: newsletter or follow prompt',
		});
	});

	it('keeps a salutation and the name under it after the last paragraph', () => {
		expect(decide([...texto, 'Nos leemos el jueves,', 'Lucía', '31 Me gusta'])).toEqual({
			'31 Me gusta': expect.stringMatching(/^remove/),
		});
	});

	it('keeps a credit to the wires or colleagues after the last paragraph, stop or none', () => {
		for (const credit of [
			'With files from the wire services',
			'Additional reporting by Tom Ashby in Houston',
			'Con reportes de nuestros corresponsales',
		])
			expect(decide([...prose, credit, 'Related Stories', 'Share'])[credit]).toBeUndefined();
		// Nor is it taken for an item of the list a cue opens above it.
		const credit = 'Con información de agencias';
		expect(decide([...texto, '¿Te resultó útil esta nota?', credit])[credit]).toBeUndefined();
		// A teaser's title past the text, with no credit's opening words, still goes.
		const teaser = 'Harbour pilots weigh a strike over rosters';
		expect(decide([...prose, teaser, 'Share'])[teaser]).toMatch(/^remove/);
	});
});

describe('a sentence that opens with "Copyright"', () => {
	it('is the text’s, while the page’s copyright line still goes', () => {
		const sentence = 'Copyright holders sued the streaming platform on Monday.';
		expect(decide([prose[0]!, sentence, ...prose.slice(1)])[sentence]).toBeUndefined();
		const result = ingestArticle(
			Buffer.from([...prose, sentence, 'Copyright 2026 The Harbour Post'].join('\n')),
			{ story: 's', id: 'fixture' },
		);
		const removed = result.frontmatter!.provenance.removed.map((r) => r.text);
		expect(removed).toEqual(['Copyright 2026 The Harbour Post']);
	});
});
