/**
 * `node scripts/ci-summary.ts <vitest-json-report> <npm-test-exit-status>`: prints CI's closing
 * line, `tests: N passed, M failed, K skipped` (see lib/ci-summary.ts for what counts), after a
 * `ci:` note for each failure that is not a failed test. Exits 1 when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ciSummary, type VitestJsonReport } from './lib/ci-summary.ts';

const [reportPath, statusArg] = process.argv.slice(2);
const status = Number(statusArg);
if (!reportPath || !Number.isInteger(status)) {
	console.error('usage: node scripts/ci-summary.ts <vitest-json-report> <npm-test-exit-status>');
	process.exit(2);
}

let report: VitestJsonReport | undefined;
if (existsSync(reportPath)) {
	try {
		report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestJsonReport;
	} catch (error) {
		console.log(`ci: ${reportPath} is not a JSON report: ${(error as Error).message}`);
	}
}
const summary = ciSummary(report, status);
for (const note of summary.notes) console.log(`ci: ${note}`);
console.log(summary.line);
process.exit(summary.failed > 0 ? 1 : 0);
