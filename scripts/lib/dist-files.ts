import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) =>
			path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
		)
		.sort();
}

/** The site's pages in `dist/`: every `.html` file, as its route (`articles/x/`, `404.html`). */
export async function listPages(dir: string): Promise<string[]> {
	return (await listFiles(dir))
		.filter((file) => file.endsWith('.html'))
		.map((file) =>
			file.endsWith('/index.html') || file === 'index.html'
				? file.slice(0, -'index.html'.length)
				: file,
		);
}
