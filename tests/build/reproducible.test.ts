import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../scripts/lib/dist-files.ts';
import { astroBuild } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

/** Each file of a built site by its path, with the sha256 of its bytes. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
	const sums = new Map<string, string>();
	for (const file of await listFiles(dir))
		sums.set(
			file,
			createHash('sha256')
				.update(await readFile(path.join(dir, file)))
				.digest('hex'),
		);
	return sums;
}

/** What differs between two fingerprints, one line per file. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
	const files = [...new Set([...a.keys(), ...b.keys()])].sort();
	return files.flatMap((file) => {
		if (!b.has(file)) return [`${file}: only in the first build`];
		if (!a.has(file)) return [`${file}: only in the second build`];
		return a.get(file) === b.get(file) ? [] : [`${file}: differs`];
	});
}

describe('the build', () => {
	let parent: string | undefined;
	afterAll(async () => {
		if (parent) await rm(parent, { recursive: true, force: true });
	});

	it(
		'gives byte-identical files when run twice on the same sources',
		{ timeout: 180_000 },
		async () => {
			parent = await mkdtemp(path.join(tmpdir(), 'parallax-again-'));
			const again = path.join(parent, 'dist');
			const result = await astroBuild(again, { contentDir: fixtureContentDir });
			expect(result.code, result.stderr).toBe(0);
			const first = await fingerprint(inject('distDir'));
			const second = await fingerprint(again);
			expect(first.size).toBeGreaterThan(0);
			const changed = differences(first, second);
			expect(
				changed,
				`${changed.length} of ${first.size} files differ:\n${changed.join('\n')}`,
			).toEqual([]);
		},
	);
});
