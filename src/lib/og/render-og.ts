import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { type OgCard, ogCardTree } from './og-card.ts';

export const ogSize = { width: 1200, height: 630 } as const;

const fontDir = path.resolve('src/og/fonts');

let fonts:
	Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Inter',
			data: await readFile(path.join(fontDir, `inter-latin-${weight}-normal.woff`)),
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

/** Renders a preview card to PNG from the fonts the repository ships: no network. */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
	const svg = await satori(ogCardTree(card) as Parameters<typeof satori>[0], {
		...ogSize,
		fonts: await loadFonts(),
	});
	// Rasterised on libuv's thread pool, so the build renders other pages meanwhile.
	return (await renderAsync(svg, { fitTo: { mode: 'width', value: ogSize.width } })).asPng();
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
		// Written whole, then renamed, so a stopped build never leaves half an image behind.
		await writeFile(`${file}.tmp`, png);
		await rename(`${file}.tmp`, file);
		return { png, cached: false };
	}
}
