import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Certificate } from './self-signed.ts';

/** Extra response headers by request path, as a host's `_headers` file would add them. */
export type HeadersFor = (pathname: string) => Record<string, string>;

/**
 * Serves a built `dist/` on a free loopback port, as any static host would: over HTTP/1.1, or,
 * given a certificate, over HTTPS speaking HTTP/2 (as static hosts do: one connection, every
 * request at once) and HTTP/1.1 to a client that cannot.
 */
export async function serveStatic(
	dir: string,
	headersFor?: HeadersFor,
	tls?: Certificate,
): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: false, dotfiles: false });
	type Request = IncomingMessage | Http2ServerRequest;
	type Response = ServerResponse | Http2ServerResponse;
	const serve = (req: Request, res: Response) => {
		const pathname = new URL(req.url ?? '/', 'http://host').pathname;
		for (const [name, value] of Object.entries(headersFor?.(pathname) ?? {}))
			res.setHeader(name, value);
		// sirv uses only what both response kinds share (headers, writeHead, a piped stream).
		handler(req as IncomingMessage, res as ServerResponse, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	};
	const server = tls
		? createSecureServer({ ...tls, allowHTTP1: true }, serve)
		: createServer(serve);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
