import { describe, expect, it } from 'vitest';
import { ciSummary, type VitestJsonReport } from '../../scripts/lib/ci-summary.ts';

/** A report's entry for one test file: its status, the status of each test, its error. */
const file = (status: string, tests: string[], message = '') => ({
	name: '/work/tests/x.test.ts',
	status,
	message,
	assertionResults: tests.map((test) => ({ status: test })),
});
const report = (...files: ReturnType<typeof file>[]): VitestJsonReport => ({ testResults: files });

describe('the CI summary line', () => {
	it('counts a green run', () => {
		const summary = ciSummary(
			report(file('passed', ['passed', 'passed']), file('passed', ['passed', 'skipped', 'todo'])),
			0,
		);
		expect(summary.line).toBe('tests: 3 passed, 0 failed, 2 skipped');
		expect(summary.notes).toEqual([]);
	});

	it('counts a failed test once', () => {
		const summary = ciSummary(
			report(file('failed', ['passed', 'failed']), file('passed', ['passed'])),
			1,
		);
		expect(summary.line).toBe('tests: 2 passed, 1 failed, 0 skipped');
		expect(summary.notes).toEqual([]);
	});

	it('counts a file that failed to load, with no tests, as a failure', () => {
		const summary = ciSummary(
			report(
				file('failed', [], "Cannot find module '../../src/lib/moved.ts'"),
				file('passed', ['passed']),
			),
			1,
		);
		expect(summary.line).toBe('tests: 1 passed, 1 failed, 0 skipped');
		expect(summary.notes).toEqual([
			"/work/tests/x.test.ts failed without a failed test: Cannot find module '../../src/lib/moved.ts'",
		]);
	});

	it('counts a failed beforeAll, whose tests show as skipped, as a failure', () => {
		const summary = ciSummary(
			report(
				file('failed', ['skipped', 'skipped', 'skipped'], 'build failed'),
				file('passed', ['passed']),
			),
			1,
		);
		expect(summary.line).toBe('tests: 1 passed, 1 failed, 3 skipped');
	});

	it('counts a red npm test with a clean report (the budgets failed) as one failure', () => {
		const summary = ciSummary(report(file('passed', ['passed', 'passed'])), 1);
		expect(summary.line).toBe('tests: 2 passed, 1 failed, 0 skipped');
		expect(summary.notes[0]).toMatch(/^npm test exited 1 with no failure in the vitest report/);
	});

	it('counts no report at all (npm test stopped before vitest) as one failure', () => {
		const summary = ciSummary(undefined, 1);
		expect(summary.line).toBe('tests: 0 passed, 1 failed, 0 skipped');
		expect(summary.failed).toBe(1);
	});

	it('adds nothing to real failures when npm test is red', () => {
		const summary = ciSummary(report(file('failed', ['failed', 'failed'])), 1);
		expect(summary.line).toBe('tests: 0 passed, 2 failed, 0 skipped');
	});
});
