import path from 'node:path';

/**
 * Astro's cache folder: `PARALLAX_ASTRO_CACHE` when a benchmark or test gives a build its own,
 * else Astro's default. What this project keeps between builds (checked bodies, the search
 * index, Vite's pre-bundled dependencies) lives beside Astro's own, so a build with its own
 * cache folder starts from nothing another build left.
 */
export function cacheFolder(cwd: string = process.cwd()): string {
	return path.resolve(cwd, process.env.PARALLAX_ASTRO_CACHE ?? 'node_modules/.astro');
}
