import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	type OutDirRecord,
	type OutDirStamps,
	removeFiles,
	stampFiles,
	staleFiles,
	untrustedFiles,
} from '../lib/build/out-dir.ts';

/** The record's name in Astro's cache folder, beside the page cache it vouches for. */
const RECORD = 'parallax-out-dir.json';

/**
 * Lets an incremental build keep `dist/` instead of emptying it (`vite.build.emptyOutDir:
 * false`): Astro then reuses a page's file where it lies (`(cached)`) rather than copying it back
 * from its cache. Two integrations, as the work comes in two places:
 *
 * - `prune` (first in the list) checks at the start that the folder is the one the last build
 *   left: that build's record of every file's size and time. Any file written since, or all of
 *   them when there is no record (a failed build, another folder, another cache), is deleted, so
 *   Astro never reuses a page it did not write. When the pages are done, it deletes every file
 *   this build neither generated nor wrote: pages of deleted articles, old search files,
 *   cards and bundles.
 * - `seal` (last) records the folder once every integration has written its files.
 */
export default function incrementalOutDir(): { prune: AstroIntegration; seal: AstroIntegration } {
	let outDir = '';
	let publicDir = '';
	let recordFile = '';
	let found: OutDirStamps = new Map();

	const prune: AstroIntegration = {
		name: 'parallax:incremental-out-dir',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				publicDir = fileURLToPath(config.publicDir);
				recordFile = path.join(fileURLToPath(config.cacheDir), RECORD);
			},
			'astro:build:start': async ({ logger }) => {
				const record = await readRecord(recordFile);
				// Gone before anything is written: a build that stops half way leaves no record.
				await rm(recordFile, { force: true });
				const current = await stampFiles(outDir);
				const untrusted = untrustedFiles(outDir, current, record);
				if (untrusted.length > 0) {
					logger.info(`Removing ${untrusted.length} file(s) this cache did not write.`);
					await removeFiles(outDir, untrusted);
					for (const file of untrusted) current.delete(file);
				}
				found = current;
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const generated = new Set(await publicFiles(publicDir));
				const root = fileURLToPath(dir);
				for (const urls of assets.values())
					for (const url of urls)
						generated.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
				const stale = staleFiles(found, await stampFiles(outDir), generated);
				if (stale.length > 0) {
					logger.info(`Removing ${stale.length} file(s) this build did not generate.`);
					await removeFiles(outDir, stale);
				}
			},
		},
	};

	const seal: AstroIntegration = {
		name: 'parallax:incremental-out-dir-record',
		hooks: {
			'astro:build:done': async () => {
				const record: OutDirRecord = {
					outDir,
					files: Object.fromEntries(await stampFiles(outDir)),
				};
				await mkdir(path.dirname(recordFile), { recursive: true });
				await writeFile(recordFile, JSON.stringify(record));
			},
		},
	};

	return { prune, seal };
}

/** The last build's record, or nothing when there is none (or it cannot be read). */
async function readRecord(file: string): Promise<OutDirRecord | undefined> {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as OutDirRecord;
	} catch {
		return undefined;
	}
}

/** The public folder's files, which Vite copies into the output folder as they are. */
async function publicFiles(publicDir: string): Promise<string[]> {
	return [...(await stampFiles(publicDir)).keys()];
}
