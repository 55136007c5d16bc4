import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { listFiles } from './dist-files.ts';

/** One build, as `npm run build` runs it, from another content folder. */
export interface BuildMeasure {
	/** Pages Astro reports built (HTML pages and generated files such as OG cards). */
	pages: number;
	seconds: number;
	/** Peak resident memory of the build process, MB (GNU time's maximum RSS). */
	peakMb: number;
	files: number;
	bytes: number;
	/** OG card images rendered afresh in this build (not taken from the cache). */
	ogRendered: number;
}

/**
 * Runs `astro build --force` on `contentDir` into `outDir` with its OG cache at `ogCache`,
 * under GNU time for the peak memory. Throws with Astro's output if the build fails.
 */
export async function measureBuild(
	contentDir: string,
	outDir: string,
	ogCache: string,
): Promise<BuildMeasure> {
	const before = new Set(await readdir(ogCache).catch(() => []));
	const started = performance.now();
	const { code, output } = await new Promise<{ code: number | null; output: string }>(
		(resolve, reject) => {
			const child = spawn(
				'/usr/bin/time',
				[
					'-f',
					'peak-kb %M',
					process.execPath,
					'node_modules/astro/bin/astro.mjs',
					'build',
					'--force',
					'--outDir',
					outDir,
				],
				{
					env: {
						...process.env,
						PARALLAX_CONTENT_DIR: contentDir,
						PARALLAX_OG_CACHE: ogCache,
						ASTRO_TELEMETRY_DISABLED: '1',
						NO_COLOR: '1',
					},
					stdio: ['ignore', 'pipe', 'pipe'],
				},
			);
			let output = '';
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, output }));
		},
	);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);
	const peakKb = Number(/peak-kb (\d+)/.exec(output)?.[1] ?? Number.NaN);
	const files = await listFiles(outDir);
	let bytes = 0;
	for (const file of files) bytes += (await stat(path.join(outDir, file))).size;
	const after = await readdir(ogCache).catch(() => []);
	return {
		pages,
		seconds,
		peakMb: Math.round(peakKb / 1024),
		files: files.length,
		bytes,
		ogRendered: after.filter((file) => !before.has(file)).length,
	};
}

/** Changes one article's summary, as an editor's fix would, so a rebuild has work to do. */
export async function touchOneArticle(contentDir: string): Promise<void> {
	const dir = path.join(contentDir, 'articles');
	const [first] = (await readdir(dir)).sort();
	if (!first) throw new Error(`no article in ${dir}`);
	const file = path.join(dir, first);
	const text = await readFile(file, 'utf8');
	const { data, body } = readFrontmatter(text, file) as { data: { summary: string }; body: string };
	data.summary = `${data.summary} (Corrected.)`;
	await writeFile(file, writeFrontmatter(data, body.replace(/^\n/, '')));
}
