import { describe, expect, it } from 'vitest';
import type { SearchTerms } from '../../src/lib/search/index-format.ts';
import type { IndexReader } from '../../src/lib/search/index-loader.ts';
import { createIndexedSearch } from '../../src/lib/search/indexed-search.ts';
import { likelyNextLetters } from '../../src/lib/search/read-ahead.ts';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

const record = (n: number, text: string): SearchRecord => ({
	id: `quote:a#q-${n}`,
	type: 'quote',
	text,
	context: '',
	outlets: ['Outlet A'],
	url: `/a/#q-${n}`,
});

// Forty records, one a block, so every candidate costs a file of its own.
const sentences = [
	'sovereignty is not for sale',
	'a sovereign country decides',
	'the soviet archives opened',
	'cartels run the border',
];
const records = Array.from({ length: 40 }, (_, n) => record(n, `${sentences[n % 4]} number${n}`));

/** The index in memory, with every read it is asked for, and whether it was read ahead. */
function indexed(readAhead?: number, readAheadPause?: number) {
	const { manifest, files } = buildSearchIndex(records, { blockSize: 1 });
	const reads: { file: string; ahead: boolean }[] = [];
	const reader: IndexReader = async (file, ahead = false) => {
		reads.push({ file, ahead });
		return JSON.parse(files.get(file)!);
	};
	return { reads, search: createIndexedSearch(reader, manifest, { readAhead, readAheadPause }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the likeliest next letters of a word being typed', () => {
	const table: SearchTerms = {
		terms: ['sov', 'sovereign', 'sovereignty', 'soviet', 'sow'],
		df: [9, 5, 3, 1, 2],
		shards: [0],
		files: ['x'],
	};

	it('are the next letters of the longer terms it begins, by how many records hold them', () => {
		expect(likelyNextLetters('sov', table, 2)).toEqual(['e', 'i']);
		expect(likelyNextLetters('so', table, 3)).toEqual(['v', 'w']);
		expect(likelyNextLetters('sovereign', table, 3)).toEqual(['t']);
	});

	it('are none when no longer term begins with the word', () => {
		expect(likelyNextLetters('sovereignty', table, 2)).toEqual([]);
		expect(likelyNextLetters('x', table, 2)).toEqual([]);
		expect(likelyNextLetters('sov', table, 0)).toEqual([]);
	});
});

describe('reading ahead for the next keystroke', () => {
	it('reads, after a search, what the likeliest next letter needs, so that keystroke waits on nothing', async () => {
		const { reads, search } = indexed(1);
		const first = await search('sov', {}, 8);
		expect(reads.some(({ ahead }) => ahead)).toBe(false); // nothing ahead before the results
		await settle();
		const ahead = reads.filter(({ ahead }) => ahead).map(({ file }) => file);
		expect(ahead.filter((file) => file.startsWith('b/')).length).toBeGreaterThan(0);
		reads.length = 0;
		const next = await search('sove', {}, 8);
		expect(reads.filter(({ ahead }) => !ahead)).toEqual([]);
		// The same results as a search that reads nothing ahead.
		const plain = indexed();
		expect(await plain.search('sov', {}, 8)).toEqual(first);
		expect(await plain.search('sove', {}, 8)).toEqual(next);
		expect(next.length).toBeGreaterThan(0);
	});

	it('reads nothing ahead unless asked, after a finished word, or once a newer search has begun', async () => {
		const off = indexed();
		await off.search('sov', {}, 8);
		await settle();
		expect(off.reads.filter(({ ahead }) => ahead)).toEqual([]);

		const on = indexed(2);
		await on.search('cartels ', {}, 8);
		await settle();
		expect(on.reads.filter(({ ahead }) => ahead)).toEqual([]);

		const newer = on.search('sov', {}, 8).then(() => on.search('cartels run ', {}, 8));
		await newer;
		await settle();
		expect(on.reads.filter(({ ahead }) => ahead)).toEqual([]);
	});

	it('waits for the reader to pause: a keystroke within the pause stops it', async () => {
		const quick = indexed(2, 40);
		await quick.search('so', {}, 8);
		await new Promise((resolve) => setTimeout(resolve, 10));
		await quick.search('cartels ', {}, 8); // typed within the pause, and reads nothing ahead
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(quick.reads.filter(({ ahead }) => ahead)).toEqual([]);

		const paused = indexed(2, 40);
		await paused.search('so', {}, 8);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(paused.reads.filter(({ ahead }) => ahead)).toEqual([]); // not yet
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(paused.reads.filter(({ ahead }) => ahead).length).toBeGreaterThan(0);
	});
});
