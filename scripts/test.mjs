// npm test: finds a Chromium (CHROME_PATH, Debian's /usr/bin/chromium, …), installs Debian's chromium
// when none is there and we are root on Debian, builds, and runs the whole suite in @web/test-runner.
// WTR_BROWSERS=chromium,firefox adds Debian's firefox-esr (installed the same way).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);
const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);

const isDebianRoot = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

let aptUpdated = false;
function aptInstall(pkg) {
  console.log(`test: installing Debian's ${pkg} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
}

function find(candidates, debianPackage, name, hint) {
  let found = candidates.find((p) => existsSync(p));
  if (!found && isDebianRoot()) {
    aptInstall(debianPackage);
    found = candidates.find((p) => existsSync(p));
  }
  if (!found) {
    console.error(`test: no ${name} found. ${hint}`);
    process.exit(1);
  }
  return found;
}

const browsers = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((b) => b.trim());
const env = { ...process.env, WTR_BROWSERS: browsers.join(',') };
if (browsers.includes('chromium')) {
  env.CHROME_PATH = find(
    CHROME_CANDIDATES,
    'chromium',
    'Chrome/Chromium',
    'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome) or set CHROME_PATH to its executable.',
  );
}
if (browsers.includes('firefox')) {
  env.FIREFOX_PATH = find(
    FIREFOX_CANDIDATES,
    'firefox-esr',
    'Firefox',
    'Install one (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.',
  );
}

if (!process.argv.includes('--no-build')) {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

// The pure modules' Node tests first (fast; skipped for a WTR_FILES subset), then the browsers; the
// totals of both are added up in test-results.json's line below.
rmSync('test-results-node.json', { force: true });
const nodeRun = process.env.WTR_FILES ? null : spawnSync(process.execPath, ['scripts/test-node.mjs'], { stdio: 'inherit', env });
const args = ['node_modules/.bin/web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2).filter((a) => a !== '--no-build')];
const run = spawnSync(process.execPath, args, { stdio: 'inherit', env });
if (existsSync('test-results.json')) {
  const t = JSON.parse(readFileSync('test-results.json', 'utf8'));
  if (nodeRun) {
    const n = existsSync('test-results-node.json') ? JSON.parse(readFileSync('test-results-node.json', 'utf8')) : { passed: 0, failed: 1 };
    if (nodeRun.status !== 0 && !n.failed) n.failed = 1;
    console.log(`total (node + browsers): ${n.passed + t.passed} passed, ${n.failed + t.failed} failed`);
    if (n.failed > 0) process.exit(1);
  }
  if (t.failed > 0 && run.status === 0) process.exit(1);
}
process.exit((run.status ?? 1) || (nodeRun?.status ?? 0));
