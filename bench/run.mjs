// npm run bench [-- --runs N] [--scale-reps N] [--skip-scale] [--out FILE]
//                  [--feel-runs N] [--skip-feel]   (interactions at 4× CPU throttle, first-visit bytes: bench/feel.mjs)
// npm run bench -- --team [--team-runs N] [--team-clock cpu|wall] [--out FILE]: only the team aggregation
// in Node (bench/team.mjs; no browser), default output bench/results/team.json.
//
// Serves three pages on 127.0.0.1 — the standalone bundle with its built-in Dutch content, the same
// scan in SurveyJS 2.5.38 (prebuilt bundles, default theme) and a plain static HTML form with the same
// 18 radio groups — and loads them in Debian's Chromium (playwright-core), alternating A B C C B A,
// each run in a fresh browser context (cold cache). Per run, measured from inside the page: first
// frame with the first screen visible, bytes transferred (gzip) and decoded, main-thread busy time
// while a script answers all statements and reaches the results (CDP Performance.getMetrics), and the
// JS heap after garbage collection with the results shown (CDP). Then the scale benchmark
// (bench/scale.mjs). Prints medians [min–max] and ratios; writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { coldTab, evaluate, launch, metrics } from './lib/browser.mjs';
import { DRIVERS, REPORT, SETTLE } from './lib/drivers.mjs';
import { serveBench } from './lib/server.mjs';
import { fmt, range, summary, table } from './lib/stats.mjs';
import { formatScale, runScale } from './scale.mjs';
import { formatFeel, runFeel } from './feel.mjs';

const ROOT = new URL('..', import.meta.url);
const BUNDLE = 'dist/sociale-veiligheid-quickscan.js';
const QUIET_MS = 400;

const PAGES = [
  { key: 'quickscan', label: 'quickscan', path: '/bench/quickscan.html' },
  { key: 'surveyjs', label: 'SurveyJS', path: '/bench/surveyjs.html' },
  { key: 'plain', label: 'plain HTML', path: '/bench/plain.html' },
];

const log = (...a) => console.error(...a);

/** One cold load of one page: fresh context, navigate, wait for the first screen, answer all, measure. */
async function measure(browser, origin, page) {
  const { context, tab, cdp, errors } = await coldTab(browser);
  try {
    // threadTicks: CPU time of the main thread, so other processes on the machine do not inflate it.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(origin + page.path, { waitUntil: 'load' });
    await evaluate(cdp, SETTLE);
    const loadMetrics = await metrics(cdp);
    const driven = await evaluate(cdp, DRIVERS[page.key]);
    const after = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const report = await evaluate(cdp, REPORT);
    if (errors.length) throw new Error(`${page.key}: page errors: ${errors.join('; ')}`);
    return {
      ...report,
      loadTask: loadMetrics.task,
      busy: after.task - loadMetrics.task,
      busyScript: after.script - loadMetrics.script,
      busyLayout: after.layout - loadMetrics.layout,
      busyStyle: after.style - loadMetrics.style,
      heap: heap.usedSize,
      heapTotal: heap.totalSize,
      clicks: driven.clicks,
      answered: driven.answered,
      scores: driven.scores,
      retries: driven.retries,
    };
  } finally {
    await context.close();
    // Let the closed renderer go away before the next run starts: on 2 cores it competes otherwise.
    await new Promise((ok) => setTimeout(ok, QUIET_MS));
  }
}

/** Heap of an empty page, measured the same way: the floor every page shares. */
async function blankHeap(browser, origin) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${origin}/bench/blank.html`, { waitUntil: 'load' });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await context.close();
  }
}

function gitDescribe() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'content', 'dist'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return null;
  }
}

const METRICS = [
  { key: 'firstScreen', label: 'first screen visible (ms)', digits: 0 },
  { key: 'fcp', label: 'first contentful paint (ms)', digits: 0 },
  { key: 'encoded', label: 'transferred, gzip (KB)', digits: 1, scale: 1024 },
  { key: 'decoded', label: 'transferred, raw (KB)', digits: 1, scale: 1024 },
  { key: 'requests', label: 'requests', digits: 0 },
  { key: 'loadTask', label: 'main thread until first screen (ms CPU)', digits: 0 },
  { key: 'busy', label: 'main thread answering all (ms CPU)', digits: 0 },
  { key: 'busyStyle', label: '  of which style (ms)', digits: 0 },
  { key: 'busyLayout', label: '  of which layout (ms)', digits: 0 },
  { key: 'heap', label: 'JS heap after results, GC (KB)', digits: 0, scale: 1024 },
];

function ratio(a, b) {
  return a !== null && b ? a / b : null;
}

function formatMain(out) {
  const rows = [['metric (median [min–max])', ...PAGES.map((p) => p.label), 'q/plain', 'q/SurveyJS']];
  for (const m of METRICS) {
    const s = out.summary;
    rows.push([
      m.label,
      ...PAGES.map((p) => range(s[p.key][m.key], m.digits, m.scale ?? 1)),
      fmt(out.ratios.plain[m.key], 2),
      fmt(out.ratios.surveyjs[m.key], 2),
    ]);
  }
  return table(rows);
}

function formatTargets(targets) {
  return targets.map((t) => `${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'}  ${t.what}: ${t.value} (target ${t.target})`).join('\n');
}

/**
 * What people feel (bench/feel.mjs): worst interaction at 4× CPU throttle, person-driven, and the
 * first-visit bytes per journey. --feel-runs N (default: 5, or --runs when that is smaller; a warm-up
 * round only when N > 1), --skip-feel.
 */
async function feelSection(values, runs, browser, origin) {
  if (values['skip-feel']) return null;
  const feelRuns = Math.max(1, Number(values['feel-runs'] ?? Math.min(5, runs)));
  log(`bench: interactions at 4× CPU throttle (${feelRuns} runs per page) and first-visit bytes per journey`);
  return runFeel({ browser, origin, runs: feelRuns, warmup: feelRuns > 1, log });
}

async function main() {
  if (process.argv.includes('--team')) {
    const { main: team } = await import('./team.mjs');
    process.exit(await team(process.argv.slice(2)));
  }
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '15' },
      'scale-reps': { type: 'string', default: '5' },
      'skip-scale': { type: 'boolean', default: false },
      'feel-runs': { type: 'string' },
      'skip-feel': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/latest.json' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const started = Date.now();
  const loadBefore = loadavg()[0];

  const server = await serveBench();
  // Read (and cached) once by the server: every run gets these bytes, even if dist/ is rebuilt meanwhile.
  const served = await server.sizes(`/${BUNDLE}`);
  const bundleSize = { raw: served.raw, gzip9: served.gzip, builtAt: statSync(new URL(BUNDLE, ROOT)).mtime.toISOString() };
  const browser = await launch();
  const perPage = Object.fromEntries(PAGES.map((p) => [p.key, []]));
  let out;
  try {
    log(`bench: ${browser.version()} · ${cpus().length} cores · ${runs} runs per page · ${server.origin}`);
    log('bench: warm-up (not counted)');
    for (const page of PAGES) await measure(browser, server.origin, page);
    const blank = [];
    for (let i = 0; i < 3; i++) blank.push(await blankHeap(browser, server.origin));

    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? PAGES : [...PAGES].reverse();
      const line = [];
      for (const page of order) {
        const r = await measure(browser, server.origin, page);
        perPage[page.key].push(r);
        line.push(`${page.key} ${fmt(r.firstScreen)} ms/${fmt(r.busy)} ms${r.retries ? ` (${r.retries} radio clicks retried)` : ''}`);
      }
      log(`run ${run + 1}/${runs}: ${line.join(' · ')}`);
    }

    const summaryOf = (key) => Object.fromEntries(METRICS.map((m) => [m.key, summary(perPage[key].map((r) => r[m.key]))]));
    const s = Object.fromEntries(PAGES.map((p) => [p.key, summaryOf(p.key)]));
    const ratios = {
      plain: Object.fromEntries(METRICS.map((m) => [m.key, ratio(s.quickscan[m.key].median, s.plain[m.key].median)])),
      surveyjs: Object.fromEntries(METRICS.map((m) => [m.key, ratio(s.quickscan[m.key].median, s.surveyjs[m.key].median)])),
    };
    const scoreLists = PAGES.map((p) => JSON.stringify(perPage[p.key][0].scores));
    const scoresAgree = scoreLists.every((x) => x === scoreLists[0]) && PAGES.every((p) => perPage[p.key].every((r) => JSON.stringify(r.scores) === scoreLists[0]));

    let scale = null;
    if (!values['skip-scale']) {
      log('bench: scale benchmark');
      scale = await runScale({ browser, origin: server.origin, reps: Math.max(1, Number(values['scale-reps'])), log });
    }

    const feel = await feelSection(values, runs, browser, server.origin);

    const pct = (x) => `${fmt(x, 2)}×`;
    const targets = [
      // Issue 13's targets. The first Dutch visit (entry only, 24 KB) is checked in bench/feel.mjs and scripts/size.mjs.
      { what: 'first screen visible vs plain HTML (wall clock)', value: pct(ratios.plain.firstScreen), target: '≤ 1.2×', pass: ratios.plain.firstScreen <= 1.2 },
      { what: 'main thread until first screen vs plain HTML (CPU)', value: pct(ratios.plain.loadTask), target: '≤ 1.2×', pass: ratios.plain.loadTask <= 1.2 },
      { what: 'first screen vs SurveyJS', value: pct(ratios.surveyjs.firstScreen), target: '≤ 0.3×', pass: ratios.surveyjs.firstScreen <= 0.3 },
      { what: 'main thread answering all and reaching the results vs plain HTML (CPU)', value: pct(ratios.plain.busy), target: '≤ 2×', pass: ratios.plain.busy <= 2 },
      { what: 'JS heap after results vs plain HTML', value: pct(ratios.plain.heap), target: '≤ 2×', pass: ratios.plain.heap <= 2 },
      ...(scale?.targets ?? []),
      ...(feel?.targets ?? []),
    ];

    out = {
      date: new Date().toISOString(),
      commit: gitDescribe(),
      environment: {
        browser: browser.version(),
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? null,
        platform: process.platform,
        loadavg1: { before: loadBefore, after: loadavg()[0] },
      },
      method: {
        runsPerPage: runs,
        order: 'A B C C B A … (A quickscan, B SurveyJS, C plain HTML), one warm-up round not counted',
        context: 'fresh browser context per run (cold HTTP cache), viewport 1280×800',
        server: 'node:http on 127.0.0.1, gzip -9 Content-Encoding',
      },
      bundle: bundleSize,
      blankPageHeap: summary(blank),
      summary: s,
      ratios,
      pillarScores: { agree: scoresAgree, ...Object.fromEntries(PAGES.map((p, i) => [p.key, JSON.parse(scoreLists[i])])) },
      resources: Object.fromEntries(PAGES.map((p) => [p.key, perPage[p.key][0].resources])),
      runs: Object.fromEntries(PAGES.map((p) => [p.key, perPage[p.key].map(({ resources, ...r }) => r)])),
      scale,
      feel,
      targets,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await browser.close();
    await server.close();
  }

  const text = [
    `Benchmark ${out.date} · ${out.commit ?? ''} · Chromium ${out.environment.browser} · node ${process.version} · ${out.environment.cpus} cores · ${runs} runs per page · load average ${fmt(out.environment.loadavg1.before, 1)} → ${fmt(out.environment.loadavg1.after, 1)}`,
    '',
    `bundle ${BUNDLE} (built ${out.bundle.builtAt}): ${out.bundle.raw} B raw, ${out.bundle.gzip9} B gzip -9`,
    `JS heap of an empty page (the floor every page shares): ${fmt(out.blankPageHeap.median / 1024)} KB`,
    `pillar scores after answering: ${out.pillarScores.agree ? `the same on all three pages (${out.pillarScores.quickscan.join(', ')})` : `DIFFER: ${JSON.stringify(out.pillarScores)}`}`,
    '',
    formatMain(out),
    '',
    ...(out.scale ? [formatScale(out.scale), ''] : []),
    ...(out.feel ? [formatFeel(out.feel), ''] : []),
    'Targets',
    formatTargets(out.targets),
    '',
    `(${fmt(out.seconds)} s)`,
  ].join('\n');
  console.log(text);

  const file = new URL(values.out, new URL(`file://${process.cwd()}/`));
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(new URL(file.href.replace(/\.json$/, '') + '.txt'), `${text}\n`);
  log(`bench: wrote ${values.out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
