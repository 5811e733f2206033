// node bench/scale.mjs [--reps N] [--out FILE]   (also run by `npm run bench`)
//
// Scale benchmark: generated content of growing size (pillars × statements per pillar), set as the
// element's `content` property in a page that loads the standalone bundle. Per size and cold page,
// measured in the page: content load (validation + intro render), the step change (click "next" on a
// fully answered step → lit update, style and layout done; and until the next frame is painted),
// changing one answer, the final "next" → results (scoring + results render), and score() alone
// (lib/scoring/score.js). Shapes beyond the schema's LIMITS are tried too: the element must reject
// them, and the report says so (if the limits are raised, they are measured instead).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coldTab, evaluate, launch } from './lib/browser.mjs';
import { fmt, linearFit, range, summary, table } from './lib/stats.mjs';

const ROOT = new URL('..', import.meta.url);

/** [pillars, statements per pillar]: 18, 180, 600 (the largest the default LIMITS allow), 1,000 (the target case) and 1,800. */
export const SHAPES = [
  [6, 3],
  [12, 15],
  [12, 50],
  [20, 50],
  [36, 50],
];
const TARGET_TOTAL = 1000;
const TARGET_MS = 50;

/** Content with `pillars` × `per` statements, texts and glossary taken (cyclically) from content/nl.json. */
export function generateContent(base, pillars, per) {
  const texts = base.pillars.flatMap((p) => p.statements.map((s) => s.text));
  let n = 0;
  return {
    ...base,
    id: `scale-${pillars}x${per}`,
    version: '1',
    pillars: Array.from({ length: pillars }, (_, p) => {
      const source = base.pillars[p % base.pillars.length];
      return {
        id: `p${p + 1}`,
        number: p + 1,
        title: `${source.title} (${p + 1})`,
        description: source.description,
        statements: Array.from({ length: per }, (_, s) => ({ id: `p${p + 1}-s${s + 1}`, text: texts[n++ % texts.length] })),
        tools: source.tools,
      };
    }),
  };
}

/** Every statement answered with the benchmark's answer pattern (null = "Weet ik niet"). */
function allAnswers(content) {
  const pattern = [4, 2, 5, 3, null, 1, 4, 5, 3, 2, 4, null, 5, 4, 1, 3, 4, 2];
  const answers = {};
  let i = 0;
  for (const p of content.pillars) for (const s of p.statements) answers[s.id] = pattern[i++ % pattern.length];
  return answers;
}

const IN_PAGE = (content, answers) => `(async () => {
  const content = ${JSON.stringify(content).replace(/</g, '\\u003c')};
  const answers = ${JSON.stringify(answers)};
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await customElements.whenDefined('sociale-veiligheid-quickscan');
  const { score } = await import('/lib/scoring/score.js');
  await frame();
  const el = document.createElement('sociale-veiligheid-quickscan');
  const q = (s) => el.shadowRoot.querySelector(s);
  // work: the action, lit's update, then style and layout forced; frame: until the next frame is painted.
  const timed = async (action, target = el) => {
    const t0 = performance.now();
    action();
    await target.updateComplete;
    target.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
    void document.documentElement.offsetHeight;
    const t1 = performance.now();
    await frame();
    return { work: t1 - t0, frame: performance.now() - t0 };
  };
  const load = await timed(() => {
    el.content = content;
    document.body.append(el);
  });
  const error = q('[part~="error"]');
  if (error) return { rejected: error.textContent.replace(/\\s+/g, ' ').trim().slice(0, 500) };
  el.answers = answers;
  await el.updateComplete;
  await frame();
  const start = await timed(() => q('[part~="start-button"]').click());
  const radios = q('fieldset[part~="statement"]').querySelectorAll('input[type="radio"]');
  const answer = await timed(() => radios[radios[0].checked ? 1 : 0].click());
  const steps = [];
  for (let i = 1; i < content.pillars.length; i++) {
    steps.push(await timed(() => q('[part~="next-button"]').click()));
    const shown = q('fieldset[part~="statement"]')?.dataset.statement;
    if (shown !== content.pillars[i].statements[0].id) throw new Error('step ' + i + ' not shown (' + shown + ')');
  }
  // The results come in stages (their top on the click's frame, the rest a frame apart): "results" is
  // the click until the top is rendered, laid out and painted; "resultsAll" until the last stage is.
  const t0 = performance.now();
  q('[part~="next-button"]').click();
  for (let n = 0; !q('[part~="results"]'); n++) await (n < 100 ? Promise.resolve() : new Promise((ok) => setTimeout(ok)));
  el.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
  void document.documentElement.offsetHeight;
  const t1 = performance.now();
  await frame();
  const results = { work: t1 - t0, frame: performance.now() - t0 };
  await el.updateComplete;
  void document.documentElement.offsetHeight;
  const t2 = performance.now();
  await frame();
  const resultsAll = { work: t2 - t0, frame: performance.now() - t0 };
  if (!q('[part~="glossary"]')) throw new Error('results not complete');
  const scoring = [];
  const given = el.answers;
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    score(content, given, { locale: 'nl' });
    scoring.push(performance.now() - t0);
  }
  const resultsNodes = el.shadowRoot.querySelectorAll('*').length;
  // The first step as a person meets it: they read the intro first, and at its first idle moment the
  // element lays the first step out ahead, unseen; the start click then only shows it. A second element
  // with the same content and answers (the first one gone): its intro, an idle moment, then the click.
  el.remove();
  const reader = document.createElement('sociale-veiligheid-quickscan');
  reader.content = content;
  document.body.append(reader);
  reader.answers = answers;
  await reader.updateComplete;
  await new Promise((ok) => requestIdleCallback(ok, { timeout: 2000 }));
  await reader.updateComplete;
  await frame();
  await new Promise((ok) => setTimeout(ok, 300));
  if (!reader.shadowRoot.querySelector('.step-host[aria-hidden="true"] fieldset[part~="statement"]')) throw new Error('the first step was not laid out ahead');
  const startRead = await timed(() => reader.shadowRoot.querySelector('[part~="start-button"]').click(), reader);
  if (!reader.shadowRoot.querySelector('fieldset[part~="statement"]')) throw new Error('step 1 not shown after the intro was read');
  return {
    load, start, startRead, answer, steps, results, resultsAll,
    score: scoring.slice(5).sort((a, b) => a - b)[10],
    resultsNodes,
  };
})()`;

async function once(browser, origin, content) {
  const { context, tab, cdp, errors } = await coldTab(browser);
  try {
    await tab.goto(`${origin}/bench/scale.html`, { waitUntil: 'load' });
    const r = await evaluate(cdp, IN_PAGE(content, allAnswers(content)));
    if (errors.length) throw new Error(`scale: page errors: ${errors.join('; ')}`);
    return r;
  } finally {
    await context.close();
    await new Promise((ok) => setTimeout(ok, 250)); // let the closed renderer go first (2 cores)
  }
}

export async function runScale({ browser, origin, reps = 5, shapes = SHAPES, log = () => {} }) {
  const base = JSON.parse(readFileSync(new URL('content/nl.json', ROOT), 'utf8'));
  const { LIMITS } = await import(new URL('lib/content/schema.js', ROOT).href);
  const sizes = [];
  for (const [pillars, per] of shapes) {
    const content = generateContent(base, pillars, per);
    const total = pillars * per;
    const withinLimits = pillars <= LIMITS.pillars && per <= LIMITS.statementsPerPillar;
    const runs = [];
    let rejected = null;
    for (let i = 0; i < reps; i++) {
      const r = await once(browser, origin, content);
      if (r.rejected) {
        rejected = r.rejected;
        break;
      }
      runs.push(r);
    }
    const pick = (f) => ({ work: summary(runs.flatMap((r) => f(r)).map((t) => t.work)), frame: summary(runs.flatMap((r) => f(r)).map((t) => t.frame)) });
    const size = {
      total,
      pillars,
      perPillar: per,
      withinLimits,
      rejected,
      ...(rejected
        ? {}
        : {
            load: pick((r) => [r.load]),
            start: pick((r) => [r.start]),
            startRead: pick((r) => [r.startRead]),
            step: pick((r) => r.steps),
            answer: pick((r) => [r.answer]),
            results: pick((r) => [r.results]),
            resultsAll: pick((r) => [r.resultsAll]),
            score: summary(runs.map((r) => r.score)),
            resultsNodes: runs[0].resultsNodes,
          }),
    };
    sizes.push(size);
    log(
      rejected
        ? `scale ${total} (${pillars}×${per}): rejected by the element${withinLimits ? ' (unexpected: within LIMITS)' : ` (LIMITS: ${LIMITS.pillars} pillars × ${LIMITS.statementsPerPillar})`}`
        : `scale ${total} (${pillars}×${per}): step ${fmt(size.step.frame.median, 1)} ms, results ${fmt(size.results.frame.median, 1)} ms`,
    );
  }

  const measured = sizes.filter((s) => !s.rejected);
  const fits = {
    // A step renders one pillar's statements (plus the stepper over all pillars).
    step: linearFit(measured.map((s) => [s.perPillar, s.step.work.median])),
    // The first step after the intro builds the step's DOM (later steps reuse it).
    start: linearFit(measured.map((s) => [s.perPillar, s.start.work.median])),
    // The results render every statement (answers, strengths, priorities).
    results: linearFit(measured.map((s) => [s.total, s.results.work.median])),
    load: linearFit(measured.map((s) => [s.total, s.load.work.median])),
    answer: linearFit(measured.map((s) => [s.total, s.answer.work.median])),
  };

  const target = sizes.find((s) => s.total === TARGET_TOTAL);
  const largest = measured.at(-1);
  const targets = [];
  const LABELS = { start: 'first step (intro → pillar 1), clicked at once', startRead: 'first step (intro → pillar 1) after reading the intro (laid out ahead)', step: 'step change (pillar → next pillar)', results: 'last next → results shown (score + first stage)' };
  const check = (s, note) => {
    for (const what of ['start', 'startRead', 'step', 'results']) {
      const v = s[what].frame.median;
      targets.push({
        what: `${s.total} statements (${s.pillars}×${s.perPillar})${note}: ${LABELS[what]}, click → painted`,
        value: `${fmt(v, 1)} ms (work ${fmt(s[what].work.median, 1)} ms)`,
        target: `≤ ${TARGET_MS} ms`,
        pass: v <= TARGET_MS,
      });
    }
  };
  if (target && !target.rejected) check(target, '');
  else {
    targets.push({
      what: `${TARGET_TOTAL} statements (20×50)`,
      value: `not measurable: the content is rejected (LIMITS.pillars = ${LIMITS.pillars}, statementsPerPillar = ${LIMITS.statementsPerPillar})`,
      target: `≤ ${TARGET_MS} ms`,
      pass: null,
    });
    if (largest) check(largest, ', the largest valid content');
  }
  // What the fits predict for the target case (20 × 50) when it cannot be measured.
  const at = (f, x) => (f ? f.intercept + f.slope * x : null);
  const extrapolated =
    target && target.rejected
      ? { total: target.total, pillars: target.pillars, perPillar: target.perPillar, load: at(fits.load, target.total), start: at(fits.start, target.perPillar), step: at(fits.step, target.perPillar), results: at(fits.results, target.total) }
      : null;
  return { reps, limits: { pillars: LIMITS.pillars, statementsPerPillar: LIMITS.statementsPerPillar }, sizes, fits, extrapolated, targets };
}

export function formatScale(scale) {
  const r = (t, d = 1) => (t ? range(t.frame, d) : '–');
  const w = (t, d = 1) => (t ? range(t.work, d) : '–');
  const rows = [['statements (pillars×per pillar)', 'load → intro', 'start → step 1', '… intro read first', 'step change', 'change 1 answer', 'last next → results (top)', '… all stages', 'score()']];
  for (const s of scale.sizes) {
    const label = `${s.total} (${s.pillars}×${s.perPillar})`;
    if (s.rejected) {
      rows.push([label, `rejected: over LIMITS (${scale.limits.pillars} pillars × ${scale.limits.statementsPerPillar})`, '', '', '', '', '', '', '']);
      continue;
    }
    rows.push([`${label} work`, w(s.load), w(s.start), w(s.startRead), w(s.step), w(s.answer), w(s.results), w(s.resultsAll), range(s.score, 2)]);
    rows.push([`${label} painted`, r(s.load), r(s.start), r(s.startRead), r(s.step), r(s.answer), r(s.results), r(s.resultsAll), '']);
  }
  const perStatement = scale.sizes
    .filter((s) => !s.rejected)
    .map((s) => `${s.total}: step ${fmt((1000 * s.step.work.median) / s.perPillar)} µs/statement in the step, results ${fmt((1000 * s.results.work.median) / s.total)} µs/statement`)
    .join('; ');
  const fit = (name, f, unit) => (f ? `${name}: ${fmt(f.intercept, 1)} ms + ${fmt(f.slope * 1000, 1)} µs × ${unit} (R² ${fmt(f.r2, 3)})` : '');
  return [
    `Scale (generated content, ${scale.reps} cold page loads per size; ms, median [min–max]; work = click → update + style + layout, painted = until after the next frame)`,
    table(rows),
    `per statement: ${perStatement}`,
    `linear fits (work): ${[fit('first step', scale.fits.start, 'statements in the step'), fit('step', scale.fits.step, 'statements in the step'), fit('results', scale.fits.results, 'statements'), fit('load', scale.fits.load, 'statements'), fit('answer', scale.fits.answer, 'statements')].filter(Boolean).join('; ')}`,
    ...(scale.extrapolated
      ? [
          `extrapolated from the fits to ${scale.extrapolated.total} (${scale.extrapolated.pillars}×${scale.extrapolated.perPillar}), work: load ${fmt(scale.extrapolated.load, 1)} ms, first step ${fmt(scale.extrapolated.start, 1)} ms, step ${fmt(scale.extrapolated.step, 1)} ms, results ${fmt(scale.extrapolated.results, 1)} ms (not measured: the content is over LIMITS)`,
        ]
      : []),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '5' }, out: { type: 'string', default: 'bench/results/scale.json' } } });
  const { serveBench } = await import('./lib/server.mjs');
  const server = await serveBench();
  const browser = await launch();
  try {
    const scale = await runScale({ browser, origin: server.origin, reps: Number(values.reps), log: console.error });
    const text = formatScale(scale);
    console.log(text);
    console.log(scale.targets.map((t) => `${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'}  ${t.what}: ${t.value} (target ${t.target})`).join('\n'));
    const file = new URL(values.out, new URL(`file://${process.cwd()}/`));
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), browser: browser.version(), ...scale }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}
