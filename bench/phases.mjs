// node bench/phases.mjs [--runs N] — main-thread CPU (CDP Performance TaskDuration, threadTicks) per
// phase of a scripted scan of the quickscan page: start, each pillar's answers, each "next", the results
// (all their stages), then a quiet second and a half. In-page clicks, a frame after each. A diagnostic
// beside `npm run bench` (which measures the whole journey at once); not part of it.
import { parseArgs } from 'node:util';
import { coldTab, evaluate, launch, metrics } from './lib/browser.mjs';
import { SETTLE } from './lib/drivers.mjs';
import { serveBench } from './lib/server.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const IN_PAGE = (body) => `(async () => {
  const el = document.querySelector('sociale-veiligheid-quickscan');
  const root = el.shadowRoot;
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  ${body}
  return true;
})()`;
const server = await serveBench();
const browser = await launch();
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const { context, tab, cdp } = await coldTab(browser);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(`${server.origin}/bench/quickscan.html`, { waitUntil: 'load' });
    await evaluate(cdp, SETTLE);
    const marks = [['settled', (await metrics(cdp)).task]];
    const phase = async (name, body) => {
      await evaluate(cdp, IN_PAGE(body));
      marks.push([name, (await metrics(cdp)).task]);
    };
    await phase('start', `root.querySelector('[part~="start-button"]').click(); await el.updateComplete; await frame();`);
    for (let p = 1; p <= 4; p++) {
      await phase(`answers ${p}`, `for (const f of root.querySelectorAll('fieldset[part~="statement"]')) { f.querySelector('input[value="3"]').click(); await el.updateComplete; await frame(); }`);
      await phase(p < 4 ? `next ${p}` : 'results', `root.querySelector('[part~="next-button"]').click(); await el.updateComplete; await frame();`);
    }
    await phase('quiet 1.5 s', `await new Promise((ok) => setTimeout(ok, 1500));`);
    const parts = marks.slice(1).map(([name, t], i) => `${name} ${(t - marks[i][1]).toFixed(1)}`);
    console.log(`run ${run + 1} (ms CPU): ${parts.join(' · ')} · total ${(marks.at(-1)[1] - marks[0][1]).toFixed(0)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
