import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module through which Astro's bundled pages read the content store. */
const storeModuleId = '\0astro:data-layer-content';
/** How Astro's own plugin writes that module: the whole store as one string literal. */
const inlinedStore = 'export default JSON.parse(';

/**
 * The store module's code for the build: the same JSON, read from the store file when the
 * prerendered pages first ask for it, instead of a string literal of it inside the bundle.
 */
export function storeModuleCode(storeFile: string): string {
	return [
		"import { readFileSync } from 'node:fs';",
		`export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
	].join('\n');
}

/**
 * Vite plugin: replaces the inlined store by a read of `storeFile` in the server bundles. Left
 * alone when Astro writes the module another way (chunked storage, another Astro version).
 */
export function storeFromFile(storeFile: string): Plugin {
	return {
		name: 'parallax:content-store-from-file',
		transform(code, id) {
			if (id !== storeModuleId || this.environment.name === 'client') return;
			if (!code.startsWith(inlinedStore)) return;
			return { code: storeModuleCode(storeFile), map: { mappings: '' } };
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
 * Vite plugin: a full garbage collection once every bundle is written, before Astro generates
 * the pages (Astro's own generation step is a later `buildApp` hook of the same order, run after
 * this one). Bundling leaves hundreds of megabytes of garbage at 100 stories × 10 articles
 * (copies of the store's text among them, 38 MB each); V8 would keep it through the first
 * thousands of pages, whose own garbage then came on top of it: the build's peak.
 */
export function collectAfterBundling(): Plugin {
	return {
		name: 'parallax:collect-after-bundling',
		buildApp: { order: 'post', handler: collectGarbage },
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
 * nothing in Astro's build reads the sync step's copy after it).
 */
export default function leanContentStore(): AstroIntegration {
	return {
		name: 'parallax:lean-content-store',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({ vite: { plugins: [storeFromFile(storeFile), collectAfterBundling()] } });
			},
			'astro:build:start': async () => {
				(await contentLayerSingleton())?.dispose();
				collectGarbage();
			},
		},
	};
}
