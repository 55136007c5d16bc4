import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { fixtureContentDir } from './fixture-content.ts';

/** A throw-away copy of the frozen fixture content, for breaking on purpose. */
export async function copyContent(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'parallax-content-'));
	await cp(fixtureContentDir, dir, { recursive: true });
	return dir;
}

/** Replaces `from` with `to` in one file of a content copy; fails loudly if `from` is absent. */
export async function edit(
	root: string,
	file: string,
	from: string | RegExp,
	to: string,
): Promise<void> {
	const full = path.join(root, file);
	const text = await readFile(full, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`fixture edit found nothing to change in ${file}: ${from}`);
	await writeFile(full, changed);
}

/**
 * Rewrites one Markdown entry of a content copy: `change` edits its frontmatter (parsed as
 * validation parses it, dates kept as text) and may return a new body. The body it is given
 * starts after the line of the closing `---`, as it is written back.
 */
export async function editEntry(
	root: string,
	file: string,
	change: (data: Record<string, unknown>, body: string) => string | undefined,
): Promise<void> {
	const full = path.join(root, file);
	const text = await readFile(full, 'utf8');
	const { data, body: rest } = readFrontmatter(text, full);
	if (rest === text || !rest.startsWith('\n') || typeof data !== 'object' || data === null)
		throw new Error(`fixture edit found no frontmatter in ${file}`);
	const record = data as Record<string, unknown>;
	const body = rest.slice(1);
	await writeFile(full, writeFrontmatter(record, change(record, body) ?? body));
}
