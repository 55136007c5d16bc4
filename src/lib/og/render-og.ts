import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import inter400 from '../../assets/fonts/inter-latin-400-normal.woff?inline';
import inter700 from '../../assets/fonts/inter-latin-700-normal.woff?inline';
import { cardThreadDigest, drawOnCardThread } from './card-thread.ts';
import { type OgCard, ogCardTree } from './og-card.ts';

export const ogSize = { width: 1200, height: 630 } as const;

// The fonts come in through Vite's `?inline` imports rather than a path: the build runs this
// module from a bundled chunk under .astro/, where neither the working directory nor
// import.meta.url points at src/assets/.
const fontFiles = { 400: inter400, 700: inter700 } as const;

let fonts:
	Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

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

let resvg: Promise<unknown> | undefined;

/**
 * resvg, loaded before the card thread loads it (the library is loaded once a process: the
 * thread's import takes the one already loaded), with its allocator told to keep what it frees
 * for a second before giving it back, rather than at once as package.json's build script asks for
 * the bundler's sake. Each card allocates and frees the same few 3 MB buffers (the drawing, its
 * pixels); given back at once (or after mimalloc's default 10 ms, shorter than the gap between two
 * cards on a thread) they were faulted in and zeroed afresh by the kernel, card after card: at
 * 20×10, 3.9 million page faults and ~6 s of a cold build's ~48 s of CPU. mimalloc reads its
 * options from the environment when its library loads, so the variable is set only around that
 * import; the bundler's allocator, loaded long before, keeps its own.
 */
function loadRasteriser(): Promise<unknown> {
	resvg ??= (async () => {
		const inherited = process.env.MIMALLOC_PURGE_DELAY;
		process.env.MIMALLOC_PURGE_DELAY = '1000';
		try {
			return await import('@resvg/resvg-js');
		} finally {
			if (inherited === undefined) delete process.env.MIMALLOC_PURGE_DELAY;
			else process.env.MIMALLOC_PURGE_DELAY = inherited;
		}
	})();
	return resvg;
}

/** A preview card laid out as SVG by satori, from the fonts the repository ships: no network. */
export async function ogCardSvg(card: OgCard): Promise<string> {
	return satori(ogCardTree(card) as Parameters<typeof satori>[0], {
		...ogSize,
		fonts: await loadFonts(),
	});
}

/** Renders a preview card to PNG: laid out here, rasterised and encoded on the card thread. */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
	const svg = await ogCardSvg(card);
	await loadRasteriser();
	return drawOnCardThread(svg, ogSize.width);
}

const madeFolders = new Map<string, Promise<unknown>>();

/** Makes the cache folder once a build, not once a card. */
function madeFolder(dir: string): Promise<unknown> {
	let made = madeFolders.get(dir);
	if (!made) {
		made = mkdir(dir, { recursive: true });
		// A failure is not kept: the next card tries again.
		made.catch(() => madeFolders.delete(dir));
		madeFolders.set(dir, made);
	}
	return made;
}

/**
 * The card's PNG, from `cacheDir` when nothing it depends on (the laid-out tree, which holds
 * its text and the template's styles, the fonts, and the card thread's code) has changed since
 * it was last made; else rendered and stored there.
 */
export async function cachedOgPng(
	card: OgCard,
	cacheDir: string,
): Promise<{ png: Buffer; cached: boolean }> {
	const key = createHash('sha256')
		.update(
			JSON.stringify({
				tree: ogCardTree(card),
				fonts: await fontsDigest(),
				drawing: await cardThreadDigest(),
			}),
		)
		.digest('hex');
	const file = path.join(cacheDir, `${key}.png`);
	try {
		return { png: await readFile(file), cached: true };
	} catch {
		const png = await renderOgPng(card);
		await madeFolder(cacheDir);
		// Written whole, then renamed, so a stopped build never leaves half an image behind; each
		// write has its own temporary name, as pages with the same card are drawn at once.
		const temporary = `${file}.${randomUUID()}.tmp`;
		await writeFile(temporary, png).catch(async (error: NodeJS.ErrnoException) => {
			// The folder was deleted since it was made (a cache cleared while this process ran).
			if (error.code !== 'ENOENT') throw error;
			madeFolders.delete(cacheDir);
			await madeFolder(cacheDir);
			await writeFile(temporary, png);
		});
		await rename(temporary, file);
		return { png, cached: false };
	}
}
