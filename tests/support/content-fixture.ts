import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away copy of the real content folder, for breaking on purpose. */
export async function copyContent(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'parallax-content-'));
	await cp(path.resolve('content'), dir, { recursive: true });
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
