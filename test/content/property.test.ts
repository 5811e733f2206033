// Property-based tests (fast-check): arbitrary valid contents always render and complete, and
// arbitrary mutations never throw uncaught — they render or show the error view with issue paths.
// Counts and seed: `npm test` runs the defaults below with a fixed seed; `npm run fuzz` (scripts/fuzz.mjs)
// sets window.__fuzz = { runs, seed } for 1,000+ of each. The seed is printed, so a failure replays with
// FUZZ_SEED=<seed> npm run fuzz.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { contentSchema } from '../../src/content/schema.js';
import { score } from '../../src/scoring/score.js';
import { nl } from '../../src/generated/builtin-content.js';
import { contentArb, FULL, SMALL } from '../node/arbitraries.js';
import { $$, part, settle, type Scan } from '../support/scan.js';

const fuzz = (globalThis as { __fuzz?: { runs?: number; seed?: number } }).__fuzz ?? {};
const VALID_RUNS = fuzz.runs ?? 200;
const MUTATION_RUNS = fuzz.runs ?? 1000;
/** Contents at the schema's limits are large: a few of them. */
const LARGE_RUNS = Math.max(5, Math.round(VALID_RUNS / 40));
const SEED = fuzz.seed ?? 20240501;

async function renderAndComplete(content: ReturnType<typeof contentSchema.parse>, seed: number) {
  expect(contentSchema.safeParse(content).success, 'generator makes valid content').to.equal(true);
  const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content}></sociale-veiligheid-quickscan>`);
  part(el, 'start-button').click();
  await settle(el);
  const options = content.scale.options.length + (content.scale.unknown ? 1 : 0);
  let complete: CustomEvent | undefined;
  el.addEventListener('quickscan-complete', (e) => (complete = e as CustomEvent), { once: true });
  for (let p = 0; p < content.pillars.length; p++) {
    const fieldsets = $$(el, 'fieldset[part~="statement"]');
    expect(fieldsets.length).to.equal(content.pillars[p].statements.length);
    fieldsets.forEach((f, i) => {
      const inputs = f.querySelectorAll('input');
      expect(inputs.length).to.equal(options);
      (inputs[(seed + i + p) % options].closest('label') as HTMLElement).click();
    });
    await el.updateComplete;
    part(el, 'next-button').click();
    await settle(el);
  }
  expect(complete, 'quickscan-complete fired').to.exist;
  const result = complete!.detail;
  expect(result.pillars.map((x: { id: string; total: number }) => [x.id, x.total])).to.deep.equal(content.pillars.map((x) => [x.id, x.statements.length]));
  const answers = Object.fromEntries(result.answers.map((a: { statementId: string; value: number | null }) => [a.statementId, a.value]));
  const expected = score(contentSchema.parse(content), answers, { locale: result.content.locale, completedAt: new Date(result.completedAt) });
  expect(result).to.deep.equal(expected);
  expect($$(el, '[part~="pillar-result"]')).to.have.length(content.pillars.length);
  el.remove();
}

describe('property: any valid content renders and can be completed', () => {
  it(`holds for ${VALID_RUNS} small generated contents (seed ${SEED})`, async function () {
    this.timeout(0);
    const started = performance.now();
    await fc.assert(fc.asyncProperty(contentArb(SMALL), fc.integer({ min: 0, max: 1000 }), renderAndComplete), {
      numRuns: VALID_RUNS,
      seed: SEED,
      includeErrorInReport: true,
    });
    console.log(`fuzz: ${VALID_RUNS} small contents rendered and completed in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
  });

  it(`holds for ${LARGE_RUNS} contents up to the schema's limits (seed ${SEED})`, async function () {
    this.timeout(0);
    await fc.assert(fc.asyncProperty(contentArb(FULL), fc.integer({ min: 0, max: 1000 }), renderAndComplete), {
      numRuns: LARGE_RUNS,
      seed: SEED,
      includeErrorInReport: true,
    });
  });
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function apply(root: Json, path: (string | number)[], change: (parent: any, key: string | number) => void) {
  if (!path.length) return;
  let parent: any = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]);
}

const mutationArb = fc.oneof(
  fc.constant({ kind: 'drop' as const }),
  fc.record({ kind: fc.constant('type' as const), value: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.string()) }),
  fc.record({ kind: fc.constant('huge' as const), n: fc.integer({ min: 5001, max: 200000 }) }),
  fc.record({ kind: fc.constant('unicode' as const), value: fc.string({ unit: 'binary', maxLength: 50 }) }),
  fc.constant({ kind: 'duplicate-id' as const }),
);

describe('property: mutated content never throws uncaught', () => {
  it(`holds for ${MUTATION_RUNS} random mutations of the built-in content (seed ${SEED})`, async function () {
    this.timeout(0);
    const started = performance.now();
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`);
    const base = nl as Json;
    const allPaths = paths(base);
    let rendered = 0;
    let refused = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(allPaths.length - 1), mutationArb), { minLength: 1, maxLength: 4 }), async (mutations) => {
          const content = structuredClone(base) as Json;
          for (const [index, m] of mutations) {
            const path = allPaths[index];
            try {
              apply(content, path, (parent, key) => {
                if (parent === null || typeof parent !== 'object') return;
                if (m.kind === 'drop') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
                else if (m.kind === 'type') parent[key] = m.value;
                else if (m.kind === 'huge') parent[key] = 'x'.repeat(m.n);
                else if (m.kind === 'unicode') parent[key] = typeof parent[key] === 'string' ? parent[key] + m.value : m.value;
                else parent[key] = Array.isArray(parent) ? parent[0] : parent[key];
              });
            } catch {
              // an earlier mutation removed this path; the next one still applies
            }
          }
          if ((mutations[0][1].kind as string) === 'duplicate-id' && typeof content === 'object' && content && !Array.isArray(content)) {
            const pillars = (content as any).pillars;
            const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
            if (Array.isArray(pillars) && isObject(pillars[1]) && isObject(pillars[0])) pillars[1].id = pillars[0].id;
          }
          el.content = content;
          await el.updateComplete;
          const error = el.shadowRoot!.querySelector('[part~="error"]');
          if (error) {
            refused++;
            const issues = [...el.shadowRoot!.querySelectorAll('[part~="error-issues"] code')].map((c) => c.textContent!.trim());
            expect(issues.length, 'an error view names at least one issue path').to.be.greaterThan(0);
            expect(el.loadedContent).to.equal(null);
          } else {
            rendered++;
            expect(el.shadowRoot!.querySelector('[part~="intro"]'), 'renders the intro').to.exist;
            expect(contentSchema.safeParse(content).success).to.equal(true);
          }
        }),
        { numRuns: MUTATION_RUNS, seed: SEED, includeErrorInReport: true },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
    expect(refused, 'most mutations break the content').to.be.greaterThan(0);
    expect(rendered + refused).to.equal(MUTATION_RUNS);
    console.log(`fuzz: ${MUTATION_RUNS} mutation sets (${refused} refused, ${rendered} rendered) in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
  });
});
