/** node scripts/serve.ts <dir>: serves a built site on a free loopback port and prints its URL. */
import { runCommand } from './lib/cli.ts';
import { serveStatic } from './lib/static-server.ts';

await runCommand(
	{ usage: 'usage: node scripts/serve.ts <dir>', positionals: ['dir'] },
	async ({ positionals: [dir] }) => {
		const { url } = await serveStatic(dir);
		console.log(url);
	},
);
