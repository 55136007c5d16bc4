import { describe, expect, it } from 'vitest';
import {
	foundQuotesKey,
	handOverQuotes,
	receiveQuotes,
} from '../../src/markdown/found-quotes.ts';

describe('the quote hand-off between the Markdown plugin and the pages', () => {
	it('gives the pages exactly the quotes the plugin left', () => {
		const frontmatter: Record<string, unknown> = { headline: 'x' };
		handOverQuotes(frontmatter, []);
		expect(frontmatter[foundQuotesKey]).toEqual([]);
		expect(receiveQuotes(frontmatter)).toEqual([]);
	});

	it('answers undefined for an article the plugin never finished, so the page can stop the build', () => {
		expect(receiveQuotes({})).toBeUndefined();
		expect(receiveQuotes({ [foundQuotesKey]: 'not a list' })).toBeUndefined();
	});
});
