import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// CI reads the JSON report for its closing `tests: N passed, M failed, K skipped` line.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/vitest.json' },
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// `vitest run --project unit` (npm run test:unit) runs in seconds without building;
		// `--project site` builds the site once and runs the tests that read it or run the tools.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: [
						'tests/build/**/*.test.ts',
						'tests/browser/**/*.test.ts',
						'tests/cli/**/*.test.ts',
					],
					// Builds the site once, from the frozen fixture content, into a temporary folder.
					globalSetup: ['tests/support/global-build.ts'],
				},
			},
		],
	},
});
