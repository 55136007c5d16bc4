import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from './fixture-content.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The site built once from the frozen fixture content, for this test run. */
		distDir: string;
	}
}

/**
 * Builds the site once from the frozen fixture content (tests/fixtures/content), so that
 * editing content/ never changes what the tests expect; build and browser tests read it
 * through `inject('distDir')`.
 */
export default async function setup(project: TestProject) {
	const parent = await mkdtemp(path.join(tmpdir(), 'parallax-dist-'));
	const distDir = path.join(parent, 'dist');
	const result = await astroBuild(distDir, { contentDir: fixtureContentDir });
	if (result.code !== 0) {
		await rm(parent, { recursive: true, force: true });
		throw new Error(`the site did not build:\n${result.stdout}\n${result.stderr}`);
	}
	project.provide('distDir', distDir);
	return async () => rm(parent, { recursive: true, force: true });
}
