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
/** Astro's own code for the module (vite-plugin-content-virtual-mod.js). */
const inlined = `export default JSON.parse(${JSON.stringify(store)})`;

type Transform = (code: string, id: string) => { code: string } | undefined;

/** The plugin's transform, called as Vite calls it in the given environment. */
function transformIn(environment: string, storeFile: string): Transform {
	const hook = storeFromFile(storeFile).transform as unknown as (
		this: unknown,
		code: string,
		id: string,
	) => { code: string } | undefined;
	return (code, id) => hook.call({ environment: { name: environment } }, code, id);
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
		const result = transformIn('prerender', storeFile)(inlined, storeModule);
		expect(result?.code).not.toContain('Ñandú');
		const module = path.join(dir, 'store.mjs');
		await writeFile(module, result!.code);
		const read = (await import(pathToFileURL(module).href)) as { default: unknown };
		expect(read.default).toEqual(JSON.parse(store));
	});

	it('leaves other modules, the browser bundle and any other form of the store alone', () => {
		const transform = transformIn('prerender', path.join(dir, 'data-store.json'));
		expect(transform(inlined, '/src/pages/index.astro')).toBeUndefined();
		expect(transform('export default{"articles":[]}', storeModule)).toBeUndefined();
		expect(
			transformIn('client', path.join(dir, 'data-store.json'))(inlined, storeModule),
		).toBeUndefined();
	});
});
