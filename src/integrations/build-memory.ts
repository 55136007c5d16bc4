import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { reduceMemory, startMemoryReducer } from '../lib/build/memory-reducer.ts';

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
 * Vite plugin: memory given back once every bundle is written, before Astro generates the pages
 * (Astro's own generation step is a later `buildApp` hook of the same order, run after this
 * one). Bundling leaves hundreds of megabytes of garbage at 100 stories × 10 articles (copies of
 * the store's text among them, 38 MB each); V8 would keep it through the first thousands of
 * pages, whose own garbage then came on top of it: the build's peak.
 */
export function collectAfterBundling(): Plugin {
	return {
		name: 'parallax:collect-after-bundling',
		buildApp: { order: 'post', handler: async () => reduceMemory() },
	};
}

/**
 * Keeps `astro build`'s memory near what it holds. V8 keeps the pages of freed objects until a
 * collection that gives memory back, and the build's phases (validating content in the config,
 * the content sync, bundling, thousands of pages, then thousands of preview cards) each leave
 * their garbage to the next: at 1,000 stories × 10 articles the process held 1,818 MiB while
 * generating pages with 666 MiB of live heap. So: memory is given back once the config is read
 * (the content checks' garbage), after bundling, and whenever the process has grown by a quarter
 * and by 256 MB since the last time (memory-reducer.ts), until the build is done; and at build
 * start, once the sync step's store is let go (lean-content-store.ts).
 */
export default function buildMemory(): AstroIntegration {
	let stop: (() => void) | undefined;
	return {
		name: 'parallax:build-memory',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				limitHeapGrowth();
				reduceMemory();
				stop ??= startMemoryReducer();
				updateConfig({ vite: { plugins: [collectAfterBundling()] } });
			},
			'astro:build:done': () => {
				stop?.();
				stop = undefined;
			},
		},
	};
}
