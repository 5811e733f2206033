// What people feel (issue 13): the worst interaction (click → next paint) over a whole scan with the
// CPU throttled 4× (a low-end phone), and the first-visit bytes per journey. Called from bench/run.mjs;
// also runs alone:
//   node bench/feel.mjs [--runs N] [--skip-journeys] [--out FILE]
//
// Interaction runs: the three bench pages (quickscan, SurveyJS, plain HTML) alternate A B C, C B A …,
// each in a fresh browser context with CDP Emulation.setCPUThrottlingRate { rate: 4 }; a person-driver
// (bench/lib/person.mjs) answers all statements with real mouse clicks and reaches the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coldTab, evaluate, launch } from './lib/browser.mjs';
import { JOURNEYS, TIMING, networkLog, runJourneys, tally } from './lib/journeys.mjs';
import { FEEL_INIT, personScan } from './lib/person.mjs';
import { fmt, range, summary, table } from './lib/stats.mjs';

export const CPU_THROTTLE = 4;
export const WORST_TARGET_MS = 50;
export const FIRST_VISIT_TARGET = 24 * 1024;
const QUIET_MS = 400;

const PAGES = [
  { key: 'quickscan', label: 'quickscan', path: '/bench/quickscan.html' },
  { key: 'surveyjs', label: 'SurveyJS', path: '/bench/surveyjs.html' },
  { key: 'plain', label: 'plain HTML', path: '/bench/plain.html' },
];

/**
 * One cold load of one page at 4× CPU throttle, scanned to the results by the person-driver. On the
 * quickscan page it also logs the network: the first-visit bytes of the journeys "nl intro" (when the
 * intro is shown and the network is idle, before the first click) and "nl to results" (at the end).
 */
async function feelOnce(browser, origin, page) {
  const { context, tab, cdp, errors } = await coldTab(browser);
  try {
    // (The Network domain is enabled on every page, so all three carry the same instrumentation.)
    const net = networkLog(cdp, origin);
    const bytes = page.key === 'quickscan';
    let intro = null;
    const atStart = bytes && (async () => {
      await net.idle();
      intro = tally(JOURNEYS.find((j) => j.key === 'nl-intro'), net.responses(), await evaluate(cdp, TIMING));
    });
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FEEL_INIT });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await tab.goto(origin + page.path, { waitUntil: 'load' });
    // Again after the navigation: the page may have moved to a new renderer process.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    const r = await personScan(tab, cdp, page.key, { atStart, cpu: true });
    if (bytes) {
      await net.idle();
      r.journeys = [intro, tally(JOURNEYS.find((j) => j.key === 'nl-results'), net.responses(), await evaluate(cdp, TIMING))];
    }
    if (errors.length) throw new Error(`${page.key}: page errors: ${errors.join('; ')}`);
    return r;
  } finally {
    await context.close();
    await new Promise((ok) => setTimeout(ok, QUIET_MS));
  }
}

const METRICS = [
  { key: 'worst', label: 'worst interaction, Event Timing (ms)' },
  { key: 'p98', label: 'p98 interaction, Event Timing (ms)' },
  { key: 'over50', label: 'interactions > 50 ms' },
  { key: 'worstFallback', label: 'worst, rAF+MessageChannel (ms)' },
  { key: 'worstCpu', label: 'worst click, main-thread CPU (ms)' },
  { key: 'scanCpu', label: 'all clicks, main-thread CPU (ms)' },
  { key: 'resultsShown', label: 'last click → results shown (ms)' },
  { key: 'interactions', label: 'interactions (clicks)' },
];

/** Interaction runs, ABBA order, `runs` per page (plus a warm-up round when `warmup`). */
export async function runFeel({ browser, origin, runs = 5, warmup = runs > 1, journeys = true, log = () => {} }) {
  if (warmup) {
    log('feel: warm-up (not counted)');
    for (const page of PAGES) await feelOnce(browser, origin, page);
  }
  const perPage = Object.fromEntries(PAGES.map((p) => [p.key, []]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? PAGES : [...PAGES].reverse();
    const line = [];
    for (const page of order) {
      const r = await feelOnce(browser, origin, page);
      perPage[page.key].push(r);
      line.push(`${page.key} worst ${fmt(r.worst)} ms (${r.worstWhat}), p98 ${fmt(r.p98)} ms${r.retries ? `, ${r.retries} retried clicks` : ''}`);
    }
    log(`feel run ${run + 1}/${runs} (CPU ${CPU_THROTTLE}× slower): ${line.join(' · ')}`);
  }
  const summaryOf = (key) => Object.fromEntries(METRICS.map((m) => [m.key, summary(perPage[key].map((r) => r[m.key]))]));
  const s = Object.fromEntries(PAGES.map((p) => [p.key, summaryOf(p.key)]));
  // nl intro and nl to results: from the person-driven quickscan runs (every run must agree); the rest: one load each.
  const fromRuns = perPage.quickscan.map((r) => r.journeys);
  const nl = fromRuns[0].map((j, i) => ({ ...j, ...(fromRuns.some((x) => x[i].code !== j.code || x[i].json !== j.json) ? { unstable: { code: fromRuns.map((x) => x[i].code) } } : {}) }));
  for (const r of perPage.quickscan) delete r.journeys;
  const rest = journeys ? await runJourneys({ browser, origin, check: runs > 1, skip: nl.map((j) => j.key), log: (x) => log(`feel: ${x}`) }) : [];
  const bytes = journeys ? [...nl, ...rest] : null;
  const retries = PAGES.reduce((a, p) => a + perPage[p.key].reduce((b, r) => b + r.retries, 0), 0);
  const supported = PAGES.every((p) => perPage[p.key].every((r) => r.supported));
  const worst = s.quickscan.worst.median;
  const nlIntro = bytes?.find((b) => b.key === 'nl-intro');
  const targets = [
    { what: `worst interaction at ${CPU_THROTTLE}× CPU throttle, quickscan (median of worst per run)`, value: `${fmt(worst)} ms (plain ${fmt(s.plain.worst.median)} ms, SurveyJS ${fmt(s.surveyjs.worst.median)} ms)`, target: `≤ ${WORST_TARGET_MS} ms`, pass: worst === null ? null : worst <= WORST_TARGET_MS },
    ...(nlIntro ? [{ what: 'first Dutch visit (nl intro), JS+CSS gzip', value: `${nlIntro.code} B (${fmt(nlIntro.code / 1024, 1)} KB)`, target: `≤ ${FIRST_VISIT_TARGET} B (24 KB)`, pass: nlIntro.code <= FIRST_VISIT_TARGET }] : []),
  ];
  return {
    throttle: CPU_THROTTLE,
    runsPerPage: runs,
    eventTimingSupported: supported,
    retries,
    summary: s,
    runs: Object.fromEntries(PAGES.map((p) => [p.key, perPage[p.key]])),
    journeys: bytes,
    targets,
  };
}

/** "<16" for Event Timing values under its 16 ms threshold (reported as 0). */
const et = (x) => (x === null || x === undefined ? '–' : x < 16 ? '<16' : fmt(x));
const etRange = (s) => (!s || s.median === null ? '–' : `${et(s.median)} [${et(s.min)}–${et(s.max)}]`);

export function formatFeel(feel) {
  const rows = [[`person-driven scan at ${feel.throttle}× CPU throttle (median [min–max] of ${feel.runsPerPage} runs)`, ...PAGES.map((p) => p.label), 'q/plain']];
  for (const m of METRICS) {
    const etMetric = m.key === 'worst' || m.key === 'p98';
    rows.push([
      m.label,
      ...PAGES.map((p) => (etMetric ? etRange(feel.summary[p.key][m.key]) : range(feel.summary[p.key][m.key]))),
      (() => {
        const a = feel.summary.quickscan[m.key].median;
        const b = feel.summary.plain[m.key].median;
        return m.key === 'interactions' || m.key === 'over50' || !a || !b ? '' : fmt(a / b, 2);
      })(),
    ]);
  }
  const lines = [
    table(rows),
    `(click = page.mouse.click on option labels and start/next/submit; latency = Event Timing duration of the click's pointerdown/pointerup/click, the largest; "<16" = below the API's 16 ms threshold; p98 interpolated over a run's clicks; waits for the page and ${'≈'}600 ms reading of each view (the first too) are not latency${feel.retries ? `; ${feel.retries} clicks were not taken and retried` : ''}${feel.eventTimingSupported ? '' : '; Event Timing NOT supported: see the fallback row'})`,
  ];
  if (feel.journeys) {
    const jr = [['first-visit journey (cold cache)', 'JS+CSS gzip (B)', 'files', 'content JSON gzip (B)', 'HTML page (B)']];
    for (const j of feel.journeys) jr.push([j.label, String(j.code), String(j.codeFiles), j.jsonFiles ? String(j.json) : '–', String(j.html)]);
    lines.push('', table(jr));
    const notes = feel.journeys.flatMap((j) => [
      ...(j.timingMismatch.length ? [`${j.key}: Resource Timing disagrees: ${JSON.stringify(j.timingMismatch)}`] : []),
      ...(j.unstable ? [`${j.key}: loads transferred different bytes: ${JSON.stringify(j.unstable)}`] : []),
      ...j.files.filter((f, i) => j.files.findIndex((g) => g.path === f.path) !== i).map((f) => `${j.key}: ${f.path} was downloaded twice`),
    ]);
    lines.push(...notes);
    const files = [...new Set(feel.journeys.flatMap((j) => j.files.map((f) => `${f.path} ${f.encoded} B`)))];
    lines.push(`files: ${files.join(', ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'skip-journeys': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/feel.json' },
    },
  });
  const { serveBench } = await import('./lib/server.mjs');
  const server = await serveBench();
  const browser = await launch();
  try {
    const started = Date.now();
    const feel = await runFeel({ browser, origin: server.origin, runs: Math.max(1, Number(values.runs)), journeys: !values['skip-journeys'], log: console.error });
    console.log(formatFeel(feel));
    console.log(feel.targets.map((t) => `${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'}  ${t.what}: ${t.value} (target ${t.target})`).join('\n'));
    console.log(`(${fmt((Date.now() - started) / 1000)} s)`);
    const file = new URL(values.out, new URL(`file://${process.cwd()}/`));
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), browser: browser.version(), ...feel }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

export { JOURNEYS };
