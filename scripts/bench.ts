/**
 * npm run bench — page weight and Lighthouse per page type on the real site, then builds of
 * generated content at 1×5, 20×10 and 100×10 stories × articles. Prints tables and writes
 * bench-results/bench.json. `--skip-site` and `--skip-scale` leave out either half;
 * `--shapes 1x5,20x10` builds fewer shapes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { kb, table } from './lib/bench-stats.ts';
import { measureBuild, touchOneArticle } from './lib/build-scale.ts';
import { listOption, positiveInteger, runCommand } from './lib/cli.ts';
import { measureSite } from './lib/site-measures.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const command = {
	usage: 'usage: npm run bench -- [--skip-site] [--skip-scale] [--shapes 1x5,20x10,100x10]',
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
				const content = path.join(work, `content-${label}`);
				await writeSyntheticContent('content', content, { stories, articlesPerStory: perStory });
				const ogCache = path.join(work, `og-${label}`);
				const out = path.join(work, `dist-${label}`);
				const cold = await measureBuild(content, out, ogCache);
				const warm = await measureBuild(content, out, ogCache);
				await touchOneArticle(content);
				const changed = await measureBuild(content, out, ogCache);
				scale.push({ shape: label, articles: stories * perStory, cold, warm, changed });
				await rm(out, { recursive: true, force: true });
			}
			console.log('\nBuild at scale (generated stories; every build is `astro build --force`)');
			console.log(
				table([
					[
						'stories×articles',
						'pages',
						'cold s',
						'warm s',
						's / 1000 pages (warm)',
						'peak MB',
						'dist files',
						'dist MB',
						'OG rendered cold/warm',
						'OG ms each',
						'after 1 change s',
					],
					...scale.map(({ shape, cold, warm, changed }) => [
						shape,
						warm.pages,
						Math.round(cold.seconds * 10) / 10,
						Math.round(warm.seconds * 10) / 10,
						Math.round((warm.seconds / warm.pages) * 1000 * 10) / 10,
						Math.max(cold.peakMb, warm.peakMb),
						warm.files,
						Math.round(warm.bytes / 2 ** 20),
						`${cold.ogRendered}/${warm.ogRendered}`,
						cold.ogRendered > 0
							? Math.round(((cold.seconds - warm.seconds) / cold.ogRendered) * 1000)
							: '–',
						Math.round(changed.seconds * 10) / 10,
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
