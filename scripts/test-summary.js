// Prints vitest's JSON report as the one line CI reads: "N passed, N failed".
// A failure before vitest ran (typecheck, lint) counts as one failed check.
import { existsSync, readFileSync } from 'node:fs';

const [file, status = '0'] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.log(`0 passed, ${status === '0' ? 0 : 1} failed`);
  process.exit(status === '0' ? 0 : 1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// A file that failed to load has no failed tests of its own: count it once.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed = report.numFailedTests + brokenFiles;
console.log(`${report.numPassedTests} passed, ${failed} failed`);
process.exit(failed === 0 && status === '0' ? 0 : 1);
