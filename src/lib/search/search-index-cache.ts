import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeDigest } from '../../markdown/marking-inputs.ts';
import type { BuiltSearchIndex } from './search-index.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * The search index kept between builds: building it is a second or more at 1,000 articles, and
 * most edits leave every record as it was. The index kept is used only for the same records
 * (their digest) built by the same code: search-index.ts and everything it imports, and the
 * lockfile. Any other records or code build it afresh and replace it.
 */

/** The index builder's code (search-index.ts and what it imports) and the lockfile. */
export function searchIndexCodeDigest(projectRoot: string = process.cwd()): string {
	return codeDigest(projectRoot, 'src/lib/search/search-index.ts');
}

/** The file's shape: what the index was built from, and the index. */
interface KeptIndex {
	code: string;
	records: string;
	manifest: string;
	files: [string, string][];
}

/**
 * The index of `records`, from `file` when it was built there from the same records by the same
 * `code`, else from `build`, then kept in `file` for the next build.
 */
export async function cachedSearchIndex(
	records: readonly SearchRecord[],
	file: string,
	code: string,
	build: (records: readonly SearchRecord[]) => BuiltSearchIndex,
): Promise<BuiltSearchIndex> {
	const digest = createHash('sha256').update(JSON.stringify(records)).digest('base64url');
	try {
		const kept = JSON.parse(await readFile(file, 'utf8')) as KeptIndex;
		if (kept.code === code && kept.records === digest && Array.isArray(kept.files))
			return { manifest: kept.manifest, files: new Map(kept.files) };
	} catch {
		// No index kept yet, or a file cut short: build it.
	}
	const built = build(records);
	const kept: KeptIndex = {
		code,
		records: digest,
		manifest: built.manifest,
		files: [...built.files],
	};
	await mkdir(path.dirname(file), { recursive: true });
	// A name of its own, then a rename: a build reading the file never sees half of it.
	const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
	await writeFile(partial, JSON.stringify(kept));
	await rename(partial, file);
	return built;
}
