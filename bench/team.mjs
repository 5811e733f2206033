// npm run bench -- --team [--team-runs N] [--team-clock cpu|wall] [--out FILE]   (or: node bench/team.mjs …)
//
// Team aggregation in Node (issue 16, "Scale"): the same pure code the element runs for a team, run as a
// host's server would run it for a whole organisation. src/team/aggregate.ts (with the scoring and
// content loading it needs) is bundled by esbuild to a temporary ES module, so no TypeScript loader is
// needed. 100,000 valid results for the built-in content (content/nl.json) are made with score() from
// seeded random answers (about 9 in 10 a value, 1 in 10 "Weet ik niet", a few unanswered), passed through
// JSON as results from outside are, and the first 1,000 / 10,000 / 100,000 of them go through
// prepareTeam (validation, duplicates) and aggregate(), one warm-up run and then N measured runs per size.
//
// Per size it prints medians [min–max] of the wall time of each step and of the process CPU time of
// both (user + system, all threads: the garbage collector's helpers included), and the cost per result
// against the previous size (linear: about 1×). Garbage is collected before each run (and the collector
// given 100 ms to finish); TEAM_BENCH_NO_GC=1 leaves that out. The budget — prepareTeam + aggregate over 100,000
// results under 1 s — is checked on the CPU-time median, which other processes on a shared machine do
// not inflate (wall time does: it is printed next to it, with the load average); `--team-clock wall`
// checks the wall-clock median instead. Exits 1 when the budget is missed or a run's summary differs
// from the first run's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fmt, range, summary, table } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEAM_SIZES = [1_000, 10_000, 100_000];
const BUDGET_MS = 1000;
const BUDGET_SIZE = 100_000;
const SEED = 0x5eed16;

const log = (...a) => console.error(...a);

/** src/team/aggregate.ts and what the bench needs beside it, bundled to a temporary module and imported. */
async function loadModules() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'svq-team-bench-'));
  const outfile = join(dir, 'team.mjs');
  try {
    await build({
      stdin: {
        contents: [
          "export { aggregate, prepareTeam } from './src/team/aggregate.ts';",
          "export { score } from './src/scoring/score.ts';",
          "export { contentFromValue } from './src/content/load.ts';",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
        sourcefile: 'team-bench-entry.ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** mulberry32: a small seeded generator, so every run sees the same results. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` valid results for `content`, as JSON from outside would give them. */
export function generateResults(m, content, n, seed = SEED) {
  const next = random(seed);
  const statements = content.pillars.flatMap((p) => p.statements.map((s) => s.id));
  const values = content.scale.options.map((o) => o.value);
  const start = Date.UTC(2026, 0, 5, 8, 0, 0);
  const results = [];
  for (let i = 0; i < n; i++) {
    // Each person leans somewhere on the scale, so the team's figures are not all in the middle.
    const lean = next();
    const answers = {};
    for (const id of statements) {
      const r = next();
      if (r < 0.03) continue; // unanswered
      if (r < 0.13) answers[id] = null; // "Weet ik niet"
      else answers[id] = values[Math.min(values.length - 1, Math.floor(((lean + next()) / 2) * values.length))];
    }
    results.push(m.score(content, answers, { locale: 'nl', completedAt: new Date(start + i * 7_000) }));
  }
  return JSON.parse(JSON.stringify(results));
}

/** A way to collect garbage between runs, so one run's garbage is not another's cost. */
function collector() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc');
  } catch {
    return () => {};
  }
}

/** Collects garbage, then lets the collector's concurrent threads finish before the next run. */
async function settle(gc) {
  if (process.env.TEAM_BENCH_NO_GC) return;
  gc();
  await new Promise((ok) => setTimeout(ok, 100));
}

/** One measured run: prepareTeam then aggregate over `inputs`. */
function runOnce(m, content, inputs) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const prepared = m.prepareTeam(content, inputs);
  const t1 = performance.now();
  const team = m.aggregate(content, prepared.accepted);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { prepare: t1 - t0, aggregate: t2 - t1, total: t2 - t0, cpu: (cpu.user + cpu.system) / 1000, prepared, team };
}

function runsFor(size, runs) {
  // Smaller sizes are cheap and noisier: more runs.
  return size >= 100_000 ? runs : size >= 10_000 ? runs * 2 : runs * 4;
}

export async function runTeam({ runs = 7, log: say = log } = {}) {
  const m = await loadModules();
  const content = m.contentFromValue(JSON.parse(readFileSync(join(ROOT, 'content/nl.json'), 'utf8')));
  const generated = performance.now();
  const all = generateResults(m, content, Math.max(...TEAM_SIZES));
  say(`team bench: ${all.length} results generated in ${fmt(performance.now() - generated)} ms (seed ${SEED.toString(16)})`);
  const gc = collector();
  const sizes = [];
  for (const size of TEAM_SIZES) {
    const inputs = all.slice(0, size);
    await settle(gc);
    const first = runOnce(m, content, inputs); // warm-up, not counted
    if (first.prepared.accepted.length !== size) throw new Error(`team bench: ${size - first.prepared.accepted.length} generated results were not accepted`);
    const expected = JSON.stringify(first.team);
    const measured = [];
    let differs = false;
    for (let i = 0; i < runsFor(size, runs); i++) {
      await settle(gc);
      const r = runOnce(m, content, inputs);
      if (JSON.stringify(r.team) !== expected) differs = true;
      measured.push({ prepare: r.prepare, aggregate: r.aggregate, total: r.total, cpu: r.cpu });
    }
    const s = Object.fromEntries(['prepare', 'aggregate', 'total', 'cpu'].map((k) => [k, summary(measured.map((r) => r[k]))]));
    sizes.push({ size, runs: measured.length, summary: s, runsData: measured, differs, respondents: first.team.respondents });
    say(`team bench: ${size} results: total ${fmt(s.total.median)} ms wall, ${fmt(s.cpu.median)} ms CPU (median of ${measured.length})`);
  }
  return { sizes, loadavg1: loadavg()[0] };
}

export function formatTeam(out, clock = 'cpu') {
  const per = (x, key) => (x.summary[key].median / x.size) * 1000;
  const rows = [
    ['results', 'runs', 'prepareTeam ms', 'aggregate ms', 'both, wall ms', 'both, CPU ms', 'µs/result wall', 'µs/result CPU', 'per result vs previous size (CPU)'],
    ...out.sizes.map((x, i) => [
      x.size.toLocaleString('en'),
      x.runs,
      range(x.summary.prepare, 1),
      range(x.summary.aggregate, 1),
      range(x.summary.total, 1),
      range(x.summary.cpu, 1),
      fmt(per(x, 'total'), 2),
      fmt(per(x, 'cpu'), 2),
      i ? `${fmt(per(x, 'cpu') / per(out.sizes[i - 1], 'cpu'), 2)}×` : '',
    ]),
  ];
  const budget = out.sizes.find((x) => x.size === BUDGET_SIZE);
  const measured = budget.summary[clock === 'wall' ? 'total' : 'cpu'].median;
  return [
    `Team aggregation in Node ${process.version} (prepareTeam + aggregate, content/nl.json) · median [min–max] · load average ${fmt(out.loadavg1, 1)} on ${cpus().length} cores`,
    'Linear in the number of results: the cost per result stays about the same (1×) from one size to the next.',
    '',
    table(rows),
    '',
    `${out.pass ? 'PASS' : 'MISS'}  prepareTeam + aggregate over ${BUDGET_SIZE.toLocaleString('en')} results: ${fmt(measured)} ms ${clock === 'wall' ? 'wall' : 'CPU'} (median; target < ${BUDGET_MS} ms)`,
    ...out.sizes.filter((x) => x.differs).map((x) => `MISS  ${x.size} results: a run's summary differed from the first run's`),
  ].join('\n');
}

export async function main(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      team: { type: 'boolean', default: true },
      'team-runs': { type: 'string', default: '7' },
      'team-clock': { type: 'string', default: 'cpu' },
      out: { type: 'string', default: 'bench/results/team.json' },
    },
    strict: false,
  });
  const clock = values['team-clock'] === 'wall' ? 'wall' : 'cpu';
  const out = await runTeam({ runs: Math.max(1, Number(values['team-runs']) || 7) });
  const budget = out.sizes.find((x) => x.size === BUDGET_SIZE);
  out.clock = clock;
  out.pass = budget.summary[clock === 'wall' ? 'total' : 'cpu'].median < BUDGET_MS && out.sizes.every((x) => !x.differs);
  out.date = new Date().toISOString();
  out.node = process.version;
  const text = formatTeam(out, clock);
  console.log(text);
  const file = resolve(values.out);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(file.replace(/\.json$/, '') + '.txt', `${text}\n`);
  log(`team bench: wrote ${file}`);
  return out.pass ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
