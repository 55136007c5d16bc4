import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the output folder holds after a build, file by file: its path (relative, with forward
 * slashes) and a stamp of its size and modification time. A later build trusts a file only
 * while its stamp is unchanged, i.e. nothing has written it since.
 */
export type OutDirStamps = Map<string, string>;

/** The record a successful build leaves for the next one. */
export interface OutDirRecord {
	/** The output folder the stamps describe (absolute). */
	outDir: string;
	files: Record<string, string>;
}

/** How many files are stat'ed or removed at once: enough to keep the disk busy, few enough for file handles. */
const BATCH = 256;

/** Runs `task` over `items`, `BATCH` at a time, and returns the results in order. */
async function inBatches<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (let i = 0; i < items.length; i += BATCH)
		results.push(...(await Promise.all(items.slice(i, i + BATCH).map(task))));
	return results;
}

/** Every file under `dir` with its stamp; an empty map when `dir` does not exist. */
export async function stampFiles(dir: string): Promise<OutDirStamps> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return [];
			throw error;
		},
	);
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
	const stamps = await inBatches(files, async (file) => {
		const { size, mtimeNs } = await stat(path.join(dir, file), { bigint: true });
		return [file.split(path.sep).join('/'), `${size}:${mtimeNs}`] as const;
	});
	return new Map(stamps);
}

/**
 * Files in the output folder the next build may not reuse: all of them when the last build
 * left no record for this folder (it failed, was interrupted, or wrote elsewhere), otherwise
 * each file something has written (or added) since that build ended.
 */
export function untrustedFiles(
	outDir: string,
	current: OutDirStamps,
	record: OutDirRecord | undefined,
): string[] {
	if (record?.outDir !== outDir) return [...current.keys()];
	return [...current].filter(([file, stamp]) => record.files[file] !== stamp).map(([file]) => file);
}

/**
 * Files this build neither generated nor wrote: pages of deleted articles, search files and
 * preview cards under old names, assets of an older bundle. `generated` holds every path the
 * build generated (rendered or reused) and every copied public file; `before` the folder as the
 * build found it, so any file whose stamp changed since was written by this build.
 */
export function staleFiles(
	before: OutDirStamps,
	after: OutDirStamps,
	generated: ReadonlySet<string>,
): string[] {
	return [...after]
		.filter(([file, stamp]) => !generated.has(file) && before.get(file) === stamp)
		.map(([file]) => file)
		.sort();
}

/** Removes `files` (relative to `dir`), then any folder left empty by it. */
export async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
	await inBatches(files, (file) => rm(path.join(dir, file), { force: true }));
	const folders = new Set<string>();
	for (const file of files)
		for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder))
			folders.add(folder);
	// Deepest first, so a parent is tried only after its children.
	const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
	for (const folder of deepestFirst) {
		await rmdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOTEMPTY' && error.code !== 'ENOENT') throw error;
		});
	}
}
