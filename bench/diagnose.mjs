// node bench/diagnose.mjs — where the time and the heap go (one cold load each; not part of npm run bench).
//  1. Main thread while answering all 18 and reaching the results, per page: a Chromium trace of that
//     phase, self time per trace event (TimerFire/FunctionCall self time ≈ the page's own script,
//     including lit's updates, which run as microtasks of the driver's timer task).
//  2. JS heap (after GC) of the quickscan page step by step: empty page → bundle loaded (no element)
//     → intro rendered → results shown.
//  3. CPU profile of the quickscan's last "next" → results: the functions with the most self time
//     (positions are in dist/sociale-veiligheid-quickscan.js, with the code found there).
import { readFileSync } from 'node:fs';
import { evaluate, launch } from './lib/browser.mjs';
import { DRIVERS, SETTLE } from './lib/drivers.mjs';
import { serveBench } from './lib/server.mjs';

const server = await serveBench();
const browser = await launch();
const open = async (path) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return { context, page, cdp };
};
const heapKB = async (cdp) => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return Math.round((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024);
};

try {
  console.log('1. Main thread while answering all and reaching the results (trace, self time, ms)');
  for (const key of ['quickscan', 'surveyjs', 'plain']) {
    const { context, page, cdp } = await open(`/bench/${key}.html`);
    await evaluate(cdp, SETTLE);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await evaluate(cdp, DRIVERS[key]);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    const threads = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const events = traceEvents.filter((e) => threads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const e of events) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
      if (stack.length) self.set(stack.at(-1).name, self.get(stack.at(-1).name) - e.dur);
      stack.push(e);
    }
    const total = events.filter((e) => e.name === 'RunTask').reduce((a, e) => a + e.dur, 0);
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, v]) => `${n} ${(v / 1000).toFixed(1)}`);
    console.log(`  ${key.padEnd(9)} tasks ${(total / 1000).toFixed(1)} ms: ${top.join(', ')}`);
  }

  console.log('\n2. JS heap after GC, quickscan page step by step (KB)');
  {
    const { context, cdp } = await open('/bench/blank.html');
    const steps = { 'empty page': await heapKB(cdp) };
    await evaluate(cdp, `import('/dist/sociale-veiligheid-quickscan.js').then(() => true)`);
    steps['bundle loaded, no element'] = await heapKB(cdp);
    await evaluate(cdp, `(async () => {
      const el = document.createElement('sociale-veiligheid-quickscan');
      document.body.append(el);
      await el.updateComplete;
      await new Promise((ok) => setTimeout(ok, 100));
      return true;
    })()`);
    steps['intro rendered'] = await heapKB(cdp);
    await evaluate(cdp, DRIVERS.quickscan);
    steps['results shown'] = await heapKB(cdp);
    await context.close();
    let prev = null;
    for (const [k, v] of Object.entries(steps)) {
      console.log(`  ${k.padEnd(26)} ${String(v).padStart(6)}${prev === null ? '' : ` (+${v - prev})`}`);
      prev = v;
    }
  }

  console.log('\n3. Quickscan, last "next" → results: CPU profile, self time (ms)');
  {
    const { context, cdp } = await open('/bench/quickscan.html');
    await evaluate(cdp, SETTLE);
    // Answer everything and stop on the last step, before its "next".
    const driver = DRIVERS.quickscan.replace("q('[part~=\"next-button\"]').click(); clicks++;", "if (q('[part~=\"stepper-item\"]:last-of-type') && root.querySelectorAll('[part~=\"stepper-item\"]')[root.querySelectorAll('[part~=\"stepper-item\"]').length - 1].getAttribute('aria-current') === 'step') break; q('[part~=\"next-button\"]').click(); clicks++;").replace(/const scores = [^\n]*\n/, 'const scores = null;\n');
    await evaluate(cdp, driver);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const ms = await evaluate(cdp, `(async () => {
      const el = document.querySelector('sociale-veiligheid-quickscan');
      const t0 = performance.now();
      el.shadowRoot.querySelector('[part~="next-button"]').click();
      await el.updateComplete;
      document.documentElement.offsetHeight;
      const shown = !!el.shadowRoot.querySelector('[part~="results"]');
      return shown ? performance.now() - t0 : -1;
    })()`);
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    const lines = readFileSync(new URL('../dist/sociale-veiligheid-quickscan.js', import.meta.url), 'utf8').split('\n');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
      const where = url.endsWith('sociale-veiligheid-quickscan.js')
        ? ` @${lineNumber + 1}:${columnNumber + 1} ${JSON.stringify((lines[lineNumber] ?? '').slice(columnNumber, columnNumber + 70))}`
        : '';
      const key = `${functionName || '(anonymous)'}${where}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`  click → results rendered and laid out: ${ms.toFixed(1)} ms`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
