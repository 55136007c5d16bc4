import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { copyContent, edit } from '../support/content-fixture.ts';

const blog = 'articles/sovereignty-versus-security.md';
let root: string;
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('unreviewed flagged lines', () => {
	it('stop validation, naming the file, the entry, the line and how to resolve it', async () => {
		root = await copyContent();
		// The editor's review of "The Geopolitical Ripple Effect" (line 24) is undone.
		await edit(root, blog, /(text: The Geopolitical Ripple Effect\n.*\n)\s+kept: true\n/, '$1');
		const problems = (await validateContent(root)).problems.map(formatProblem);
		expect(problems).toEqual([
			expect.stringMatching(
				/articles\/sovereignty-versus-security\.md: provenance\.flagged\.2: line 24 "The Geopolitical Ripple Effect" is flagged \(.*\) and not reviewed \(expected move it to provenance\.removed with a reason and delete it from the body, or add `kept: true`\)$/,
			),
		]);
	});

	it('accept only `kept: true` as the review mark', async () => {
		root = await copyContent();
		await edit(root, blog, /kept: true\n/, 'kept: maybe\n');
		const problems = (await validateContent(root)).problems.map(formatProblem);
		expect(problems.join('\n')).toMatch(/provenance\.flagged\.0\.kept: must be true/);
	});

	it('pass the published articles, whose flagged lines an editor has reviewed', async () => {
		root = await copyContent();
		expect((await validateContent(root)).problems).toEqual([]);
	});
});
