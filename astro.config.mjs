// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';
import incrementalOutDir from './src/integrations/incremental-out-dir.ts';
import leanContentStore from './src/integrations/lean-content-store.ts';
import { contentRoot } from './src/lib/content/content-root.ts';
import { validateContent } from './src/lib/content/validate-content.ts';
import { markingData } from './src/markdown/marking-data.ts';
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
const validated = await validateContent(contentRoot());
// dist/ is kept between builds, so a reused page is not even copied; the integration checks it
// is the folder the last build left, and deletes what this build did not generate.
const outDir = incrementalOutDir();

export default defineConfig({
	site,
	base,
	// PARALLAX_ASTRO_CACHE gives a benchmark or a test its own content store and page cache.
	...(process.env.PARALLAX_ASTRO_CACHE ? { cacheDir: process.env.PARALLAX_ASTRO_CACHE } : {}),
	trailingSlash: 'always',
	experimental: { incrementalBuild: true },
	build: {
		// Preview cards are most of a cold build at scale; their rasterising runs off the main
		// thread (resvg's renderAsync), so a few pages at a time keep both cores busy. package.json's
		// build script gives that thread pool two threads (UV_THREADPOOL_SIZE=2), as many as the
		// cores: each rasterising thread keeps its own allocator heap, and four held ~120 MB more.
		concurrency: 4,
	},
	integrations: [
		outDir.prune,
		contentValidation(validated.problems),
		// The content store held once in memory during the build, not three times (see the integration).
		// Beside it, package.json's build script has mimalloc, the allocator inside Vite's bundler and
		// the card rasteriser, give freed memory back to the system at once (MIMALLOC_PURGE_*): by
		// default it keeps it for reuse, and much of it (~150 MB at 20×10) was never reused. It also
		// caps V8's heap at 2,000 MB (NODE_OPTIONS): under 2 GB V8 lets its heap grow to at most about
		// twice what is live before collecting, not four times, and the build's garbage comes in
		// bursts (~130 MB less at 100×10). A site whose live heap passes that fails with "heap out of
		// memory": past the 2 GB the build is meant to fit in; raise the figure there.
		leanContentStore(),
		// The 404 page is for lost readers, not for search engines.
		sitemap({ filter: (page) => !page.endsWith('/404/') }),
		outDir.seal,
	],
	vite: { build: { emptyOutDir: false } },
	markdown: markdownConfig(markingData(validated.content), base),
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
