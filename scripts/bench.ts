/**
 * npm run bench — page weight and Lighthouse per page type on the real site, then builds of
 * generated content at 1×5, 20×10 and 100×10 stories × articles, each cold (no cache), warm
 * (the same content again) and after one article's body changed. Prints tables and writes
 * bench-results/bench.json. `--skip-site` and `--skip-scale` leave out either half;
 * `--shapes 1x5,20x10` builds other shapes, such as 1000x10 (ten thousand articles, which takes
 * long and is built only when asked for).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { kb, table } from './lib/bench-stats.ts';
import { type BuildDirs, clearCaches, measureBuild, touchOneArticle } from './lib/build-scale.ts';
import { listOption, positiveInteger, runCommand } from './lib/cli.ts';
import { measureSite } from './lib/site-measures.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const command = {
	usage: 'usage: npm run bench -- [--skip-site] [--skip-scale] [--shapes 1x5,20x10,100x10,1000x10]',
	options: {
		'skip-site': { type: 'boolean' },
		'skip-scale': { type: 'boolean' },
		shapes: { type: 'string', default: '1x5,20x10,100x10' },
	},
} as const;

/** `20x10`: 20 stories of 10 articles each. */
function shape(text: string): [number, number] | undefined {
	const [stories, perStory, ...rest] = text.split('x').map(positiveInteger);
	return stories && perStory && rest.length === 0 ? [stories, perStory] : undefined;
}

await runCommand(command, async ({ values }) => {
	const shapes = listOption(
		'shapes',
		values.shapes,
		shape,
		'<stories>x<articles per story>, comma-separated, like 1x5,20x10',
	);
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	console.log(`Parallax bench — ${machine}\n`);

	const work = await mkdtemp(path.join(tmpdir(), 'parallax-bench-'));
	try {
		const site = values['skip-site'] ? { pages: [] } : await measureSite(path.join(work, 'site'));
		console.log('Page weight, first visit (KB; gzipped as a host sends it)');
		console.log(
			table([
				['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'HTML+CSS+fonts gz', 'requests'],
				...site.pages.map(({ name, weight }) => {
					const { html, css, js, font, image } = weight.byKind;
					const cell = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`;
					return [
						name,
						cell(html),
						cell(css),
						cell(js),
						cell(font),
						cell(image),
						kb(html.gzip + css.gzip + font.gzip),
						weight.requests,
					];
				}),
			]),
		);
		console.log('\nLighthouse, mobile (simulated mid-range phone, slow 4G)');
		console.log(
			table([
				['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
				...site.pages.map(({ name, lighthouse: l }) => [
					name,
					l.performance,
					l.accessibility,
					l.bestPractices,
					l.seo,
					Math.round(l.lcp),
					Math.round(l.tbt),
					Math.round(l.cls * 1000) / 1000,
				]),
			]),
		);

		const scale = [];
		if (!values['skip-scale']) {
			for (const [stories, perStory] of shapes) {
				const label = `${stories}x${perStory}`;
				console.error(`building ${label} …`);
				const dirs: BuildDirs = {
					content: path.join(work, `content-${label}`),
					out: path.join(work, `dist-${label}`),
					ogCache: path.join(work, `og-${label}`),
					astroCache: path.join(work, `astro-cache-${label}`),
				};
				await writeSyntheticContent('content', dirs.content, {
					stories,
					articlesPerStory: perStory,
				});
				await clearCaches(dirs);
				// Each build's figures as it ends: a long shape can be followed, or read if stopped.
				const measured = async (kind: string) => {
					const build = await measureBuild(dirs);
					console.error(
						`  ${label} ${kind}: ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), ${build.pages} pages (${build.rendered} of ${build.rendered + build.cached} files rendered), peak ${build.peakMb} MB`,
					);
					return build;
				};
				const cold = await measured('cold');
				const warm = await measured('warm');
				const touched = await touchOneArticle(dirs.content);
				const changed = await measured(`1 change (${touched})`);
				scale.push({ shape: label, articles: stories * perStory, touched, cold, warm, changed });
				await clearCaches(dirs);
				await rm(dirs.content, { recursive: true, force: true });
			}
			const perThousand = (seconds: number, pages: number) =>
				Math.round((seconds / pages) * 1000 * 10) / 10;
			const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
			console.log(
				`\nBuild at scale (generated stories; each build as \`npm run build\` runs it; cold: no caches;` +
					" warm: the same content again; 1 change: one article's body edited)",
			);
			console.log(
				table([
					[
						'stories×articles',
						'pages',
						'cold s',
						'warm s',
						'1 change s',
						'CPU s cold/warm/1 change',
						's / 1000 pages cold',
						's / 1000 pages warm',
						'peak MB cold',
						'peak MB warm',
						'peak MB 1 change',
						'files rendered warm',
						'files rendered 1 change',
						'dist files',
						'dist MB',
						'OG rendered cold/warm',
					],
					...scale.map(({ shape, cold, warm, changed }) => [
						shape,
						warm.pages,
						tenths(cold.seconds),
						tenths(warm.seconds),
						tenths(changed.seconds),
						[cold, warm, changed].map((build) => tenths(build.cpuSeconds)).join('/'),
						perThousand(cold.seconds, cold.pages),
						perThousand(warm.seconds, warm.pages),
						cold.peakMb,
						warm.peakMb,
						changed.peakMb,
						`${warm.rendered} of ${warm.rendered + warm.cached}`,
						`${changed.rendered} of ${changed.rendered + changed.cached}`,
						warm.files,
						Math.round(warm.bytes / 2 ** 20),
						`${cold.ogRendered}/${warm.ogRendered}`,
					]),
				]),
			);
		}
		await mkdir('bench-results', { recursive: true });
		await writeFile(
			'bench-results/bench.json',
			`${JSON.stringify({ machine, pages: site.pages, scale }, null, 2)}\n`,
		);
		console.log('\nwritten: bench-results/bench.json');
		await rm(work, { recursive: true, force: true });
	} catch (error) {
		console.error(`the bench stopped; its files are left in ${work} to look at`);
		throw error;
	}
});
