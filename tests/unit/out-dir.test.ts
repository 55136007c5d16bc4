import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	listFiles,
	type OutDirRecord,
	removeFiles,
	stale,
	stampOf,
	trusted,
} from '../../src/lib/build/out-dir.ts';

/** A time as file stamps hold it: ns since the epoch. */
const ns = (seconds: number) => BigInt(seconds) * 1_000_000_000n;

describe('the output folder kept between builds', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-out-dir-'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	/** Writes a file, dated `seconds` after the epoch. */
	async function put(file: string, seconds: number, text = file) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
		await utimes(path.join(dir, file), seconds, seconds);
	}

	it('lists every file by relative path, and a missing folder as empty', async () => {
		await put('index.html', 100);
		await put('articles/a/index.html', 100);
		expect(listFiles(dir).sort()).toEqual(['articles/a/index.html', 'index.html']);
		expect(stampOf(dir, 'index.html')).toBe(`10:${ns(100)}`);
		expect(listFiles(path.join(dir, 'missing'))).toEqual([]);
	});

	it('trusts only files the last build of this same folder kept or wrote', async () => {
		await put('kept.html', 100);
		await put('written.html', 250);
		const record: OutDirRecord = {
			outDir: dir,
			kept: { 'kept.html': stampOf(dir, 'kept.html') },
			wrote: { from: String(ns(200)), to: String(ns(300)) },
		};
		const trust = (file: string, rec: OutDirRecord | undefined = record) =>
			trusted(dir, rec, file, stampOf(dir, file));
		expect(trust('kept.html')).toBe(true);
		expect(trust('written.html')).toBe(true);
		// Written since by another build or by hand (even to the same size), or copied in with an old date.
		await put('kept.html', 400, 'other.ht');
		await put('written.html', 400);
		await put('copied.html', 50);
		expect(['kept.html', 'written.html', 'copied.html'].filter((file) => trust(file))).toEqual([]);
		// No record (the last build failed), or a record of another folder: nothing is trusted.
		await put('kept.html', 100);
		expect(trust('kept.html')).toBe(true);
		expect(trusted(dir, undefined, 'kept.html', stampOf(dir, 'kept.html'))).toBe(false);
		expect(trust('kept.html', { ...record, outDir: '/elsewhere' })).toBe(false);
	});

	it('finds stale only what this build neither generated nor wrote', async () => {
		await put('articles/deleted/index.html', 100);
		await put('articles/reused/index.html', 100);
		await put('_astro/old.abc.js', 100);
		await put('_astro/new.def.js', 500);
		const generated = new Set(['articles/reused/index.html']);
		const old = listFiles(dir).filter((file) =>
			stale(file, generated, () => stampOf(dir, file), ns(400)),
		);
		expect(old.sort()).toEqual(['_astro/old.abc.js', 'articles/deleted/index.html']);
	});

	it('removes files and the folders they leave empty, and no others', async () => {
		await put('articles/deleted/index.html', 100);
		await put('articles/kept/index.html', 100);
		await mkdir(path.join(dir, 'empty-before'));
		removeFiles(dir, ['articles/deleted/index.html', 'not-there.html']);
		expect((await readdir(dir)).sort()).toEqual(['articles', 'empty-before']);
		expect(await readdir(path.join(dir, 'articles'))).toEqual(['kept']);
	});
});
