import path from 'node:path';

/**
 * The content folder. `PARALLAX_CONTENT_DIR` points the build and the tools at another
 * one (tests build broken copies this way); the default is `content/` in the project.
 */
export function contentRoot(cwd: string = process.cwd()): string {
	return path.resolve(cwd, process.env.PARALLAX_CONTENT_DIR ?? 'content');
}
