import { spawn } from 'node:child_process';

/** What a finished command printed, and how it exited. */
export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
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
				...process.env,
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

/** `astro build` into `outDir`, optionally from another content folder. */
export function astroBuild(outDir: string, contentDir?: string): Promise<RunResult> {
	return run(
		'npx',
		['--no-install', 'astro', 'build', '--force', '--outDir', outDir],
		contentDir ? { PARALLAX_CONTENT_DIR: contentDir } : {},
	);
}
