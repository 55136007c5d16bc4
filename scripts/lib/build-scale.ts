import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { generatedPaths } from './build-log.ts';
import { listFiles } from './dist-files.ts';

/** One build, as `npm run build` runs it, from another content folder. */
export interface BuildMeasure {
	/** Pages Astro reports built (HTML pages and generated files such as OG cards). */
	pages: number;
	/** Pages and files (OG cards, search data) rendered afresh. */
	rendered: number;
	/** Pages and files taken from Astro's incremental cache instead. */
	cached: number;
	seconds: number;
	/**
	 * CPU seconds the build used (user + system, GNU time's %U + %S): on a shared machine a
	 * steadier figure to compare than the wall time, which other work stretches.
	 */
	cpuSeconds: number;
	/** Peak resident memory of the build process, MB (GNU time's maximum RSS). */
	peakMb: number;
	files: number;
	bytes: number;
	/** OG card images rendered afresh in this build (not taken from the cache). */
	ogRendered: number;
}

/** Where one benchmark shape keeps what its builds write. */
export interface BuildDirs {
	content: string;
	out: string;
	/** The preview cards' cache (PARALLAX_OG_CACHE). */
	ogCache: string;
	/** Astro's cache: its content store and incremental page cache (PARALLAX_ASTRO_CACHE). */
	astroCache: string;
}

/**
 * The command line that runs the build script as npm runs it (in a shell, so its variables, its
 * quoting and `$NODE_OPTIONS` are read as npm would read them), with `args` after it as npm
 * passes what follows `--`: the bench builds as the site is built, `--force` or not. Only a
 * script that ends in `astro build` can take the bench's `--outDir`.
 */
export function astroBuildCommand(script: string, args: readonly string[]): string[] {
	const command = script.trim();
	if (!/(?:^|\s)astro build(?:\s.*)?$/.test(command) || /[;&|<>`\n]/.test(command))
		throw new Error(
			`the build script is "${script}": the bench runs only "[NAME=value …] astro build [options]"`,
		);
	return ['sh', '-c', `${command} "$@"`, 'sh', ...args];
}

async function npmBuildScript(): Promise<string> {
	const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as {
		scripts: Record<string, string>;
	};
	if (!scripts.build) throw new Error('package.json has no build script');
	return scripts.build;
}

/** How many files the build rendered, and how many Astro's incremental cache gave back. */
function renderCounts(log: string): { rendered: number; cached: number } {
	const { rendered, reused } = generatedPaths(log);
	return { rendered: rendered.length, cached: reused.length };
}

/** Deletes every cache a build reads, so the next build is cold. */
export async function clearCaches({ out, ogCache, astroCache }: BuildDirs): Promise<void> {
	for (const dir of [out, ogCache, astroCache]) await rm(dir, { recursive: true, force: true });
}

/**
 * Runs the build `npm run build` runs on `dirs.content` into `dirs.out`, with its own preview
 * and Astro caches, under GNU time for the peak memory. Throws with Astro's output if the build
 * fails.
 */
export async function measureBuild(dirs: BuildDirs): Promise<BuildMeasure> {
	const command = astroBuildCommand(await npmBuildScript(), ['--outDir', dirs.out]);
	const before = new Set(await readdir(dirs.ogCache).catch(() => []));
	const started = performance.now();
	const { code, output } = await new Promise<{ code: number | null; output: string }>(
		(resolve, reject) => {
			const child = spawn(
				'/usr/bin/time',
				['-f', 'peak-kb %M cpu %U %S', ...command],
				{
					env: {
						...process.env,
						// As npm sets it for a script: the project's binaries, then this Node.
						PATH: [
							path.resolve('node_modules/.bin'),
							path.dirname(process.execPath),
							process.env.PATH,
						].join(path.delimiter),
						PARALLAX_CONTENT_DIR: dirs.content,
						PARALLAX_OG_CACHE: dirs.ogCache,
						PARALLAX_ASTRO_CACHE: dirs.astroCache,
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
	const [, user, system] = /cpu ([\d.]+) ([\d.]+)/.exec(output) ?? [];
	const files = await listFiles(dirs.out);
	let bytes = 0;
	for (const file of files) bytes += (await stat(path.join(dirs.out, file))).size;
	const after = await readdir(dirs.ogCache).catch(() => []);
	return {
		pages,
		...renderCounts(output),
		seconds,
		cpuSeconds: Number(user ?? Number.NaN) + Number(system ?? Number.NaN),
		peakMb: Math.round(peakKb / 1024),
		files: files.length,
		bytes,
		ogRendered: after.filter((file) => !before.has(file)).length,
	};
}

/** The sentence the one-change rebuild adds to an article. */
export const correction = 'An earlier version of this paragraph misstated a date.';

/**
 * Edits one article's body as an editor's fix would (a sentence added to its last paragraph,
 * its raw file and hash kept in step), so a rebuild has one article's worth of work to do.
 * Excerpts quoting the paragraph still match: the sentence goes after them.
 */
export async function touchOneArticle(contentDir: string): Promise<string> {
	const dir = path.join(contentDir, 'articles');
	const [first] = (await readdir(dir)).sort();
	if (!first) throw new Error(`no article in ${dir}`);
	const file = path.join(dir, first);
	const { data, body } = readFrontmatter(await readFile(file, 'utf8'), file) as {
		data: { provenance: { raw: string; sha256: string } };
		body: string;
	};
	const lines = body.replace(/^\n/, '').split('\n');
	const last = lines.findLastIndex((line) => /^\p{L}.*[.!?]$/u.test(line));
	if (last < 0) throw new Error(`${file} has no paragraph to add a sentence to`);
	lines[last] = `${lines[last]} ${correction}`;
	const raw = `${lines.join('\n').trim()}\n`;
	data.provenance.sha256 = createHash('sha256').update(raw).digest('hex');
	await writeFile(path.join(contentDir, data.provenance.raw), raw);
	await writeFile(file, writeFrontmatter(data, `\n${raw}`));
	return path.basename(first, '.md');
}
