import { parentPort } from 'node:worker_threads';
import { drawPng } from './draw-png.ts';

/**
 * The card thread's code (card-thread.ts starts it): an SVG comes in, its PNG goes out. Node
 * runs this file as it is in the source (it strips the types), not from Vite's bundle of the
 * build, so it imports nothing that needs Vite.
 */

/** One card to draw. */
export interface CardRequest {
	id: number;
	svg: string;
	width: number;
}

/** The card's PNG, or why not. */
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

if (parentPort) {
	const port = parentPort;
	port.on('message', async ({ id, svg, width }: CardRequest) => {
		let reply: CardReply;
		try {
			reply = { id, png: await drawPng(svg, width) };
		} catch (error) {
			reply = { id, error: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(reply);
	});
}
