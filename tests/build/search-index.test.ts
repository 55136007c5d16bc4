import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pickCandidates } from '../../src/lib/search/candidates.ts';
import { queryWords, TermMatcher } from '../../src/lib/search/term-matcher.ts';
import {
	fromGaps,
	fromImpactGaps,
	hashLength,
	indexFormat,
	indexPath,
	type SearchFilterLists,
	type ImpactGaps,
	type SearchManifest,
	type SearchPostings,
	type SearchTerms,
	toGaps,
	toImpactGaps,
} from '../../src/lib/search/index-format.ts';
import type { IndexReader } from '../../src/lib/search/index-loader.ts';
import { createIndexedSearch } from '../../src/lib/search/indexed-search.ts';
import { toExtendedQuery } from '../../src/lib/search/rank.ts';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { allRecords, builtSearchIndex } from '../../scripts/lib/search-index-files.ts';
import { termsOf } from '../../src/lib/search/terms.ts';
import { readPage } from '../support/built-page.ts';

const records = await allRecords(await builtSearchIndex(inject('distDir')));

/** An index held in memory, counting what a search reads. */
function inMemory(
	input: readonly SearchRecord[],
	options?: Parameters<typeof buildSearchIndex>[1],
) {
	const { manifest, files } = buildSearchIndex(input, options);
	const read: string[] = [];
	const reader: IndexReader = async (file) => {
		read.push(file);
		const body = files.get(file);
		if (body === undefined) throw new Error(`no index file ${file}`);
		return JSON.parse(body);
	};
	const json = <T>(file: string) => JSON.parse(files.get(file)!) as T;
	const meta = json<SearchManifest>(manifest);
	/** A term file and a postings file by what they hold, not by their hashed names. */
	const terms = (initial: string) => json<SearchTerms>(indexPath.terms(meta.terms[initial]!));
	const postings = (initial: string, shard: number) =>
		json<SearchPostings>(indexPath.postings(terms(initial).files[shard]!));
	const blocks = () =>
		meta.tables.flatMap((table) =>
			json<string[]>(indexPath.table(table)).map((block) =>
				json<SearchRecord[]>(indexPath.block(block)),
			),
		);
	return {
		manifest,
		meta,
		files,
		read,
		terms,
		postings,
		blocks,
		search: createIndexedSearch(reader, manifest),
	};
}

const recordsOf = (postings: ImpactGaps) => fromImpactGaps(postings).records;

const record = (id: string, text: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
	id,
	type: 'quote',
	text,
	context: '',
	outlets: ['Outlet A'],
	url: `/a/#${id}`,
	...extra,
});

describe('the search records of the built site', () => {
	it('hold every claim, quote and headline, each linking to its passage', () => {
		const count = (type: string) => records.filter((r) => r.type === type).length;
		expect(count('claim')).toBe(96);
		expect(count('headline')).toBe(7);
		// The five English articles' 18, the Spanish report's 5, the English opinion piece's 1.
		expect(count('quote')).toBe(24);
		for (const r of records) {
			if (r.type === 'claim') expect(r.url).toMatch(/^\/stories\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
			if (r.type === 'quote') expect(r.url).toMatch(/^\/articles\/[a-z0-9-]+\/#q-[a-z0-9-]+$/);
		}
		expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
	});
});

describe('terms', () => {
	it('fold accents and case, and read "10,000" as 10000', () => {
		expect(termsOf('Soberanía, “NO”! 10,000 troops; 1,5')).toEqual([
			'soberania',
			'no',
			'10000',
			'troops',
			'1',
			'5',
		]);
		expect(toExtendedQuery('Soberanía, “no”!')).toBe('soberania no');
	});
});

describe('the index files', () => {
	const input = [
		record('h', 'A headline about cartels', { type: 'headline' }),
		record('q1', 'Sovereignty is not for sale', { speaker: 'Claudia Sheinbaum' }),
		record('c', 'Cartels are terrorist organizations', { type: 'claim', outlets: ['Outlet B'] }),
		record('q2', 'The cartels are running Mexico, cartels everywhere', { speaker: 'Donald Trump' }),
	];

	it('order records claims, quotes, headlines, so a type filter is a range', () => {
		const { meta, blocks } = inMemory(input, { blockSize: 3, tableSize: 1 });
		expect(meta.types).toEqual({ claim: [0, 1], quote: [1, 3], headline: [3, 4] });
		expect(meta.tables).toHaveLength(2);
		expect(blocks().map((block) => block.map((r) => r.id))).toEqual([['c', 'q1', 'q2'], ['h']]);
	});

	it('put every term in the file of its initial, and in the postings file its shard names', () => {
		const { meta, terms, postings } = inMemory(input, { shardPostings: 2 });
		expect(Object.keys(meta.terms)).toEqual(expect.arrayContaining(['c', 's', 'm']));
		const all: string[] = [];
		for (const initial of Object.keys(meta.terms)) {
			const table = terms(initial);
			expect(table.files).toHaveLength(table.shards.length);
			table.terms.forEach((term, index) => {
				expect(term.startsWith(initial)).toBe(true);
				const shard = table.shards.findLastIndex((start) => start <= index);
				expect(recordsOf(postings(initial, shard)[term]!).length, term).toBe(table.df[index]);
				all.push(term);
			});
		}
		expect(terms('c').shards.length).toBeGreaterThan(1);
		expect(recordsOf(postings('c', 0).cartels ?? [])).toEqual([0, 2, 3]);
		expect(all).not.toContain('is'); // stop words are left to fuse.js
		expect(all).toContain('sheinbaum'); // speakers are searchable words too
	});

	it('keep only the records where a very common word weighs most, and say how common it is', () => {
		const many = Array.from({ length: 50 }, (_, i) =>
			record(`q${i}`, `cartels ${'padding words here '.repeat(i)}`),
		);
		const { terms, postings } = inMemory(many, { maxPostings: 10 });
		const table = terms('c');
		const kept = recordsOf(postings('c', 0).cartels!);
		expect(table.df[table.terms.indexOf('cartels')]).toBe(50);
		expect(kept).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]); // the shortest records
	});

	it('say how much each term weighs in each of its records', () => {
		const { postings } = inMemory(input, { shardPostings: 100 });
		const levels = (term: string) => fromImpactGaps(postings(term[0]!, 0)[term]!).levels;
		// Once in the four words of the claim (its outlet's among them) and of the headline;
		// twice in q2's eight: more there.
		expect([...levels('cartels')]).toEqual([1, 0, 1]);
		const long = inMemory([record('l', `cartels ${'padding words here '.repeat(30)}`)]);
		expect([...fromImpactGaps(long.postings('c', 0).cartels!).levels]).toEqual([3]);
		expect(
			fromImpactGaps(
				toImpactGaps([
					[9, 0.1],
					[2, 1],
					[5, 0.3],
				]),
			),
		).toEqual({
			records: [2, 5, 9],
			levels: Uint8Array.from([0, 1, 3]),
		});
	});

	it('are the same bytes for the same records', () => {
		expect([...inMemory(input).files]).toEqual([...inMemory([...input]).files]);
		expect(fromGaps(toGaps([9, 2, 5]))).toEqual([2, 5, 9]);
	});
});

describe('the index files named by hash', () => {
	const hashOf = (body: string) => createHash('sha256').update(body).digest('hex');
	/** Every file's name is the start of its bytes' SHA-256. */
	const expectHashNamed = (files: ReadonlyMap<string, string>) => {
		for (const [file, body] of files) {
			const name = /^(?:[a-z]\/)?([0-9a-f]{16})\.json$/.exec(file);
			expect(name, file).not.toBeNull();
			expect(hashOf(body).startsWith(name![1]!), file).toBe(true);
		}
	};
	/** The files a manifest reaches, following every name each file gives. */
	const reached = (manifest: string, files: ReadonlyMap<string, string>) => {
		const found = new Set<string>();
		/** A named file, which must exist. */
		const json = <T>(file: string): T => {
			const body = files.get(file);
			expect(body, `${file} is named but missing`).toBeDefined();
			found.add(file);
			return JSON.parse(body!) as T;
		};
		const meta = json<SearchManifest>(manifest);
		for (const hash of Object.values(meta.terms))
			for (const postings of json<SearchTerms>(indexPath.terms(hash)).files)
				json(indexPath.postings(postings));
		for (const table of meta.tables)
			for (const block of json<string[]>(indexPath.table(table))) json(indexPath.block(block));
		const list = json<string>(indexPath.blockList(meta.blocks!));
		for (let at = 0; at < list.length; at += hashLength)
			json(indexPath.block(list.slice(at, at + hashLength)));
		const lists = json<SearchFilterLists>(indexPath.filters(meta.filters));
		for (const [, list] of [...lists.outlets, ...lists.speakers]) json(indexPath.list(list));
		return found;
	};

	it('in the built site: the pages name the manifest, which reaches every file, each named by its bytes', async () => {
		const site = inject('distDir');
		const index = await builtSearchIndex(site);
		const files = new Map<string, string>();
		for (const file of await readdir(index.dir, { recursive: true }))
			if (file.endsWith('.json'))
				files.set(
					file.split(path.sep).join('/'),
					await readFile(path.join(index.dir, file), 'utf8'),
				);
		expect(files.size).toBeGreaterThan(10);
		expectHashNamed(files);
		// Nothing built is left unnamed; the search page and the dialog name the one entry file,
		// and it names the manifest.
		expect(reached(index.manifest, files)).toEqual(new Set(files.keys()));
		expect((await readPage(site, 'search/')).attribute('search-page', 'data-index')).toBe(
			'/search/index.json',
		);
		expect(JSON.parse(await readFile(path.join(site, 'search/index.json'), 'utf8'))).toEqual({
			format: indexFormat,
			manifest: `data/${index.manifest}`,
		});
	});

	it('change name only where the bytes change when one record changes', () => {
		const options = { blockSize: 8, tableSize: 4, shardPostings: 200 };
		const before = buildSearchIndex(records, options);
		const edit = (change: (record: SearchRecord) => SearchRecord) =>
			buildSearchIndex(
				records.map((record, i) => (i === 40 ? change(record) : record)),
				options,
			);
		/** The new files' kinds: their folder, or '' for the manifest. */
		const newKinds = (after: typeof before) => {
			expectHashNamed(after.files);
			const added = [...after.files.keys()].filter((file) => !before.files.has(file));
			return added.map((file) => (file.includes('/') ? file.split('/')[0]! : '')).sort();
		};
		const manifestOf = (built: typeof before) =>
			JSON.parse(built.files.get(built.manifest)!) as SearchManifest;

		// A new link, which no search reads: the record's block, the table and the block list
		// naming it, and the manifest.
		const moved = edit((record) => ({ ...record, url: `${record.url}-moved` }));
		expect(newKinds(moved)).toEqual(['', 'b', 'n', 'r']);
		expect(moved.files.size).toBe(before.files.size);
		expect(moved.manifest).not.toBe(before.manifest);

		// A new word: besides those, only the term file and postings of the word's initial.
		const worded = edit((record) => ({ ...record, text: `${record.text} cartelista` }));
		const kinds = newKinds(worded);
		expect(kinds.filter((kind) => kind !== 'p')).toEqual(['', 'b', 'n', 'r', 't']);
		expect(kinds.filter((kind) => kind === 'p').length).toBeGreaterThan(0);
		const [old, now] = [manifestOf(before), manifestOf(worded)];
		expect(now.filters).toBe(old.filters);
		for (const initial of Object.keys(old.terms))
			if (initial !== 'c') expect(now.terms[initial], initial).toBe(old.terms[initial]);
		expect(now.terms.c).not.toBe(old.terms.c);

		// A page holding the old manifest still reaches all it needs where the host keeps old files.
		const both = new Map([...worded.files, ...before.files]);
		expect(reached(before.manifest, both)).toEqual(new Set(before.files.keys()));
	});
});

describe('reading a query as terms', () => {
	const table = (terms: string[]): SearchTerms => ({
		terms,
		df: terms.map(() => 1),
		shards: [0],
		files: ['0'],
	});
	const tables = new Map([
		['c', table(['cartel', 'cartels'])],
		['i', table(['invasion'])],
		['s', table(['sale', 'sovereign', 'sovereignty'])],
	]);
	const matcher = new TermMatcher();
	const named = (query: string) =>
		matcher
			.match(queryWords(query).words, tables)
			.map((word) => word.map(({ term }) => term).sort());

	it('takes a word as written, and the longer words it begins', () => {
		expect(named('cartel')).toEqual([['cartel', 'cartels']]);
		expect(named('invas')).toEqual([['invasion']]);
	});

	it('reads a misspelt word as the terms fuse.js finds it close to', () => {
		const [sovereignty, sale] = named('sovreignty not for sail');
		expect(sovereignty).toContain('sovereignty');
		expect(sale).toEqual(['sale']);
	});

	it('does not read a word it is being typed as misspelt: "sove" is no "sale"', () => {
		expect(named('sove')).toEqual([['sovereign', 'sovereignty']]);
	});

	it('finds the same misspellings as fuse.js over every term of the initial', () => {
		// Every term of the built site, and words one to three letters off from them.
		const { terms, meta } = inMemory(records);
		const built = new Map(Object.keys(meta.terms).map((initial) => [initial, terms(initial)]));
		const edits = (term: string, n: number) =>
			[...term].filter((_, i) => i === 0 || (i * 7 + n) % 4 !== 0).join('') + 'xq'.slice(0, n % 3);
		const words = [...built.values()]
			.flatMap((table) => table.terms.filter((term) => term.length >= 5))
			.flatMap((term, n) => [edits(term, n), edits(term, n + 1)]);
		let compared = 0;
		let matched = 0;
		for (const word of new Set(words)) {
			const table = built.get(word[0]!)!;
			if (table.terms.some((term) => term.startsWith(word))) continue; // typed, not misspelt
			const fuse = new Fuse(table.terms, { includeScore: true, threshold: 0.34 });
			const expected = fuse
				.search(word, { limit: 4 })
				.map((result) => [result.item, 0.8 * (1 - result.score!)]);
			const [found] = new TermMatcher().match([word], built);
			expect(
				found!.map((match) => [match.term, match.weight]),
				word,
			).toEqual(expected);
			compared++;
			if (expected.length > 0) matched++;
		}
		expect(compared).toBeGreaterThan(200);
		expect(matched).toBeGreaterThan(100);
	});

	it('needs only the term files of the initials of its words', () => {
		expect(queryWords('Cartels sovereignty, the sale').initials).toEqual(['c', 's']);
	});

	it('finds nothing for stop words alone, and an empty list for a word far from any term', () => {
		expect(named('the of a')).toEqual([]);
		expect(named('xylophone')).toEqual([[]]);
		expect(named('cxzzqv')).toEqual([[]]);
	});

	it('ranks first the records matching the most words, then the rarer and closer terms', () => {
		const postings: Record<string, number[]> = { a: [0, 1], b: [1, 2], c: [3] };
		const match = (term: string, df: number) => ({ term, weight: 1, df, shard: 0 });
		const words = [[match('a', 2)], [match('b', 2), match('c', 1)]];
		const of = (m: { term: string }) => ({
			records: postings[m.term]!,
			levels: postings[m.term]!.map(() => 0),
		});
		// 1 holds both words; 3 a rarer term than 0 and 2, which tie and keep their order.
		expect(pickCandidates(words, of, 4, () => true, 10)).toEqual([1, 3, 0, 2]);
		expect(pickCandidates(words, of, 4, (r) => r !== 1, 10)).not.toContain(1);
		expect(pickCandidates(words, of, 4, () => true, 2)).toEqual([1, 3]);
		// Its arrays outlive a call: a larger index after a smaller one, then the first again.
		const two = () => ({ records: [0, 9], levels: [0, 0] });
		expect(pickCandidates([[match('a', 2)]], two, 10, undefined, 5)).toEqual([0, 9]);
		expect(pickCandidates(words, of, 4, undefined, 10)).toEqual([1, 3, 0, 2]);
	});
});

describe('searching the index', () => {
	const { search, read, files, manifest } = inMemory(records, { blockSize: 8, shardPostings: 200 });

	it('finds a speaker and a word of the quote together', async () => {
		expect((await search('hegseth terrorist'))[0]?.record.speaker).toBe('Pete Hegseth');
	});

	it('reads only the files a query needs', async () => {
		read.length = 0;
		await search('fentanyl');
		const total = [...files.keys()].length;
		expect(read.length).toBeGreaterThan(0);
		expect(read.length).toBeLessThan(total / 2);
		read.length = 0;
		await search('fentanyl');
		expect(read).toEqual([]); // the second time, from memory
	});

	it('goes from postings straight to blocks once the block list, asked for after the first result, has come', async () => {
		const index = inMemory(records, { blockSize: 4, tableSize: 2 });
		const first = await index.search('sovereignty');
		expect(index.read.filter((file) => file.startsWith('r/')).length).toBeGreaterThan(0);
		expect(index.read.filter((file) => file.startsWith('n/'))).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(index.read.filter((file) => file.startsWith('n/'))).toEqual([
			indexPath.blockList(index.meta.blocks!),
		]);
		index.read.length = 0;
		const later = await index.search('fentanyl cartels');
		expect(index.read.filter((file) => file.startsWith('b/')).length).toBeGreaterThan(0);
		expect(index.read.filter((file) => file.startsWith('r/'))).toEqual([]);
		// The same results as through the tables.
		const tablesOnly = inMemory(records, { blockSize: 4, tableSize: 2 });
		expect(await tablesOnly.search('fentanyl cartels')).toEqual(later);
		expect(await tablesOnly.search('sovereignty')).toEqual(first);
	});

	it('asks for the term file of the word being typed from its first letter, and of no finished stop word', async () => {
		const index = inMemory(records);
		expect(await index.search('f')).toEqual([]);
		expect(index.read).toEqual([index.manifest, indexPath.terms(index.meta.terms.f!)]);
		index.read.length = 0;
		await index.search('fentanyl the ');
		expect(index.read.filter((file) => file.startsWith('t/'))).toEqual([]);
	});

	it('keeps reading block tables when the block list cannot be read', async () => {
		const failing = createIndexedSearch(async (file) => {
			if (file.startsWith('n/')) throw new Error(`HTTP 503 for ${file}`);
			return JSON.parse(files.get(file)!);
		}, manifest);
		expect(await failing('fentanyl')).toEqual(await search('fentanyl'));
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(await failing('sovereignty cartels')).toEqual(await search('sovereignty cartels'));
	});

	it('filters by type, outlet and speaker', async () => {
		const byType = await search('sovereignty', { type: 'quote' });
		expect(byType.length).toBeGreaterThan(0);
		for (const hit of byType) expect(hit.record.type).toBe('quote');
		const byOutlet = await search('sovereignty', { outlet: 'Different Hub' });
		expect(byOutlet.length).toBeGreaterThan(0);
		for (const hit of byOutlet) expect(hit.record.outlets).toContain('Different Hub');
		const bySpeaker = await search('sovereignty', { speaker: 'Claudia Sheinbaum' });
		expect(bySpeaker.length).toBeGreaterThan(0);
		for (const hit of bySpeaker) expect(hit.record.speaker).toBe('Claudia Sheinbaum');
		expect(await search('sovereignty', { speaker: 'Nobody Known' })).toEqual([]);
		// Filters come from the URL: names of Object's own properties are no types or people.
		for (const name of ['constructor', '__proto__', 'toString'] as const) {
			expect(await search('sovereignty', { type: name as never })).toEqual([]);
			expect(await search('sovereignty', { speaker: name })).toEqual([]);
		}
		expect(await search('   ')).toEqual([]);
	});

	it('marks the matched words of the shown text, within it', async () => {
		const [hit] = await search('entirely a movie');
		expect(hit!.highlights.length).toBeGreaterThan(0);
		for (const [start, end] of hit!.highlights) {
			expect(start).toBeGreaterThanOrEqual(0);
			expect(end).toBeLessThanOrEqual(hit!.record.text.length);
		}
	});

	it('still finds something when one word of the query matches nothing', async () => {
		const hits = await search('cartels zzqxv');
		expect(hits.length).toBeGreaterThan(0);
	});

	it('fails clearly on a manifest of another format, rather than misreading it', async () => {
		const other = createIndexedSearch(async (file) => {
			const body = JSON.parse(files.get(file)!);
			return file === manifest ? { ...body, format: indexFormat + 1 } : body;
		}, manifest);
		await expect(other('fentanyl')).rejects.toThrow(
			`search index format ${indexFormat + 1}, this page reads ${indexFormat}`,
		);
	});

	it('fails clearly when an index file cannot be read, and tries again next time', async () => {
		for (const failing of [manifest, 'p/', 'b/']) {
			let fail = true;
			const flaky = createIndexedSearch(async (file) => {
				if (fail && file.startsWith(failing)) throw new Error(`HTTP 503 for ${file}`);
				return JSON.parse(files.get(file)!);
			}, manifest);
			await expect(flaky('fentanyl')).rejects.toThrow(`HTTP 503 for ${failing}`);
			fail = false;
			expect((await flaky('fentanyl')).length, failing).toBeGreaterThan(0);
		}
	});
});
