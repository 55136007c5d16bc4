// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import contentValidation from './src/integrations/content-validation.ts';
import { contentRoot } from './src/lib/content/content-root.ts';
import { markingData } from './src/markdown/marking-data.ts';
import rehypeMarkClaims from './src/markdown/rehype-mark-claims.ts';
import rehypeMarkQuotes from './src/markdown/rehype-mark-quotes.ts';

// Where the site is served: SITE_URL is its public address (canonical links, feeds,
// previews); BASE_PATH a subfolder when hosted under one (e.g. /parallax/ on GitHub Pages).
const site = process.env.SITE_URL ?? 'https://parallax.example';
const base = process.env.BASE_PATH ?? '/';
// The plugins take the people and claims as options: Astro re-renders cached articles when
// its config changes, so an edit to people.yaml or a claim map reaches every article page.
const { people, claims } = await markingData(contentRoot());

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
	integrations: [contentValidation(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
	markdown: {
		// Shiki's inline styles break the CSP, and article bodies hold no code.
		syntaxHighlight: false,
		processor: unified({
			// Article text is quoted evidence: keep the outlet's own quote marks and dashes.
			smartypants: false,
			// Bodies are data. Validation already refuses raw HTML; this is the second lock.
			// Parallax's own marks come after it, so sanitising never strips their ids.
			rehypePlugins: [
				rehypeSanitize,
				[rehypeMarkQuotes, { people, base }],
				[rehypeMarkClaims, { claims, base }],
			],
		}),
	},
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
