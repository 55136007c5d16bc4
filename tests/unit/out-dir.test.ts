import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	removeFiles,
	stampFiles,
	staleFiles,
	untrustedFiles,
} from '../../src/lib/build/out-dir.ts';

describe('the output folder kept between builds', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-out-dir-'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	async function put(file: string, text = file) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}

	it('stamps every file by relative path, and a missing folder as empty', async () => {
		await put('index.html');
		await put('articles/a/index.html');
		const stamps = await stampFiles(dir);
		expect([...stamps.keys()].sort()).toEqual(['articles/a/index.html', 'index.html']);
		expect(stamps.get('index.html')).toMatch(/^10:\d+$/);
		expect(await stampFiles(path.join(dir, 'missing'))).toEqual(new Map());
	});

	it('trusts only files unchanged since the last build recorded this same folder', async () => {
		await put('kept.html');
		await put('rewritten.html');
		const record = { outDir: dir, files: Object.fromEntries(await stampFiles(dir)) };
		// Another build (another cache) writes into the folder, and adds a file.
		await put('rewritten.html', 'a page from another build');
		await put('added.html');
		const now = await stampFiles(dir);
		expect(untrustedFiles(dir, now, record).sort()).toEqual(['added.html', 'rewritten.html']);
		// No record (the last build failed), or a record of another folder: nothing is trusted.
		expect(untrustedFiles(dir, now, undefined).sort()).toEqual([...now.keys()].sort());
		expect(untrustedFiles(dir, now, { ...record, outDir: '/elsewhere' }).length).toBe(3);
	});

	it('finds as stale only files this build neither generated nor wrote', async () => {
		await put('articles/deleted/index.html');
		await put('articles/reused/index.html');
		await put('_astro/old.abc.js');
		await put('_astro/same.def.js');
		const before = await stampFiles(dir);
		await put('_astro/same.def.js', 'written again by this build');
		await put('_astro/new.123.js');
		const generated = new Set(['articles/reused/index.html']);
		expect(staleFiles(before, await stampFiles(dir), generated)).toEqual([
			'_astro/old.abc.js',
			'articles/deleted/index.html',
		]);
	});

	it('removes files and the folders they leave empty, and no others', async () => {
		await put('articles/deleted/index.html');
		await put('articles/kept/index.html');
		await mkdir(path.join(dir, 'empty-before'));
		await removeFiles(dir, ['articles/deleted/index.html', 'not-there.html']);
		expect((await readdir(dir)).sort()).toEqual(['articles', 'empty-before']);
		expect(await readdir(path.join(dir, 'articles'))).toEqual(['kept']);
	});
});
