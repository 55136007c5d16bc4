import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { astroDevalue, storeFromFile } from '../../src/integrations/lean-content-store.ts';

const storeModule = '\0astro:data-layer-content';
/** Collections as Astro's store holds them, with text beyond Latin-1 and characters JSON escapes. */
const body = 'a "quoted" headline — Ñandú, 東京, \u2028 and a\\backslash';
const collections = new Map([
	[
		'articles',
		new Map([
			[
				'one',
				{ id: 'one', body, data: { date: new Date('2026-11-02') }, rendered: { html: body } },
			],
			['two', { id: 'two', body: '', data: { tags: new Set(['x']) } }],
		]),
	],
	['people', new Map()],
]);
/** The store file as Astro writes it (devalue's flattened form). */
const { stringify } = (await import(pathToFileURL(astroDevalue()).href)) as {
	stringify(value: unknown): string;
};
const store = stringify(collections);
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
		// The collections themselves, which Astro's runtime takes as they are, not the flattened
		// form it would unflatten (and the module would hold through the build beside them).
		expect(read.default).toBeInstanceOf(Map);
		expect(read.default).toEqual(collections);
	});

	it('leaves other modules, the browser bundle and a missing store to Astro', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		expect(loadIn('prerender', storeFile)(storeModule)).toBeUndefined();
		await writeFile(storeFile, store);
		expect(loadIn('prerender', storeFile)('/src/pages/index.astro')).toBeUndefined();
		expect(loadIn('client', storeFile)(storeModule)).toBeUndefined();
	});
});
