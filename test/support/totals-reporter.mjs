// Collects the real pass/fail/skip counts of a run and prints them as one line, also written to
// test-results.json so .ci/run can repeat it as its last line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function totalsReporter({ file = 'test-results.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no results: count it as a failure.
        if (session.errors?.length || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)) {
          totals.brokenFiles += 1;
        }
      }
      totals.failed += totals.brokenFiles;
      writeFileSync(file, JSON.stringify(totals));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
