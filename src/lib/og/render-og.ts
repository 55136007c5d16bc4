import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import inter400 from '../../assets/fonts/inter-latin-400-normal.woff?inline';
import inter700 from '../../assets/fonts/inter-latin-700-normal.woff?inline';
import type { DrawReply, DrawRequest, DrawThreadSetup } from './draw-card-thread.ts';
import { drawCard, type Font } from './draw-card.ts';
import { type OgCard, ogCardTree } from './og-card.ts';

export { ogSize } from './draw-card.ts';

// The fonts come in through Vite's `?inline` imports rather than a path: the build runs this
// module from a bundled chunk under .astro/, where neither the working directory nor
// import.meta.url points at src/assets/.
const fontFiles = { 400: inter400, 700: inter700 } as const;

let fonts: Promise<Font[]> | undefined;

/** The bytes of an `?inline` import: a base64 data URL. */
function dataUrlBytes(url: string): Buffer {
	return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

function loadFonts() {
	fonts ??= Promise.resolve(
		([400, 700] as const).map((weight) => ({
			name: 'Inter',
			data: dataUrlBytes(fontFiles[weight]),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

let digest: Promise<string> | undefined;

function fontsDigest(): Promise<string> {
	digest ??= loadFonts().then((all) => {
		const hash = createHash('sha256');
		for (const font of all) hash.update(font.data);
		return hash.digest('hex');
	});
	return digest;
}

/**
 * The drawing thread's code, run by Node as it is in the source (see draw-card-thread.ts): the
 * build runs this module from a chunk under .astro/, so the file is found from the folder the
 * build runs in, the project's root, as the preview cache is. From another folder it is not
 * there, and cards are drawn on the main thread instead: the same bytes, more slowly.
 */
const threadFile = path.resolve('src/lib/og/draw-card-thread.ts');
let threadFileFound: boolean | undefined;

/**
 * Two drawing threads, as many as the cores the build is measured on. Drawing a card (satori's
 * layout and glyph paths, then resvg's synchronous PNG encoding) took most of the main thread's
 * time in a cold build; on these threads the main thread renders pages meanwhile. Each thread
 * holds its own copy of satori and the fonts (tens of MB), so there are no more than that.
 */
const threadCount = 2;

interface DrawThread {
	worker: Worker;
	waiting: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

const threads: DrawThread[] = [];
let lastRequest = 0;

function startThread(setup: DrawThreadSetup): DrawThread {
	const worker = new Worker(threadFile, { workerData: setup });
	const thread: DrawThread = { worker, waiting: new Map() };
	const fail = (error: Error) => {
		const at = threads.indexOf(thread);
		if (at >= 0) threads.splice(at, 1);
		for (const { reject } of thread.waiting.values()) reject(error);
		thread.waiting.clear();
	};
	worker.on('message', (reply: DrawReply) => {
		const job = thread.waiting.get(reply.id);
		thread.waiting.delete(reply.id);
		// An idle thread does not keep the build's process alive.
		if (thread.waiting.size === 0) worker.unref();
		if ('error' in reply) job?.reject(new Error(`drawing a preview card failed: ${reply.error}`));
		else job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
	});
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`a card-drawing thread stopped (exit ${code})`)));
	worker.unref();
	return thread;
}

/** The card drawn on the least busy drawing thread, started when first needed. */
export async function drawOnThread(tree: unknown): Promise<Buffer> {
	const setup = { fonts: await loadFonts() };
	while (threads.length < threadCount) threads.push(startThread(setup));
	const thread = threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
	const id = ++lastRequest;
	return new Promise((resolve, reject) => {
		try {
			thread.worker.postMessage({ id, tree } satisfies DrawRequest);
		} catch (error) {
			// A tree that cannot be copied to the thread (a function in it) is refused here.
			reject(error);
			return;
		}
		thread.waiting.set(id, { resolve, reject });
		thread.worker.ref();
	});
}

/** Renders a preview card to PNG from the fonts the repository ships: no network. */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
	const tree = ogCardTree(card);
	threadFileFound ??= existsSync(threadFile);
	if (threadFileFound) return drawOnThread(tree);
	return drawCard(tree, await loadFonts());
}

/**
 * The card's PNG, from `cacheDir` when nothing it depends on (the laid-out tree, which holds
 * its text and the template's styles, and the fonts) has changed since it was last made;
 * else rendered and stored there.
 */
export async function cachedOgPng(
	card: OgCard,
	cacheDir: string,
): Promise<{ png: Buffer; cached: boolean }> {
	const key = createHash('sha256')
		.update(JSON.stringify({ tree: ogCardTree(card), fonts: await fontsDigest() }))
		.digest('hex');
	const file = path.join(cacheDir, `${key}.png`);
	try {
		return { png: await readFile(file), cached: true };
	} catch {
		const png = await renderOgPng(card);
		await mkdir(cacheDir, { recursive: true });
		// Written whole, then renamed, so a stopped build never leaves half an image behind; each
		// write has its own temporary name, as pages with the same card are drawn at once.
		const temporary = `${file}.${randomUUID()}.tmp`;
		await writeFile(temporary, png);
		await rename(temporary, file);
		return { png, cached: false };
	}
}
