import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Serves `dir` from another process, so a benchmark's own event loop (driving the
 * browser) never delays a response, as no real host's would.
 */
export async function serveInChild(
	dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
	const child: ChildProcess = spawn(
		process.execPath,
		[fileURLToPath(new URL('../serve.ts', import.meta.url)), dir],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const [line] = (await once(child.stdout!, 'data')) as [Buffer];
	const url = line.toString().trim();
	if (!url.startsWith('http://')) throw new Error(`the static server did not start: ${url}`);
	return {
		url,
		close: async () => {
			child.kill();
			await once(child, 'exit');
		},
	};
}
