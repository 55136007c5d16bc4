import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';

/** What a finished command printed, and how it exited. */
export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * What vitest and Vite put into a test's environment (`import.meta.env` mirrors, `NODE_ENV=test`).
 * A child that inherited them would not run as an editor runs it: `astro build` reads
 * `BASE_URL` as the site's base path, whatever `BASE_PATH` says.
 */
const testRunnerVariables = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(?:_.*)?)$/;

function editorEnvironment(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)),
	);
}

/**
 * Runs a command from the project root with the project's Node on PATH (tests run under
 * npm, so `node` is the pinned Node 24), never throwing on a non-zero exit.
 */
export function run(
	command: string,
	args: string[],
	env: Record<string, string> = {},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: process.cwd(),
			env: {
				...editorEnvironment(),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/** How to build: another content folder, and any other environment (`BASE_PATH`, `SITE_URL`). */
export interface BuildOptions {
	contentDir?: string;
	env?: Record<string, string>;
	/** False builds incrementally from Astro's cache, as `npm run build` does; default a clean build. */
	force?: boolean;
}

const buildLock = path.resolve('node_modules/.cache/parallax-build.lock');

/**
 * Runs `task` while no other test's build runs. Every build of the project shares Astro's
 * content store (node_modules/.astro/data-store.json), so two at once, from different content,
 * could read each other's entries. A directory is the lock: creating one is atomic.
 */
async function oneBuildAtATime<T>(task: () => Promise<T>): Promise<T> {
	await mkdir(path.dirname(buildLock), { recursive: true });
	for (;;) {
		try {
			await mkdir(buildLock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// A lock older than any build is left from a run that was killed.
			const age = Date.now() - ((await stat(buildLock).catch(() => undefined))?.mtimeMs ?? 0);
			if (age > 5 * 60_000) await rm(buildLock, { recursive: true, force: true });
			else await setTimeout(250);
		}
	}
	try {
		return await task();
	} finally {
		await rm(buildLock, { recursive: true, force: true });
	}
}

/** `astro build` into `outDir`, optionally from another content folder (a path, or in options). */
export function astroBuild(
	outDir: string,
	options: string | BuildOptions = {},
): Promise<RunResult> {
	const {
		contentDir,
		env = {},
		force = true,
	} = typeof options === 'string' ? { contentDir: options } : options;
	const flags = force ? ['--force'] : [];
	return oneBuildAtATime(() =>
		run('npx', ['--no-install', 'astro', 'build', ...flags, '--outDir', outDir], {
			...env,
			...(contentDir ? { PARALLAX_CONTENT_DIR: contentDir } : {}),
		}),
	);
}
