import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../content/problems.ts';
import type { IngestResult } from './ingest-article.ts';

/**
 * Writes the raw copy and the article, or neither: both go to temporary files first and
 * are renamed into place only when both writes succeeded.
 */
export async function writeIngested(
	root: string,
	result: IngestResult,
	raw: Uint8Array,
	force: boolean,
): Promise<Problem[]> {
	const rawPath = path.join(root, 'raw', `${result.id}.txt`);
	const articlePath = path.join(root, 'articles', `${result.id}.md`);
	if (!force) {
		const existing = [rawPath, articlePath].filter((file) => existsSync(file));
		if (existing.length > 0) {
			return existing.map((file) => ({
				file: path.relative(process.cwd(), file),
				field: '(file)',
				message: 'already exists; not overwritten',
				expected: 'a new id (--id) or --force to replace it',
			}));
		}
	}
	await mkdir(path.dirname(rawPath), { recursive: true });
	await mkdir(path.dirname(articlePath), { recursive: true });
	const temporary = [`${rawPath}.tmp-${process.pid}`, `${articlePath}.tmp-${process.pid}`] as const;
	try {
		await writeFile(temporary[0], raw);
		await writeFile(temporary[1], result.markdown);
		await rename(temporary[0], rawPath);
		await rename(temporary[1], articlePath);
	} finally {
		await Promise.all(temporary.map((file) => rm(file, { force: true })));
	}
	return [];
}
