import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
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
 * How many times each URL is measured. Lighthouse's performance score moves by a point or two
 * from run to run on the same page (its simulation starts from the tasks it observes, which
 * other work on the machine stretches), and a budget at 98 failed on one low run of an
 * unchanged page; Lighthouse's own advice is the median of several runs.
 */
export const lighthouseRuns = 3;

/**
 * Runs Lighthouse with its default settings, a mid-range phone on a slow 4G network
 * (simulated throttling), over each URL `runs` times, in one system Chromium, and keeps each
 * URL's median run as Lighthouse picks it (the run nearest the median first contentful paint
 * and time to interactive), so every figure of a page comes from one real run.
 */
export async function runLighthouse(
	urls: readonly string[],
	runs = lighthouseRuns,
): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...chromiumFlags],
	});
	try {
		const scores: LighthouseScores[] = [];
		for (const url of urls) {
			const reports = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(url, {
					port: chrome.port,
					logLevel: 'error',
					output: 'json',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
				if (result.lhr.runtimeError)
					throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
				reports.push(result.lhr);
			}
			const { categories, audits } = computeMedianRun(reports);
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
