/**
 * npm run screenshots — every page type at a phone's and a desktop's width, in light and
 * dark, into docs/screenshots/ (with an index, README.md), so anyone can see the design
 * without building it. Builds the real site first unless `--dist` names a built one.
 *
 * Each image is the top of the page, up to a few viewport heights, as JPEG: text on flat
 * colour compresses to a fraction of a lossless PNG, and the folder stays small in git.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { fail, positiveInteger, runCommand } from './lib/cli.ts';
import { pageTypes } from './lib/dist-pages.ts';
import { astroBuild } from './lib/run.ts';
import { serveInChild } from './lib/serve-in-child.ts';

const usage = `usage: npm run screenshots -- [--dist <built site>] [--out <folder>] [--quality <1-100>] [--png]

  --dist     take the pictures from an existing build (default: build content/ afresh)
  --out      where to write them (default: docs/screenshots)
  --quality  JPEG quality (default: 25: enough for flat colour and text)
  --png      lossless PNG instead (about three times the size)
  --only     some page types, e.g. story,pair (default: all)`;

/** The page types shown, in reading order, with a name for the file and the index. */
const shown = [
	{ name: 'home', route: '/' },
	{ name: 'story', route: 'stories/[story]' },
	{ name: 'pair', route: 'compare/[a]/[b]' },
	{ name: 'many-way', route: 'stories/[story]/compare' },
	{ name: 'article', route: 'articles/[article]' },
	{ name: 'claim', route: 'claims/[claim]' },
	{ name: 'quotes', route: 'quotes/[...index]' },
	{ name: 'person', route: 'people/[person]' },
	{ name: 'search', route: 'search' },
	{ name: 'not-found', route: '404' },
] as const;

/** A phone (iPhone 12 to 15) and a laptop, and how many screens of each to keep. */
const viewports = [
	{ width: 390, height: 844, screens: 2 },
	{ width: 1440, height: 900, screens: 2 },
] as const;

const themes = ['light', 'dark'] as const;

/** The page each type is shown by: a chosen one where it tells more, else the richest. */
function pickPage(route: string, pages: readonly string[], sample: string): string {
	if (route === 'search') return pages.find((p) => p.startsWith('search')) ?? sample;
	return sample;
}

await runCommand(
	{
		usage,
		options: {
			dist: { type: 'string' },
			out: { type: 'string' },
			quality: { type: 'string' },
			png: { type: 'boolean' },
			only: { type: 'string' },
		},
	},
	async ({ values }) => {
		const out = path.resolve(values.out ?? 'docs/screenshots');
		const quality = values.quality === undefined ? 25 : positiveInteger(values.quality);
		if (quality === undefined || quality > 100) fail(`--quality must be 1 to 100`);
		const work = values.dist ? undefined : await mkdtemp(path.join(tmpdir(), 'parallax-shots-'));
		const dist = values.dist ? path.resolve(values.dist) : path.join(work!, 'site');
		try {
			if (work) {
				console.log('building the site…');
				const built = await astroBuild(dist);
				if (built.code !== 0) fail('astro build failed:', built.stderr || built.stdout);
			}
			const types = await pageTypes(dist);
			await mkdir(out, { recursive: true });
			if (!values.only)
				for (const file of await readdir(out))
					if (/\.(?:png|jpe?g)$/.test(file)) await rm(path.join(out, file));
			const server = await serveInChild(dist);
			const browser = await launchChromium();
			const rows: string[] = [];
			let total = 0;
			try {
				const only = values.only?.split(',');
				for (const { name, route } of shown) {
					if (only && !only.includes(name)) continue;
					const type = types.find((t) => t.route === route);
					if (!type) {
						console.log(`${name}: no built page for ${route}, skipped`);
						continue;
					}
					const page = pickPage(route, type.pages, type.sample);
					const cells: string[] = [];
					for (const viewport of viewports) {
						for (const theme of themes) {
							const context = await browser.newContext({
								viewport: { width: viewport.width, height: viewport.height },
								colorScheme: theme,
								deviceScaleFactor: 1,
								reducedMotion: 'reduce',
							});
							const tab = await context.newPage();
							await tab.goto(`${server.url}/${page}`, { waitUntil: 'load' });
							const height = await tab.evaluate(() => document.documentElement.scrollHeight);
							const file = `${name}-${viewport.width}-${theme}.${values.png ? 'png' : 'jpeg'}`;
							const image = await tab.screenshot({
								...(values.png ? { type: 'png' } : { type: 'jpeg', quality }),
								fullPage: true,
								clip: {
									x: 0,
									y: 0,
									width: viewport.width,
									height: Math.min(height, viewport.height * viewport.screens),
								},
							});
							await writeFile(path.join(out, file), image);
							total += image.length;
							cells.push(`[${viewport.width} ${theme}](${file})`);
							await context.close();
						}
					}
					rows.push(`| ${name} | \`/${page}\` | ${cells.join(' · ')} |`);
					console.log(`${name}: /${page}`);
				}
			} finally {
				await browser.close();
				await server.close();
			}
			await writeFile(
				path.join(out, 'README.md'),
				[
					'# Screenshots',
					'',
					'Every page type of the real site at 390 px (a phone) and 1440 px (a laptop), in light',
					'and dark: the first two screens of each. JPEG at quality 25, which keeps the folder',
					'under 3 MB; made by `npm run screenshots`, which replaces them all.',
					'',
					'| page | address | pictures |',
					'| ---- | ------- | -------- |',
					...rows,
					'',
				].join('\n'),
			);
			console.log(`\n${rows.length} page types, ${(total / 1024).toFixed(0)} KB in ${out}`);
		} finally {
			if (work) await rm(work, { recursive: true, force: true });
		}
	},
);
