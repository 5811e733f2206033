// node bench/clicks.mjs [--runs N] [--throttle N] — every click of a person-driven scan of the quickscan
// page at 4× CPU throttle (Event Timing duration and main-thread CPU per click), median over the runs:
// which interactions are the slow ones (a diagnostic beside bench/feel.mjs; not part of npm run bench).
import { parseArgs } from 'node:util';
import { coldTab, launch } from './lib/browser.mjs';
import { FEEL_INIT, personScan } from './lib/person.mjs';
import { serveBench } from './lib/server.mjs';
import { fmt, summary } from './lib/stats.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, throttle: { type: 'string', default: '4' }, page: { type: 'string', default: 'quickscan' } } });
const server = await serveBench();
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const { context, tab, cdp } = await coldTab(browser);
    await cdp.send('Page.enable');
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FEEL_INIT });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
    await tab.goto(`${server.origin}/bench/${values.page}.html`, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
    runs.push((await personScan(tab, cdp, values.page, { cpu: true })).clicks);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const n = Math.min(...runs.map((r) => r.length));
let answers = 0;
for (let i = 0; i < n; i++) {
  const what = runs[0][i].what;
  if (what === 'option') answers++;
  const et = summary(runs.map((r) => r[i].eventTiming));
  const cpu = summary(runs.map((r) => r[i].cpu));
  console.log(`${String(i + 1).padStart(2)} ${(what === 'option' ? `option ${answers}` : what).padEnd(10)} event timing ${fmt(et.median).padStart(5)} ms   CPU ${fmt(cpu.median, 1).padStart(6)} ms`);
}
