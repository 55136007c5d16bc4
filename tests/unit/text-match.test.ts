import { describe, expect, it } from 'vitest';
import { findVerbatim, verbatimFinder } from '../../src/lib/text/text-match.ts';

describe('finding a passage verbatim', () => {
	it('finds it across line breaks and either kind of quote mark, as offsets into the text', () => {
		const text = 'She said: “Sovereignty is\nnot for sale.” Then left.';
		const range = findVerbatim(text, '"Sovereignty is not for sale."');
		expect(range && text.slice(range.start, range.end)).toBe('“Sovereignty is\nnot for sale.”');
		expect(findVerbatim(text, 'Sovereignty is for sale')).toBeUndefined();
		expect(findVerbatim(text, '  ')).toBeUndefined();
	});

	it('finds one passage in many texts with one finder, each search on its own', () => {
		const find = verbatimFinder('not for sale');
		const long = 'It is, they say, not for sale.';
		expect(find(long)).toEqual({ start: 17, end: 29 });
		// A search starts from the start of its own text, not where the last one ended.
		expect(find('not for sale')).toEqual({ start: 0, end: 12 });
		expect(find('Bought and sold.')).toBeUndefined();
		expect(find(long, 18)).toBeUndefined();
	});
});
