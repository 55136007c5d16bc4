import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import {
	cachedSearchIndex,
	searchIndexCodeDigest,
} from '../../src/lib/search/search-index-cache.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'parallax-search-cache-'));
	file = path.join(dir, 'cache', 'search-index.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const record = (id: string, text: string): SearchRecord => ({
	id: `headline:${id}`,
	type: 'headline',
	text,
	context: 'An outlet',
	outlets: ['An outlet'],
	url: `/articles/${id}/`,
});
const records = [record('a', 'Troops rejected'), record('b', 'Sovereignty first')];

/** The index through the cache, and whether it had to be built. */
async function indexOf(these: readonly SearchRecord[], code = 'v1') {
	let built = false;
	const index = await cachedSearchIndex(these, file, code, (input) => {
		built = true;
		return buildSearchIndex(input);
	});
	return { index, built };
}

describe('the search index kept between builds', () => {
	it('is built the first time, and kept for the same records and code', async () => {
		const first = await indexOf(records);
		expect(first.built).toBe(true);
		expect(first.index).toEqual(buildSearchIndex(records));
		const second = await indexOf(records.map((r) => ({ ...r })));
		expect(second.built).toBe(false);
		expect(second.index).toEqual(buildSearchIndex(records));
	});

	it('is built again when one record changes', async () => {
		await indexOf(records);
		const edited = [records[0]!, record('b', 'Sovereignty first, and last')];
		const again = await indexOf(edited);
		expect(again.built).toBe(true);
		expect(again.index).toEqual(buildSearchIndex(edited));
		expect(again.index.manifest).not.toBe(buildSearchIndex(records).manifest);
	});

	it('is built again when the builder’s code changes', async () => {
		await indexOf(records, 'v1');
		expect((await indexOf(records, 'v2')).built).toBe(true);
	});

	it('is built from a file cut short', async () => {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, '{"code": "v1", "files": [');
		const again = await indexOf(records);
		expect(again.built).toBe(true);
		expect(again.index).toEqual(buildSearchIndex(records));
	});

	it('names the code: search-index.ts, what it imports, and the lockfile', async () => {
		const search = path.join(dir, 'src', 'lib', 'search');
		await mkdir(search, { recursive: true });
		await writeFile(path.join(search, 'search-index.ts'), "import { t } from './terms.ts';\n");
		await writeFile(path.join(search, 'terms.ts'), 'export const t = 1;\n');
		const before = searchIndexCodeDigest(dir);
		await writeFile(path.join(search, 'terms.ts'), 'export const t = 2;\n');
		const afterImport = searchIndexCodeDigest(dir);
		expect(afterImport).not.toBe(before);
		await writeFile(path.join(dir, 'package-lock.json'), '{}');
		expect(searchIndexCodeDigest(dir)).not.toBe(afterImport);
		expect(searchIndexCodeDigest()).toMatch(/^[0-9a-f]{64}$/);
	});
});
