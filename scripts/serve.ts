/**
 * node scripts/serve.ts <dir> [--tls]: serves a built site on a free loopback port and prints
 * its URL. With --tls it reads a certificate ({ key, cert } in PEM, as JSON) from stdin and
 * serves HTTP/2 over HTTPS.
 */
import { text } from 'node:stream/consumers';
import { runCommand } from './lib/cli.ts';
import type { Certificate } from './lib/self-signed.ts';
import { serveStatic } from './lib/static-server.ts';

await runCommand(
	{
		usage: 'usage: node scripts/serve.ts <dir> [--tls]  (--tls: certificate JSON on stdin)',
		positionals: ['dir'],
		options: { tls: { type: 'boolean', default: false } },
	},
	async ({ positionals: [dir], values }) => {
		const tls = values.tls ? (JSON.parse(await text(process.stdin)) as Certificate) : undefined;
		const { url } = await serveStatic(dir, undefined, tls);
		console.log(url);
	},
);
