/**
 * The files npm run bench:search serves beside the built site: the corpus as our index and as
 * one records file, and each baseline bundled for the browser.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { indexFormat, type SearchEntry } from '../../src/lib/search/index-format.ts';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { gzipSizeOfFile } from './bench-stats.ts';

/** The baselines' factories (search-baselines.ts), each bundled as its own entry. */
export const baselines = {
	'fuse.js defaults': 'defaultFuse',
	'fuse.js well configured': 'expertFuse',
	'ours without the index': 'oursWithoutIndex',
} as const;

/** Where the bench's own files live in the served folder. */
export const benchFolder = '__bench';

/**
 * Bundles each baseline for the browser on its own (one build each, so a baseline's bytes
 * are only the code it needs), into the site's bench folder.
 */
export async function bundleBaselines(site: string): Promise<void> {
	const source = fileURLToPath(new URL('./search-baselines.ts', import.meta.url));
	await rm(path.join(site, benchFolder), { recursive: true, force: true });
	for (const name of Object.values(baselines))
		await build({
			configFile: false,
			logLevel: 'warn',
			plugins: [
				{
					name: 'bench-engine',
					resolveId: (id) => (id === 'bench-engine' ? '\0bench-engine' : undefined),
					load: (id) =>
						id === '\0bench-engine'
							? `export { ${name} as makeSearch } from ${JSON.stringify(source)};`
							: undefined,
				},
			],
			build: {
				outDir: path.join(site, benchFolder),
				emptyOutDir: false,
				target: 'es2022',
				rollupOptions: {
					input: { [name]: 'bench-engine' },
					preserveEntrySignatures: 'strict',
					output: { format: 'es', entryFileNames: '[name].js' },
				},
			},
		});
	await writeFile(
		path.join(site, benchFolder, 'index.html'),
		// An icon of its own, so the page asks the server for nothing but what is measured.
		'<!DOCTYPE html><html lang="en"><title>bench</title><link rel="icon" href="data:,"><p>search bench</p></html>',
	);
}

/** The baseline bundle of one of `baselines`, as the page imports it. */
export const baselineModule = (name: string) => `/${benchFolder}/${name}.js`;
export const recordsFile = `/${benchFolder}/records.json`;

/**
 * The corpus as our index (in place of the site's: the entry file the home page's dialog names
 * now names its manifest) and as one file for the baselines. Returns the entry file's URL.
 */
export async function writeCorpus(site: string, records: readonly SearchRecord[]): Promise<string> {
	const dataDir = path.join(site, dataFolder);
	await rm(dataDir, { recursive: true, force: true });
	const { manifest, files } = buildSearchIndex(records);
	for (const [file, body] of files) {
		await mkdir(path.dirname(path.join(dataDir, file)), { recursive: true });
		await writeFile(path.join(dataDir, file), body);
	}
	await writeFile(path.join(site, recordsFile), JSON.stringify(records));
	// The served home page names the entry file; the entry names this corpus's manifest.
	const entry: SearchEntry = { format: indexFormat, manifest: `data/${manifest}` };
	await writeFile(path.join(site, 'search/index.json'), JSON.stringify(entry));
	const url = '/search/index.json';
	const home = await readFile(path.join(site, 'index.html'), 'utf8');
	if (!home.includes(`<site-search data-index="${url}"`))
		throw new Error(`the home page in ${site} does not name the search entry ${url}`);
	return url;
}

/** The search index's folder in a site built at the root path. */
const dataFolder = 'search/data';

/** The site's search module, the one the dialog imports, as the page imports it. */
export async function searchModule(site: string): Promise<string> {
	const name = (await readdir(path.join(site, '_astro'))).find((file) =>
		/^search-engine\.[\w-]+\.js$/.test(file),
	);
	if (!name) throw new Error(`no search-engine chunk in ${site}/_astro`);
	return `/_astro/${name}`;
}

/** Gzipped bytes of files of the served folder, by their paths in URLs. */
export async function gzipBytes(site: string, pathnames: readonly string[]): Promise<number> {
	let bytes = 0;
	for (const file of new Set(pathnames)) bytes += await gzipSizeOfFile(path.join(site, file));
	return bytes;
}
