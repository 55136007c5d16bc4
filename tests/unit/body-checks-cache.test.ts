import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyCheckerDigest, openBodyChecks } from '../../src/lib/content/body-checks-cache.ts';
import { checkBody } from '../../src/lib/content/checks/body.ts';

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'parallax-body-checks-'));
	file = path.join(dir, 'cache', 'body-checks.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const good = 'A paragraph of plain text.\n';
const unsafe = 'Text with <script>alert(1)</script> in it.\n';

/** Checks bodies through a cache opened on `file` under `checker`, then saves it. */
async function checkAll(checker: string, bodies: [string, string][]) {
	const checks = await openBodyChecks(file, checker);
	const results = bodies.map(([name, body]) => checks.check(name, body));
	await checks.save();
	return results;
}

/** Replaces every kept result's text, as a stale cache would hold it. */
async function tamper(text: string) {
	const kept = JSON.parse(await readFile(file, 'utf8')) as {
		bodies: Record<string, { text?: string }>;
	};
	for (const result of Object.values(kept.bodies)) result.text = text;
	await writeFile(file, JSON.stringify(kept));
}

describe('body checks kept between builds', () => {
	it('gives what checkBody gives, problems named after the file that holds the body', async () => {
		const first = await checkAll('v1', [
			['a.md', good],
			['b.md', unsafe],
		]);
		expect(first).toEqual([checkBody('a.md', good), checkBody('b.md', unsafe)]);
		expect(first[1]!.problems.length).toBeGreaterThan(0);
		// Read back, and for another file holding the same text.
		const again = await checkAll('v1', [
			['a.md', good],
			['c.md', unsafe],
		]);
		expect(again).toEqual([checkBody('a.md', good), checkBody('c.md', unsafe)]);
	});

	it('reuses a kept result for the same body under the same checker', async () => {
		await checkAll('v1', [['a.md', good]]);
		await tamper('kept');
		const [result] = await checkAll('v1', [['a.md', good]]);
		expect(result!.text).toBe('kept');
	});

	it('checks a changed body again', async () => {
		await checkAll('v1', [['a.md', good]]);
		await tamper('kept');
		const edited = `${good}\nA second paragraph.\n`;
		const [result] = await checkAll('v1', [['a.md', edited]]);
		expect(result).toEqual(checkBody('a.md', edited));
	});

	it('discards every kept result when the checker code changes', async () => {
		await checkAll('v1', [['a.md', good]]);
		await tamper('kept');
		const [result] = await checkAll('v2', [['a.md', good]]);
		expect(result).toEqual(checkBody('a.md', good));
	});

	it('starts afresh from a missing or broken file, and keeps only the bodies checked last', async () => {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, '{"checker": "v1", "bodies": {');
		expect(await checkAll('v1', [['a.md', good]])).toEqual([checkBody('a.md', good)]);
		await checkAll('v1', [['b.md', unsafe]]);
		const kept = JSON.parse(await readFile(file, 'utf8')) as { bodies: object };
		expect(Object.keys(kept.bodies)).toHaveLength(1);
	});
});

describe("the checker's digest", () => {
	it('changes with any module checks/body.ts reaches, and with the lockfile', async () => {
		const checks = path.join(dir, 'src', 'lib', 'content', 'checks');
		await mkdir(checks, { recursive: true });
		await writeFile(path.join(checks, 'body.ts'), "import { x } from '../limits.ts';\n");
		await writeFile(path.join(checks, '..', 'limits.ts'), 'export const x = 1;\n');
		await writeFile(path.join(dir, 'package-lock.json'), '{}');
		const before = bodyCheckerDigest(dir);
		expect(bodyCheckerDigest(dir)).toBe(before);
		await writeFile(path.join(checks, '..', 'limits.ts'), 'export const x = 2;\n');
		const afterImport = bodyCheckerDigest(dir);
		expect(afterImport).not.toBe(before);
		await writeFile(path.join(dir, 'package-lock.json'), '{"v": 2}');
		expect(bodyCheckerDigest(dir)).not.toBe(afterImport);
	});

	it('covers the real checker’s imports', () => {
		expect(bodyCheckerDigest()).toMatch(/^[0-9a-f]{64}$/);
	});
});
