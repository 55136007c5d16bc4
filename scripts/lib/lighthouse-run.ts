import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium } from './chromium.ts';

/** Lighthouse's four category scores (0–100) and the Core Web Vitals it simulates. */
export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, ms. */
	lcp: number;
	/** Total Blocking Time, ms. */
	tbt: number;
	/** Cumulative Layout Shift. */
	cls: number;
}

/**
 * Runs Lighthouse with its default settings, a mid-range phone on a slow 4G network
 * (simulated throttling), over each URL in turn, in one system Chromium.
 */
export async function runLighthouse(urls: readonly string[]): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...chromiumFlags],
	});
	try {
		const scores: LighthouseScores[] = [];
		for (const url of urls) {
			const result = await lighthouse(url, {
				port: chrome.port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { categories, audits, runtimeError } = result.lhr;
			if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
			scores.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: value('largest-contentful-paint'),
				tbt: value('total-blocking-time'),
				cls: value('cumulative-layout-shift'),
			});
		}
		return scores;
	} finally {
		chrome.kill();
	}
}
