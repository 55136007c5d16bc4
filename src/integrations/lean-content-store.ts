import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

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
 * A full garbage collection now. V8 otherwise collects when its heap has grown by a factor of
 * what was live, so the sync step's store and the garbage of writing it to disk (several times
 * the store's size) would still be held while Vite bundles, and the heap sized to them.
 */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/**
 * Lets V8's heap grow to 1.25 times what was live after a full collection before it collects
 * again. By default V8 lets it reach up to four times that on a machine with memory to spare, so
 * the build's heap peaked at several times its live data (at 100 stories × 10 articles ~250 MB
 * live, 800 MB heap), and that headroom grew with the content. A factor, unlike a cap on the
 * heap (--max-old-space-size), still lets a bigger site's heap grow as large as its data needs.
 * Read by V8 at each full collection, so setting it while the build runs is enough. 1.25, not
 * 1.5: the headroom is a share of the live heap, so it grows with the content (~0.2 MB a story
 * less), for more frequent full collections.
 */
function limitHeapGrowth(): void {
	setFlagsFromString('--heap-growing-percent=25');
}

/**
 * Vite plugin: a full garbage collection once every bundle is written, before Astro generates
 * the pages (Astro's own generation step is a later `buildApp` hook of the same order, run after
 * this one). Bundling leaves hundreds of megabytes of garbage at 100 stories × 10 articles
 * (copies of the store's text among them, 38 MB each); V8 would keep it through the first
 * thousands of pages, whose own garbage then came on top of it: the build's peak.
 */
export function collectAfterBundling(): Plugin {
	return {
		name: 'parallax:collect-after-bundling',
		buildApp: { order: 'post', handler: async () => collectGarbage() },
	};
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
 * only the sync step needed (the Markdown plugins' data), before the same collection.
 */
export default function leanContentStore({
	release,
}: { release?: () => void } = {}): AstroIntegration {
	return {
		name: 'parallax:lean-content-store',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				limitHeapGrowth();
				// Chunked storage keeps the store as a folder of parts, which Astro bundles its own way.
				const storage = config.experimental.collectionStorage ?? 'single-file';
				if (storage !== 'single-file') return;
				const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({ vite: { plugins: [storeFromFile(storeFile), collectAfterBundling()] } });
			},
			'astro:build:start': async () => {
				(await contentLayerSingleton())?.dispose();
				release?.();
				collectGarbage();
			},
		},
	};
}
