/** node scripts/serve.ts <dir>: serves a built site on a free loopback port and prints its URL. */
import { serveStatic } from './lib/static-server.ts';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: node scripts/serve.ts <dir>');
	process.exit(2);
}
const { url } = await serveStatic(dir);
console.log(url);
