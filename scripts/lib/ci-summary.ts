/**
 * CI's closing line, `tests: N passed, M failed, K skipped`, from vitest's JSON report and
 * the exit status of `npm test`. It never reads `0 failed` on a red run: a test file that
 * failed without a failed test (it did not load, or a `beforeAll` failed and its tests were
 * skipped) counts as one failure, and so does a red `npm test` whose report shows none (a
 * step before or after vitest failed: `astro check`, the lint, the budgets; or vitest stopped on an
 * error outside any test).
 */

/** The parts of vitest's JSON report (the `json` reporter) read here. */
export interface VitestJsonReport {
	testResults?: {
		name?: string;
		status?: string;
		message?: string;
		assertionResults?: { status?: string }[];
	}[];
}

export interface CiSummary {
	passed: number;
	failed: number;
	skipped: number;
	/** `tests: N passed, M failed, K skipped` */
	line: string;
	/** Why failures were counted that are not failed tests, one line each. */
	notes: string[];
}

/**
 * Counts a run. `report` is the parsed JSON report, or undefined when there is none (npm test
 * stopped before vitest wrote it, or it could not be read); `status` is npm test's exit status.
 */
export function ciSummary(report: VitestJsonReport | undefined, status: number): CiSummary {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	const notes: string[] = [];
	for (const file of report?.testResults ?? []) {
		const statuses = (file.assertionResults ?? []).map((test) => test.status);
		const failedHere = statuses.filter((s) => s === 'failed').length;
		passed += statuses.filter((s) => s === 'passed').length;
		failed += failedHere;
		skipped += statuses.filter((s) => s !== 'passed' && s !== 'failed').length;
		if (file.status === 'failed' && failedHere === 0) {
			failed++;
			const why = file.message?.split('\n')[0]?.trim();
			notes.push(
				`${file.name ?? 'a test file'} failed without a failed test${why ? `: ${why}` : ''}`,
			);
		}
	}
	if (report === undefined) {
		failed++;
		notes.push(
			'no vitest report: npm test stopped before vitest wrote one (astro check or the lint failed, or vitest did not finish)',
		);
	} else if (status !== 0 && failed === 0) {
		failed++;
		notes.push(
			`npm test exited ${status} with no failure in the vitest report: a step before or after vitest failed (astro check, the lint, the budgets), or vitest stopped on an error outside the tests`,
		);
	}
	return {
		passed,
		failed,
		skipped,
		line: `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`,
		notes,
	};
}
