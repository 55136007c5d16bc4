import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from '../../scripts/lib/run.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real site, built once for this test run. */
		distDir: string;
	}
}

/** Builds the real site once; build and browser tests read it through `inject('distDir')`. */
export default async function setup(project: TestProject) {
	const parent = await mkdtemp(path.join(tmpdir(), 'parallax-dist-'));
	const distDir = path.join(parent, 'dist');
	const result = await astroBuild(distDir);
	if (result.code !== 0)
		throw new Error(`the site did not build:\n${result.stdout}\n${result.stderr}`);
	project.provide('distDir', distDir);
	return async () => rm(parent, { recursive: true, force: true });
}
