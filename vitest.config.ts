import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the site once into a temporary folder for the build and browser tests.
		globalSetup: ['tests/support/global-build.ts'],
		// CI reads the JSON report for its closing `tests: N passed, M failed` line.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/vitest.json' },
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
