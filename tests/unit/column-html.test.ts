import { describe, expect, it } from 'vitest';
import { columnBlocks } from '../../src/lib/compare/column-html.ts';

const html =
	'<p id="q-1">Said <mark class="claim" id="claim-c" data-claim="c">x</mark>' +
	'<a class="claim-ref" data-claim="c" href="/claims/c/">claim</a></p>\n<p>Tail.</p>';

describe('columnBlocks', () => {
	it('cuts an article into blocks, ids prefixed and shared claims linked across', () => {
		expect(columnBlocks(html, 'a', new Map([['c', '#b-claim-c']]))).toEqual([
			{
				html:
					'<p id="a-q-1">Said <mark class="claim claim-shared" id="a-claim-c" data-claim="c">x</mark>' +
					'<a class="claim-ref" data-claim="c" href="#b-claim-c">other side ⇄</a></p>',
				claims: ['c'],
			},
			{ html: '<p>Tail.</p>', claims: [] },
		]);
	});

	it('gives the same article to the next page as it was written, not as the last page left it', () => {
		columnBlocks(html, 'a', new Map([['c', '#b-claim-c']]));
		expect(columnBlocks(html, 'b', new Map()).map((block) => block.html)).toEqual([
			'<p id="b-q-1">Said <mark class="claim" id="b-claim-c" data-claim="c">x</mark>' +
				'<a class="claim-ref" data-claim="c" href="/claims/c/">claim</a></p>',
			'<p>Tail.</p>',
		]);
	});
});
