import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Certificate } from './self-signed.ts';

/**
 * Serves `dir` from another process, so a benchmark's own event loop (driving the
 * browser) never delays a response, as no real host's would. Given a certificate, over
 * HTTPS with HTTP/2.
 */
export async function serveInChild(
	dir: string,
	tls?: Certificate,
): Promise<{ url: string; close: () => Promise<void> }> {
	const child: ChildProcess = spawn(
		process.execPath,
		[fileURLToPath(new URL('../serve.ts', import.meta.url)), dir, ...(tls ? ['--tls'] : [])],
		{ stdio: [tls ? 'pipe' : 'ignore', 'pipe', 'inherit'] },
	);
	// The key goes through a pipe, never the command line other processes can read.
	if (tls) child.stdin!.end(JSON.stringify(tls));
	const [line] = (await once(child.stdout!, 'data')) as [Buffer];
	const url = line.toString().trim();
	if (!/^https?:\/\//.test(url)) throw new Error(`the static server did not start: ${url}`);
	return {
		url,
		close: async () => {
			child.kill();
			await once(child, 'exit');
		},
	};
}
