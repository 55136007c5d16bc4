import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardReply, CardRequest } from './card-thread-entry.ts';

/**
 * Preview cards are rasterised and encoded off the main thread. The main thread lays each card
 * out (satori) and renders pages; this thread hands the drawing to resvg on libuv's pool and
 * encodes its pixels (encodePng). Encoding on the main thread (resvg's own encoder) held it ~6.5
 * ms a card, a third of it in a cold 100×10 build, while the second core was half idle. The
 * pixels (3 MB a card) stay on this thread's small heap: handed to the main thread's, they made
 * its collector run a full collection every ~20 cards.
 *
 * Node runs the thread's file as it is in the source, found from the folder the build runs in
 * (the project's root, as for the preview cache): this module runs from a bundled chunk under
 * .astro/, where import.meta.url does not lead back to src/.
 */
const entryFile = path.resolve('src/lib/og/card-thread-entry.ts');

/**
 * The files the card thread runs (the entry and what it imports from src/): the cards it draws
 * depend on them, and the bundle's module graph, which Astro's page cache hashes, does not hold
 * them, so the preview cache's keys and the card route's page keys include their digest.
 */
export const cardThreadFiles = ['card-thread-entry.ts', 'draw-png.ts', 'png-encode.ts'].map(
	(name) => path.join(path.dirname(entryFile), name),
);

/** Fails, saying where to build from, when the thread's code is not where it is looked for. */
function checkEntryFile(): void {
	if (!existsSync(entryFile))
		throw new Error(
			`preview cards are drawn by ${entryFile}, which is not there: ` +
				"run the build from the project's root",
		);
}

let digest: Promise<string> | undefined;

/** A digest of the card thread's code (`cardThreadFiles`), read once a process. */
export function cardThreadDigest(): Promise<string> {
	if (!digest) checkEntryFile();
	digest ??= Promise.all(cardThreadFiles.map((file) => readFile(file))).then((files) => {
		const hash = createHash('sha256');
		for (const file of files) hash.update(file);
		return hash.digest('hex');
	});
	return digest;
}

/**
 * How long the thread waits for another card before it ends: a build draws its cards in one run,
 * the dev server one now and then, and an idle thread holds its heap for nothing.
 */
const idleMs = 1000;

interface Waiting {
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}

interface CardThread {
	worker: Worker;
	waiting: Map<number, Waiting>;
	idle?: NodeJS.Timeout;
}

let current: CardThread | undefined;
let lastId = 0;

/** Every card still waiting fails with `error`; the next card starts a new thread. */
function failAll(thread: CardThread, error: Error): void {
	for (const card of thread.waiting.values()) card.reject(error);
	thread.waiting.clear();
	clearTimeout(thread.idle);
	if (current === thread) current = undefined;
}

function startThread(): CardThread {
	checkEntryFile();
	const thread: CardThread = { worker: new Worker(entryFile), waiting: new Map() };
	const { worker, waiting } = thread;
	worker.on('message', (reply: CardReply) => {
		const card = waiting.get(reply.id);
		waiting.delete(reply.id);
		if (waiting.size === 0) {
			// An idle thread does not keep the process alive, and ends soon after: a busy one
			// must, or a build waiting only on cards could end with the cards unwritten.
			worker.unref();
			thread.idle = setTimeout(() => {
				if (current === thread) current = undefined;
				void worker.terminate();
			}, idleMs).unref();
		}
		if (!card) return;
		if ('error' in reply)
			card.reject(new Error(`a preview card could not be drawn: ${reply.error}`));
		else card.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
	});
	worker.on('error', (error) => failAll(thread, error));
	worker.on('exit', (code) =>
		failAll(thread, new Error(`the preview cards' thread stopped (exit code ${code})`)),
	);
	return thread;
}

/** The card's SVG as PNG bytes, `width` pixels wide, drawn on the card thread. */
export function drawOnCardThread(svg: string, width: number): Promise<Buffer> {
	current ??= startThread();
	const thread = current;
	clearTimeout(thread.idle);
	const id = ++lastId;
	return new Promise((resolve, reject) => {
		thread.waiting.set(id, { resolve, reject });
		thread.worker.ref();
		thread.worker.postMessage({ id, svg, width } satisfies CardRequest);
	});
}
