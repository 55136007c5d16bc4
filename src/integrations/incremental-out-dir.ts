import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	listFiles,
	type OutDirRecord,
	removeFiles,
	type Stamp,
	stale,
	stampOf,
	trusted,
} from '../lib/build/out-dir.ts';

/** The record's name in Astro's cache folder, beside the page cache it vouches for. */
const RECORD = 'parallax-out-dir.json';

/** Now, in ns since the epoch, as file times are. */
const now = () => BigInt(Date.now()) * 1_000_000n;
/** File times come from a coarser clock than Date.now() (a few ms); a margin covers the lag. */
const CLOCK_LAG = 100_000_000n;

/**
 * Lets an incremental build keep `dist/` instead of emptying it (`vite.build.emptyOutDir:
 * false`): Astro then reuses a page's file where it lies (`(cached)`) rather than copying it back
 * from its cache. Two integrations, as the work comes in two places:
 *
 * - `prune` (first in the list) checks at the start that the folder is as the last build left
 *   it (out-dir.ts, `trusted`) and deletes every file that is not, so Astro never reuses a page
 *   it did not write. When the pages are done, it deletes every file this build neither
 *   generated nor wrote: pages of deleted articles, old search files, cards and bundles.
 * - `seal` (last, after every integration has written its files) records the folder.
 */
export default function incrementalOutDir(): { prune: AstroIntegration; seal: AstroIntegration } {
	let outDir = '';
	let publicDir = '';
	let recordFile = '';
	let kept: Record<string, Stamp> = {};
	let from = 0n;

	const prune: AstroIntegration = {
		name: 'parallax:incremental-out-dir',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				publicDir = fileURLToPath(config.publicDir);
				recordFile = path.join(fileURLToPath(config.cacheDir), RECORD);
			},
			'astro:build:start': async ({ logger }) => {
				from = now() - CLOCK_LAG;
				const record = await readRecord(recordFile);
				// Gone before anything is written: a build that stops half way leaves no record.
				await rm(recordFile, { force: true });
				kept = {};
				const untrusted: string[] = [];
				for (const file of listFiles(outDir)) {
					const stamp = stampOf(outDir, file);
					if (trusted(outDir, record, file, stamp)) kept[file] = stamp;
					else untrusted.push(file);
				}
				if (untrusted.length > 0) {
					logger.info(`Removing ${untrusted.length} file(s) the last build did not leave.`);
					removeFiles(outDir, untrusted);
				}
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const generated = new Set(listFiles(publicDir));
				const root = fileURLToPath(dir);
				for (const urls of assets.values())
					for (const url of urls)
						generated.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
				const old = listFiles(outDir).filter((file) =>
					stale(file, generated, () => stampOf(outDir, file), from),
				);
				if (old.length > 0) {
					const named = old.slice(0, 3).join(', ') + (old.length > 3 ? ', …' : '');
					logger.info(`Removing ${old.length} file(s) this build did not generate: ${named}`);
					removeFiles(outDir, old);
					for (const file of old) delete kept[file];
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
					kept,
					wrote: { from: String(from), to: String(now()) },
				};
				await mkdir(path.dirname(recordFile), { recursive: true });
				await writeFile(recordFile, JSON.stringify(record));
			},
		},
	};

	return { prune, seal };
}

/** The last build's record, or nothing when there is none (or it cannot be read, or is not one). */
async function readRecord(file: string): Promise<OutDirRecord | undefined> {
	try {
		const record = JSON.parse(await readFile(file, 'utf8')) as Partial<OutDirRecord>;
		const whole =
			typeof record.outDir === 'string' &&
			typeof record.kept === 'object' &&
			record.kept !== null &&
			typeof record.wrote?.from === 'string' &&
			typeof record.wrote.to === 'string';
		return whole ? (record as OutDirRecord) : undefined;
	} catch {
		return undefined;
	}
}
