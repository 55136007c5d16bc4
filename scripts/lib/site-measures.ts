import { launchChromium } from './chromium.ts';
import { type LighthouseScores, runLighthouse } from './lighthouse-run.ts';
import {
	benchedSamples,
	measurePageWeight,
	type PageName,
	type PageWeight,
} from './page-weight.ts';
import { astroBuild } from './run.ts';
import { serveInChild } from './serve-in-child.ts';

export interface PageMeasure {
	name: PageName;
	route: string;
	weight: PageWeight;
	lighthouse: LighthouseScores;
}

/**
 * Builds the real site into `outDir` and measures one page of each benched type: what a
 * first visit fetches, and Lighthouse's mobile scores. Served from another process, as a
 * static host would serve it.
 */
export async function measureSite(outDir: string): Promise<{ pages: PageMeasure[] }> {
	const built = await astroBuild(outDir);
	if (built.code !== 0) throw new Error(`astro build failed:\n${built.stderr || built.stdout}`);
	const samples = Object.entries(await benchedSamples(outDir)) as [PageName, string][];
	const server = await serveInChild(outDir);
	try {
		const browser = await launchChromium();
		const weights: PageWeight[] = [];
		try {
			for (const [, route] of samples)
				weights.push(await measurePageWeight(browser, server.url, outDir, route));
		} finally {
			await browser.close();
		}
		const scores = await runLighthouse(samples.map(([, route]) => `${server.url}/${route}`));
		return {
			pages: samples.map(([name, route], i) => ({
				name,
				route,
				weight: weights[i]!,
				lighthouse: scores[i]!,
			})),
		};
	} finally {
		await server.close();
	}
}
