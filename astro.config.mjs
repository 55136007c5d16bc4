// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import contentValidation from './src/integrations/content-validation.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://parallax.example',
	trailingSlash: 'always',
	integrations: [contentValidation()],
	markdown: {
		// Shiki's inline styles break the CSP, and article bodies hold no code.
		syntaxHighlight: false,
		processor: unified({
			// Article text is quoted evidence: keep the outlet's own quote marks and dashes.
			smartypants: false,
			// Bodies are data. Validation already refuses raw HTML; this is the second lock.
			rehypePlugins: [rehypeSanitize],
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
