import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Extra response headers by request path, as a host's `_headers` file would add them. */
export type HeadersFor = (pathname: string) => Record<string, string>;

/** Serves a built `dist/` on a free loopback port, as any static host would. */
export async function serveStatic(
	dir: string,
	headersFor?: HeadersFor,
): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: false, dotfiles: false });
	const addHeaders = (res: ServerResponse, url = '/') => {
		const pathname = new URL(url, 'http://host').pathname;
		for (const [name, value] of Object.entries(headersFor?.(pathname) ?? {}))
			res.setHeader(name, value);
	};
	const server: Server = createServer((req, res) => {
		addHeaders(res, req.url);
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
