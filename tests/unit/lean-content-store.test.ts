import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFromFile } from '../../src/integrations/lean-content-store.ts';

const storeModule = '\0astro:data-layer-content';
/** A store as Astro's devalue writes it, with text beyond Latin-1 and characters JSON escapes. */
const store = JSON.stringify([
	{ articles: 1 },
	['Map', 2],
	'a "quoted" headline — Ñandú, 東京, \u2028 and a\\backslash',
]);
type Load = (id: string) => { code: string; meta: unknown } | undefined;

/** The plugin's load hook, called as Vite calls it in the given environment. */
function loadIn(environment: string, storeFile: string): Load {
	const hook = storeFromFile(storeFile).load as unknown as {
		order: string;
		handler(this: unknown, id: string): ReturnType<Load>;
	};
	expect(hook.order).toBe('pre');
	return (id) => hook.handler.call({ environment: { name: environment } }, id);
}

describe('the content store read from its file instead of inlined into the bundle', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-store-'));
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));

	it('gives pages exactly the store Astro would have inlined', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		await writeFile(storeFile, store);
		const result = loadIn('prerender', storeFile)(storeModule);
		expect(result?.code).not.toContain('Ñandú');
		// Marked as content data, as Astro marks it, so pages' code hashes leave it out.
		expect(result?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
		const module = path.join(dir, 'store.mjs');
		await writeFile(module, result!.code);
		const read = (await import(pathToFileURL(module).href)) as { default: unknown };
		expect(read.default).toEqual(JSON.parse(store));
	});

	it('leaves other modules, the browser bundle and a missing store to Astro', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		expect(loadIn('prerender', storeFile)(storeModule)).toBeUndefined();
		await writeFile(storeFile, store);
		expect(loadIn('prerender', storeFile)('/src/pages/index.astro')).toBeUndefined();
		expect(loadIn('client', storeFile)(storeModule)).toBeUndefined();
	});
});
