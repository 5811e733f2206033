// npm run fuzz: the property tests in the browser with many cases — render and complete FUZZ_RUNS
// (default 1,000) small generated contents, and as many mutation sets of the built-in content.
// FUZZ_SEED replays a run (default: a new seed each time, printed). Chromium unless WTR_BROWSERS says
// otherwise; `--no-build` skips the build (the tests need src/generated).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: FUZZ_RUNS must be a positive integer and FUZZ_SEED an integer');
  process.exit(1);
}
if (!process.argv.includes('--no-build') || !existsSync('src/generated/builtin-content.ts')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
console.log(`fuzz: ${runs} generated contents and ${runs} mutation sets, seed ${seed} (replay: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} npm run fuzz)`);
const env = {
  ...process.env,
  FUZZ_RUNS: String(runs),
  FUZZ_SEED: String(seed),
  WTR_BROWSERS: process.env.WTR_BROWSERS ?? 'chromium',
  CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  FIREFOX_PATH: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const started = Date.now();
const run = spawnSync(process.execPath, ['node_modules/.bin/web-test-runner', '--config', 'scripts/fuzz.wtr.config.mjs'], { stdio: 'inherit', env });
console.log(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}`);
process.exit(run.status ?? 1);
