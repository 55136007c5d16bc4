import { describe, expect, it } from 'vitest';
import { pickCandidates } from '../../src/lib/search/candidates.ts';
import { tiedByBlock } from '../../src/lib/search/tied-by-block.ts';
import { coveringPostings } from '../../src/lib/search/covering-postings.ts';
import type { SearchManifest } from '../../src/lib/search/index-format.ts';
import type { IndexReader } from '../../src/lib/search/index-loader.ts';
import type { SearchFilters } from '../../src/lib/search/rank.ts';
import { createIndexedSearch } from '../../src/lib/search/indexed-search.ts';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

const record = (n: number, text: string): SearchRecord => ({
	id: `quote:a#q-${n}`,
	type: 'quote',
	text,
	context: '',
	outlets: [n % 3 === 0 ? 'Outlet B' : 'Outlet A'],
	url: `/a/#q-${n}`,
});

const words = [
	'cartel',
	'cartels',
	'border',
	'sovereign',
	'sovereignty',
	'sale',
	'mexico',
	'troops',
];
// Two hundred records of three to nine of those words each, in an order that repeats rarely.
const records = Array.from({ length: 200 }, (_, n) => {
	const some = Array.from(
		{ length: 3 + (n % 7) },
		(_, i) => words[(n * 7 + i * ((n % 5) + 1)) % 8],
	);
	return record(n, `${some.join(' ')} word${n}`);
});

/**
 * The index in memory, read in rounds as a browser reads it: every file asked for while the
 * search waits comes in one round, and the next round begins once the search asks again.
 */
function inRounds(withoutPostingsList = false) {
	const { manifest, files } = buildSearchIndex(records, { shardPostings: 40 });
	let name = manifest;
	if (withoutPostingsList) {
		// An index built before the manifest listed the postings files: the term files lead.
		const { postings: _, ...older } = JSON.parse(files.get(manifest)!) as SearchManifest;
		name = 'older.json';
		files.set(name, JSON.stringify(older));
	}
	const reads: string[] = [];
	let rounds = 0;
	let waiting: (() => void)[] = [];
	const read: IndexReader = (file) => {
		reads.push(file);
		if (waiting.length === 0)
			setTimeout(() => {
				const round = waiting;
				waiting = [];
				rounds++;
				for (const answer of round) answer();
			});
		return new Promise((resolve) => waiting.push(() => resolve(JSON.parse(files.get(file)!))));
	};
	const search = createIndexedSearch(read, name);
	return {
		reads,
		/** The hits of `query`, the rounds of reads it waited on and the files it read. */
		async measured(query: string, filters: SearchFilters = {}) {
			const [before, read] = [rounds, reads.length];
			const hits = await search(query, filters, 8);
			return { hits, rounds: rounds - before, files: reads.slice(read) };
		},
	};
}

describe('what a search fetches, and in how many rounds', () => {
	it('asks for the postings of a word whose term file has not come beside it: one round, not two', async () => {
		const now = inRounds();
		const older = inRounds(true);
		await now.measured('');
		await older.measured('');
		for (const query of ['sovereignty', 'cartel border', 'mexico troops sale']) {
			const fast = await now.measured(query);
			const slow = await older.measured(query);
			expect(fast.hits, query).toEqual(slow.hits);
			expect(fast.hits.length, query).toBeGreaterThan(0);
			expect(fast.rounds, query).toBe(slow.rounds - 1);
			// The postings asked for by the manifest were the ones the term files named.
			expect(new Set(fast.files), query).toEqual(new Set(slow.files));
		}
	});

	it('goes from a term file already read straight to the postings, with any word not yet read', async () => {
		const index = inRounds();
		await index.measured('cartel');
		// 'cartels' is known from the term file read for 'cartel'; 'mexico' is not.
		const { rounds, files } = await index.measured('cartels mexico');
		expect(files.filter((file) => file.startsWith('t/'))).toHaveLength(1);
		expect(rounds).toBe(2); // term file and postings together, then the blocks
	});

	it('reads the records of an outlet it is narrowed to beside the words, not after them', async () => {
		const index = inRounds();
		await index.measured('mexico');
		await new Promise((resolve) => setTimeout(resolve, 10)); // the block list, asked for after
		const { hits, rounds, files } = await index.measured('sovereignty', { outlet: 'Outlet B' });
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) expect(hit.record.outlets).toEqual(['Outlet B']);
		expect(files.filter((file) => /^[fl]\//.test(file))).toHaveLength(2); // the filters, the list
		// Term file, postings and filters file; the outlet's list; the blocks.
		expect(rounds).toBe(3);
	});
});

describe('the postings files a word may need, by the manifest alone', () => {
	const postings = {
		first: ['cartel', 'cartels', 'cartelx', 'cat', 'mexico', 'sale'],
		files: ['c0', 'c1', 'c2', 'c3', 'm0', 's0'],
	};

	it('are the file the word would be in, and those after it whose first term it begins', () => {
		expect(coveringPostings('cartel', postings)).toEqual(['c0', 'c1', 'c2']);
		expect(coveringPostings('cartels', postings)).toEqual(['c1']);
		expect(coveringPostings('cas', postings)).toEqual(['c2']);
		expect(coveringPostings('midnight', postings)).toEqual(['m0']);
		expect(coveringPostings('mexican', postings)).toEqual([]); // before the initial's first term
		expect(coveringPostings('cartel', postings, 2)).toEqual(['c0', 'c1']);
	});

	it('are only the file the word would be in for a word too short to be read as a beginning', () => {
		expect(coveringPostings('ca', postings)).toEqual([]);
		expect(coveringPostings('me', { first: ['ma', 'mz'], files: ['m0', 'm1'] })).toEqual(['m0']);
	});

	it('are never a file of another initial', () => {
		expect(coveringPostings('bank', postings)).toEqual([]);
		expect(coveringPostings('lima', postings)).toEqual([]);
	});
});

describe('choosing among records the postings cannot tell apart', () => {
	const flat = (list: number[]) => ({ records: list, levels: list.map(() => 0) });

	it('takes those sharing a block with a better candidate, then the fullest blocks', () => {
		const tied = (a: number, b: number) => a >= 10 && b >= 10;
		// 3 is better than the rest, all tied; blocks of 4: 0–3, 4–7, 8–11 …
		expect(tiedByBlock([3, 10, 12], [3, 10, 12, 21, 22, 23, 1, 2], tied, 4)).toEqual([3, 21, 22]);
		expect(
			tiedByBlock([3, 10, 12], [3, 10, 12, 21, 22, 23], (a, b) => a !== 3 && b !== 3, 4),
		).toEqual([3, 21, 22]);
		// Blocks of one: the earlier records, as before.
		expect(tiedByBlock([3, 10, 12], [3, 12, 10, 21, 22], (a, b) => a !== 3 && b !== 3, 1)).toEqual([
			3, 10, 12,
		]);
	});

	it('reads fewer blocks for the same query, and picks no worse-matched record for it', () => {
		const match = { term: 'a', weight: 1, df: 6, shard: 0 };
		const spread = [1, 9, 17, 25, 26, 27];
		expect(pickCandidates([[match]], () => flat(spread), 40, undefined, 3)).toEqual([1, 9, 17]);
		expect(pickCandidates([[match]], () => flat(spread), 40, undefined, 3, 8)).toEqual([
			25, 26, 27,
		]);
		// A record matching more words, or weighing more, is never passed over for a block.
		const other = { term: 'b', weight: 1, df: 2, shard: 0 };
		const both = (m: { term: string }) => (m.term === 'a' ? flat(spread) : flat([1]));
		expect(pickCandidates([[match], [other]], both, 40, undefined, 3, 8)[0]).toBe(1);
	});

	it('ranks a record where the word weighs more above one where it weighs less', () => {
		const match = { term: 'a', weight: 1, df: 3, shard: 0 };
		const postings = () => ({ records: [0, 1, 2], levels: [3, 0, 2] });
		expect(pickCandidates([[match]], postings, 40, undefined, 3)).toEqual([1, 2, 0]);
	});
});
