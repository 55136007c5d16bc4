import path from 'node:path';
import { esmResolver, HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/lib/dist-files.ts';
import { pageFile } from '../../scripts/lib/dist-pages.ts';

const distDir = inject('distDir');
const pages = await listPages(distDir);

// The project's settings, loaded explicitly: the built site lives in a temporary folder,
// outside the project, where html-validate's search for a config file would find nothing.
const validator = new HtmlValidate(
	new StaticConfigLoader([esmResolver()], { extends: [path.resolve('.htmlvalidate.mjs')] }),
);

const describeMessage = (file: string, m: Message) =>
	`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`;

describe('the built HTML', () => {
	it('applies the recommended and document rules', async () => {
		const report = await validator.validateString(
			'<!DOCTYPE html><html lang="en"><head><title>x</title></head>' +
				'<body><h1>x</h1><h3>y</h3><input type="text"><p onclick="x()">z</body></html>',
			'probe.html',
		);
		const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(rules).toEqual(
			expect.arrayContaining(['heading-level', 'input-missing-label', 'no-implicit-close']),
		);
	});

	it(`is valid on all ${pages.length} pages`, async () => {
		expect(pages).toContain('');
		const errors: string[] = [];
		for (const route of pages) {
			const file = pageFile(route);
			const report = await validator.validateFile(path.join(distDir, file));
			for (const result of report.results)
				for (const message of result.messages) errors.push(describeMessage(file, message));
		}
		expect(errors, `${errors.length} problem(s):\n${errors.join('\n')}`).toEqual([]);
	});
});
