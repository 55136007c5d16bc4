// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';
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
// Astro re-renders cached articles when its config changes, so an edit to people.yaml or a
// claim map reaches every article page.
const validated = await validateContent(contentRoot());

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: {
		// Preview cards are most of a cold build at scale; their rasterising runs off the main
		// thread (resvg's renderAsync), so a few pages at a time keep both cores busy.
		concurrency: 4,
	},
	// The 404 page is for lost readers, not for search engines.
	integrations: [
		contentValidation(validated.problems),
		sitemap({ filter: (page) => !page.endsWith('/404/') }),
	],
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
