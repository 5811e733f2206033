// npm run mutation: Stryker over the pure modules (see stryker.config.mjs). The laws run fewer cases per
// mutant (LAW_RUNS, default 200 here; the normal Node run uses 10,000). Fails below a score of 80%.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, LAW_RUNS: process.env.LAW_RUNS ?? '200' };
const started = Date.now();
const run = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs', ...process.argv.slice(2)], { stdio: 'inherit', env });
console.log(`mutation: ${((Date.now() - started) / 60000).toFixed(1)} min, laws at ${env.LAW_RUNS} cases per mutant`);
process.exit(run.status ?? 1);
