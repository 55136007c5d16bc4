import { parentPort, workerData } from 'node:worker_threads';
import { drawCard, type Font } from './draw-card.ts';

/**
 * A worker thread that draws preview cards (render-og.ts starts it): the element tree comes in,
 * the PNG goes out. Node runs this file as it is (it strips the types), not Vite's bundle of
 * the build, so it imports nothing that needs Vite, and the fonts come in with `workerData`.
 */

/** What the thread is started with. */
export interface DrawThreadSetup {
	fonts: Font[];
}

/** One card to draw. */
export interface DrawRequest {
	id: number;
	tree: unknown;
}

/** The card drawn, or why not. */
export type DrawReply = { id: number; png: Uint8Array } | { id: number; error: string };

if (parentPort) {
	const port = parentPort;
	const { fonts } = workerData as DrawThreadSetup;
	// Structured cloning turns each Buffer into a plain Uint8Array; the font parser wants Buffers.
	const ready = fonts.map((font) => ({
		...font,
		data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
	}));
	port.on('message', ({ id, tree }: DrawRequest) => {
		drawCard(tree, ready).then(
			(png) => port.postMessage({ id, png } satisfies DrawReply),
			(error: unknown) =>
				port.postMessage({
					id,
					error: error instanceof Error ? (error.stack ?? error.message) : String(error),
				} satisfies DrawReply),
		);
	});
}
