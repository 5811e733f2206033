// Debian's Chromium (or CHROME_PATH) through playwright-core; nothing is downloaded. Page scripts
// are run through raw CDP Runtime.evaluate in the page's main world, so no Playwright helper
// scripts sit in the measured heap.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Every host except 127.0.0.1 is "not found": no request leaves the machine (SurveyJS's theme asks
  // fonts.gstatic.com for Open Sans, which then fails at once).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`bench: no Chromium found (tried ${candidates.join(', ')}); set CHROME_PATH`);
  return found;
}

/** A headless Chromium (playwright-core Browser). */
export async function launch() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: ARGS });
}

/**
 * A fresh browser context (cold HTTP cache, new renderer) with one tab and a CDP session on it.
 * `errors` collects uncaught page errors; the caller closes `context`.
 */
export async function coldTab(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(tab);
  return { context, tab, cdp, errors };
}

/** Evaluates `expression` in the page's main world, awaits a promise, returns the value (by value). */
export async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
    userGesture: true,
  });
  if (exceptionDetails) {
    const detail = exceptionDetails.exception?.description ?? exceptionDetails.text;
    throw new Error(`bench: page script failed: ${detail}`);
  }
  return result.value;
}

/** CDP Performance.getMetrics in ms: task (TaskDuration), script, layout and style. Needs Performance.enable. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return {
    task: (m.TaskDuration ?? 0) * 1000,
    script: (m.ScriptDuration ?? 0) * 1000,
    layout: (m.LayoutDuration ?? 0) * 1000,
    style: (m.RecalcStyleDuration ?? 0) * 1000,
  };
}
