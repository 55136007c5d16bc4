import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as yaml from 'js-yaml';

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

/**
 * Rewrites one Markdown entry of a content copy: `change` edits its frontmatter (parsed as
 * validation parses it, dates kept as text) and may return a new body.
 */
export async function editEntry(
	root: string,
	file: string,
	change: (data: Record<string, unknown>, body: string) => string | void,
): Promise<void> {
	const full = path.join(root, file);
	const text = await readFile(full, 'utf8');
	const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`fixture edit found no frontmatter in ${file}`);
	const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
	const body = change(data, match[2]!) ?? match[2]!;
	const frontmatter = yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
	await writeFile(full, `---\n${frontmatter}---\n${body}`);
}
