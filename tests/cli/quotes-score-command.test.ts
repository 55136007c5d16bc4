import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/lib/run.ts';

let empty: string;
beforeAll(async () => {
	empty = await mkdtemp(path.join(tmpdir(), 'parallax-no-content-'));
});
afterAll(async () => rm(empty, { recursive: true, force: true }));

describe('npm run quotes:score', () => {
	// The gold of quote-gold/ names articles that only the frozen fixture content holds; the
	// command once read their bodies from content/ and stopped there. Whatever content folder
	// it is pointed at (here an empty one), it scores from the fixtures alone. `--tuning`, so
	// that no unseen figure is printed into a test log.
	it('scores the gold sets whatever the content folder holds', async () => {
		const result = await run('node', ['scripts/quotes-score.ts', '--tuning'], {
			PARALLAX_CONTENT_DIR: empty,
		});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('cooperacion-si-intervencion-no');
		expect(result.stdout).toContain('washington-should-not-take-no');
		expect(result.stdout).toContain('quotes-3-tuning-es');
	});
});
