import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { reduceMemory } from '../lib/build/memory-reducer.ts';

/** The module through which Astro's bundled pages read the content store. */
const storeModuleId = '\0astro:data-layer-content';
/**
 * The mark Astro's own plugin gives that module (core/build/incremental-metadata.js): its
 * incremental build leaves content data out of each page's code hash, as the pages' keys cover it.
 */
const contentDataMeta = { astroIncremental: { kind: 'content-data' } };

/**
 * The devalue Astro itself uses to write and read the store (a dependency of Astro's, not ours,
 * so found next to Astro's entry).
 */
export function astroDevalue(): string {
	return createRequire(createRequire(import.meta.url).resolve('astro')).resolve('devalue');
}

/**
 * The store module's code for the build: the store Astro would have inlined, read from the store
 * file when the prerendered pages first ask for it, instead of a string literal of it inside the
 * bundle. It is unflattened here, as Astro's runtime unflattens a flattened store: the module
 * exports the Map of collections, which Astro's runtime takes as it is, so the flattened array
 * (a second structure of every entry's values, its numbers and arrays of indices) is garbage once
 * read, not held by the module through the build beside the Map made from it.
 */
export function storeModuleCode(storeFile: string, devalue = astroDevalue()): string {
	return [
		"import { readFileSync } from 'node:fs';",
		`import { unflatten } from ${JSON.stringify(devalue)};`,
		`export default unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
	].join('\n');
}

/**
 * Vite plugin: the server bundles' store module reads `storeFile` when it runs. The module is
 * loaded here, before Astro's own plugin (`order: 'pre'`), which would read the file, parse it
 * to check it and write it out again as a string literal: at 100 stories × 10 articles a 19 MB
 * file became several 38 MB strings (each plugin that transforms code got its own copy) and a
 * parsed store, all garbage, at the build's peak. Left to Astro without a store file (then the
 * module is an empty store) and in the browser bundle.
 */
export function storeFromFile(storeFile: string): Plugin {
	return {
		name: 'parallax:content-store-from-file',
		load: {
			order: 'pre',
			filter: { id: new RegExp(`^${storeModuleId}$`) },
			handler(id) {
				if (id !== storeModuleId || this.environment.name === 'client') return;
				if (!existsSync(storeFile)) return;
				return { code: storeModuleCode(storeFile), map: { mappings: '' }, meta: contentDataMeta };
			},
		},
	};
}

/** Astro's content layer singleton (not a public export; found next to Astro's entry). */
async function contentLayerSingleton(): Promise<{ dispose(): void } | undefined> {
	const entry = createRequire(import.meta.url).resolve('astro');
	const file = path.join(path.dirname(entry), 'content', 'instance.js');
	try {
		const module = (await import(pathToFileURL(file).href)) as {
			globalContentLayer?: { dispose(): void };
		};
		return module.globalContentLayer;
	} catch {
		return undefined;
	}
}

/**
 * Keeps the content store once in memory during `astro build`, not three times. Astro inlines
 * the store into the prerender bundle as a JSON string (so V8 holds the chunk's source and the
 * string literal, each twice the file's size, besides the parsed store), and keeps the store
 * its sync step filled alive through the whole build. Both grow with the number of articles:
 * at 100 stories × 10 articles the store file is 19 MB and the three extra copies ~130 MB; at 1,000
 * stories ten times that. The bundle reads the file instead (written by the sync step before
 * the bundle is made, and read where the bundle runs: in the build's own process), and the sync
 * step's store is let go once the build starts (pages read the store through the bundled module;
 * nothing in Astro's build reads the sync step's copy after it). `release` lets go of what else
 * only the sync step needed (the Markdown plugins' data), before memory is given back.
 */
export default function leanContentStore({
	release,
}: { release?: () => void } = {}): AstroIntegration {
	return {
		name: 'parallax:lean-content-store',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				// Chunked storage keeps the store as a folder of parts, which Astro bundles its own way.
				const storage = config.experimental.collectionStorage ?? 'single-file';
				if (storage !== 'single-file') return;
				const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({ vite: { plugins: [storeFromFile(storeFile)] } });
			},
			'astro:build:start': async () => {
				(await contentLayerSingleton())?.dispose();
				release?.();
				reduceMemory();
			},
		},
	};
}
