import type { APIRoute } from 'astro';

/** Everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(
		`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`,
		site,
	);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
