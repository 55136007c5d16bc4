import { describe, expect, it } from 'vitest';
import { articleQuotes } from '../../src/lib/quotes/views/article-quotes.ts';
import { groupQuotes, sameWords } from '../../src/lib/quotes/views/group-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const blocks = [
	'Sheinbaum spoke to reporters. “Cooperation, yes; subordination, no,” she said.',
	'Officials called it a “red line” for the government.',
	'Critics keep repeating “no troops, no deal” at every rally.',
];

describe('articleQuotes', () => {
	it('gives each quote a stable id from its opening words, unique within the article', () => {
		const twice = ['“We will decide,” Sheinbaum said.', '“We will decide,” Sheinbaum said again.'];
		expect(articleQuotes(twice, testPeople).map((q) => q.id)).toEqual([
			'q-we-will-decide',
			'q-we-will-decide-2',
		]);
	});

	it('lets a curated correction win over what the finder says', () => {
		const found = articleQuotes(blocks, testPeople);
		expect(found[0]).toEqual(
			expect.objectContaining({ speaker: 'claudia-sheinbaum', curated: false }),
		);
		const corrected = articleQuotes(blocks, testPeople, [
			{ text: 'Cooperation, yes; subordination, no', speaker: 'donald-trump', kind: 'direct' },
		]);
		expect(corrected[0]).toEqual(
			expect.objectContaining({ speaker: 'donald-trump', confidence: 1, curated: true }),
		);
	});

	it('adds a curated quote the finder missed, where its words stand', () => {
		const quotes = articleQuotes(blocks, testPeople, [
			{ text: 'no troops, no deal', description: 'protesters', kind: 'direct' },
		]);
		const added = quotes.find((q) => q.curated);
		expect(added).toEqual(
			expect.objectContaining({ block: 2, text: 'no troops, no deal', description: 'protesters' }),
		);
		expect(blocks[2]!.slice(added!.start, added!.end)).toBe('no troops, no deal');
	});

	it('drops a quote an editor marks as not speech', () => {
		const quotes = articleQuotes(blocks, testPeople, [
			{ text: 'Cooperation, yes; subordination, no,', kind: 'not-speech' },
		]);
		expect(quotes.map((q) => q.text)).not.toContain('Cooperation, yes; subordination, no,');
	});
});

describe('grouping the same words across articles', () => {
	it('survives punctuation, quote marks and small wording differences', () => {
		expect(sameWords('Sovereignty is not for sale.', '"sovereignty is not for sale"')).toBe(true);
		expect(sameWords('entirely a movie,', 'It is entirely a movie')).toBe(true);
		expect(
			sameWords(
				'Mexico will always defend its sovereignty',
				'Mexico will always defend her sovereignty',
			),
		).toBe(true);
		expect(
			sameWords('Mexico will always defend its sovereignty', 'The cartels are running Mexico'),
		).toBe(false);
	});

	it('groups one speaker’s words across articles, never two speakers’ or unknown ones', () => {
		const groups = groupQuotes([
			{
				article: 'a',
				id: 'q-1',
				text: 'Sovereignty is not for sale.',
				speaker: 'claudia-sheinbaum',
			},
			{
				article: 'b',
				id: 'q-1',
				text: '‘Sovereignty is not for sale’',
				speaker: 'claudia-sheinbaum',
			},
			{ article: 'c', id: 'q-1', text: 'Sovereignty is not for sale.', speaker: 'donald-trump' },
			{ article: 'd', id: 'q-1', text: 'A humanitarian disaster.', speaker: null },
			{ article: 'e', id: 'q-1', text: 'A humanitarian disaster.', speaker: null },
		]);
		expect(groups.map((g) => [g.speaker, g.quotes.map((q) => q.article)])).toEqual([
			['claudia-sheinbaum', ['a', 'b']],
			['donald-trump', ['c']],
			[null, ['d']],
			[null, ['e']],
		]);
	});

	it('does not group a recounted quote with the longer quote around it in the same article', () => {
		const groups = groupQuotes([
			{
				article: 'a',
				id: 'q-1',
				text: 'And you know what I said to him? ‘No, President Trump. Sovereignty is not for sale.’',
				speaker: 'claudia-sheinbaum',
			},
			{
				article: 'a',
				id: 'q-2',
				text: 'No, President Trump. Sovereignty is not for sale.',
				speaker: 'claudia-sheinbaum',
			},
		]);
		expect(groups).toHaveLength(2);
	});
});
