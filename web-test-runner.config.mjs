// @web/test-runner configuration: real browsers (Debian's Chromium, optionally firefox-esr), TypeScript via esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fixtureMiddleware } from './test/support/fixture-server.mjs';
import { lmsMiddleware } from './test/support/lms-server.mjs';
import { resultsMiddleware } from './test/support/results-server.mjs';
import { totalsReporter } from './test/support/totals-reporter.mjs';
import { mediaFeaturesPlugin } from './test/support/media-plugin.mjs';
import { axTreePlugin } from './test/support/ax-plugin.mjs';

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

async function browsers() {
  const wanted = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((b) => b.trim());
  const list = [];
  if (wanted.includes('chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          headless: true,
          args: chromeArgs,
        },
      }),
    );
  }
  if (wanted.includes('firefox')) {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    const puppeteer = (await import('puppeteer-core')).default;
    list.push(
      puppeteerLauncher({
        launcher: (opts) => puppeteer.launch(opts),
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
        },
      }),
    );
  }
  return list;
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  browsers: await browsers(),
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin(), axTreePlugin()],
  middleware: [fixtureMiddleware(), lmsMiddleware(), resultsMiddleware()],
  reporters: [defaultReporter(), totalsReporter()],
};
