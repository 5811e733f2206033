// npm run test:node — the pure modules' tests (content schema, safe URLs, scoring, team aggregation,
// suspend data) in Node with mocha, the laws at 10,000 cases each (LAW_RUNS, LAW_SEED). Writes its
// totals to test-results-node.json so `npm test` and CI add them to the browser suite's.
import { readdirSync, writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import '../test/node/setup.mjs';

export const NODE_TEST_FILES = [
  'test/scoring/score.test.ts',
  'test/team/aggregate.test.ts',
  'test/adapters/suspend-data.test.ts',
  ...readdirSync('test/node', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()
    .map((f) => `test/node/${f}`),
];

const mocha = new Mocha({ reporter: process.env.NODE_TEST_REPORTER ?? 'dot', timeout: 600000 });
for (const file of NODE_TEST_FILES) mocha.addFile(file);
const started = Date.now();
await mocha.loadFilesAsync();
const runner = mocha.run();
runner.on('end', () => {
  const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
  const totals = { passed: passes, failed: failures, skipped: pending };
  writeFileSync('test-results-node.json', JSON.stringify(totals));
  const skipped = pending ? `, ${pending} skipped` : '';
  console.log(`\nnode tests (${((Date.now() - started) / 1000).toFixed(1)} s): ${passes} passed, ${failures} failed${skipped}`);
  process.exitCode = failures > 0 ? 1 : 0;
});
