// @ts-check
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildMemory from './src/integrations/build-memory.ts';
import contentValidation from './src/integrations/content-validation.ts';
import incrementalOutDir from './src/integrations/incremental-out-dir.ts';
import leanContentStore from './src/integrations/lean-content-store.ts';
import { cacheFolder } from './src/lib/build/cache-folder.ts';
import { contentRoot } from './src/lib/content/content-root.ts';
import { validateContent } from './src/lib/content/validate-content.ts';
import { markingData, releaseMarkingData } from './src/markdown/marking-data.ts';
import { markdownConfig } from './src/markdown/pipeline.ts';

// Where the site is served: SITE_URL is its public address (canonical links, feeds,
// previews); BASE_PATH a subfolder when hosted under one (e.g. /parallax/ on GitHub Pages).
const site = process.env.SITE_URL ?? 'https://parallax.example';
const base = process.env.BASE_PATH ?? '/';
// Content is validated once per build: the integration reports the problems (and stops the
// build on any), and the Markdown plugins take the people and claims that passed as options.
// Builds are incremental: each rendered article is cached under a digest of its file, people.yaml,
// its story's claim map and the Markdown pipeline's code (src/lib/content/marked-glob.ts), and
// each page under a key of what it reads (src/lib/site/page-keys.ts). `--force` starts clean.
// Astro's cache folder (its default, or PARALLAX_ASTRO_CACHE's) keeps the bodies' checks too.
const cacheDir = process.env.PARALLAX_ASTRO_CACHE;
const cache = cacheFolder();
// Only the problems and the plugins' data are kept, not the checked entries: this module stays
// loaded through the build, and each parsed article held on to its whole file's text (~190 KB a
// story), which grew the build's live heap with the content.
const { problems, marking } = await validateContent(contentRoot(), {
	bodyChecks: path.join(cache, 'parallax-body-checks.json'),
}).then((validated) => ({ problems: validated.problems, marking: markingData(validated.content) }));
// dist/ is kept between builds, so a reused page is not even copied; the integration checks it
// is the folder the last build left, and deletes what this build did not generate.
const outDir = incrementalOutDir();

export default defineConfig({
	site,
	base,
	// PARALLAX_ASTRO_CACHE gives a benchmark or a test its own content store and page cache.
	...(cacheDir ? { cacheDir } : {}),
	trailingSlash: 'always',
	experimental: { incrementalBuild: true },
	build: {
		// Preview cards are most of a cold build at scale; they are rasterised and encoded off the
		// main thread (src/lib/og/card-thread.ts), so a few pages at a time keep both cores busy.
		// package.json's build script gives libuv's pool, where resvg rasterises, two threads
		// (UV_THREADPOOL_SIZE=2), as many as the cores: each rasterising thread keeps its own
		// allocator heap, and four held ~120 MB more.
		concurrency: 4,
	},
	integrations: [
		outDir.prune,
		contentValidation(problems),
		// The content store held once in memory during the build, not three times (see the
		// integration), and the build's garbage collected and its memory given back sooner
		// (buildMemory, last so that it watches to the end). Beside them, package.json's build script has
		// mimalloc, the allocator inside Vite's bundler, give freed memory back to the system at once
		// (MIMALLOC_PURGE_*): by default it keeps it for reuse, and much of it (~150 MB at 20×10) was
		// never reused (the card rasteriser's copy of mimalloc keeps what it frees for a second, see
		// src/lib/og/render-og.ts, as each card reuses the last one's pixmaps); keep to small pages
		// (MIMALLOC_ALLOW_THP=0): in transparent huge pages, 2 MB each, the bundler's freed memory stayed
		// resident (~100 MB at 20×10); and two libuv threads, as many as this machine's cores (each
		// card-drawing thread kept its own allocator heap). V8's young generation is capped at two halves
		// of 32 MB (--max-semi-space-size in the build script): by default V8 sizes them from the heap
		// limit, 64 MB each on this 24 GiB machine, and the smaller ones took the 20×10 cold peak from
		// ~700 to ~640 MB at no CPU cost measured. V8's heap is not capped: a cap saved ~130 MB at 100×10
		// but would make a bigger site fail with "heap out of memory" rather than build.
		// Articles are rendered by the content sync, before the build starts: the Markdown
		// plugins' data is let go then.
		leanContentStore({ release: () => releaseMarkingData(marking) }),
		// The 404 page is for lost readers, not for search engines.
		sitemap({ filter: (page) => !page.endsWith('/404/') }),
		outDir.seal,
		buildMemory(),
	],
	vite: {
		// Vite's own cache (pre-bundled dependencies) beside Astro's: in node_modules/.vite it is
		// shared by every checkout and cache folder using that node_modules, and one build's
		// dependencies are re-bundled after any other's ("vite config has changed": its hash
		// includes the project root).
		cacheDir: path.join(cache, 'vite'),
		build: { emptyOutDir: false },
	},
	markdown: markdownConfig(marking, base),
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
