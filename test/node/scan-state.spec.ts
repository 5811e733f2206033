// The scan's state machine without a browser: every action from every step (table-driven), then the
// paths that span several actions (completion, finishing again, host results, content changes).
import assert from 'node:assert/strict';
import { builtinContent } from '../../src/content/builtin.js';
import { contentFromValue } from '../../src/content/load.js';
import type { Step } from '../../src/internal/step.js';
import { HostInputs } from '../../src/scan/host-inputs.js';
import { initialScanState, reduce, type ScanAction, type ScanContext, type ScanState } from '../../src/scan/scan-state.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import { score } from '../../src/scoring/score.js';
import { checkResult } from '../../src/scoring/result-schema.js';
import { validatePlan } from '../../src/plan/plan-content.js';

const content = contentFromValue(builtinContent('nl'));
const ctx: ScanContext = { content, locale: 'nl', now: () => new Date(Date.UTC(2024, 5, 1, 12)), checkResult, validatePlan };
const ids = (pillars: number) => content.pillars.slice(0, pillars).flatMap((p) => p.statements.map((s) => s.id));
const answered = (pillars: number, value: AnswerValue = 4) => Object.fromEntries(ids(pillars).map((id) => [id, value]));
const all = () => answered(content.pillars.length);
const last = content.pillars.length - 1;
const result = score(content, all(), { locale: 'nl', completedAt: new Date(Date.UTC(2024, 4, 1)) });

/** The state of a person standing on `step`: every earlier pillar answered, the results after all of them. */
function at(step: Step): ScanState {
  if (step === 'intro') return initialScanState;
  if (step === 'results') return { ...initialScanState, step, answers: all(), result };
  return { ...initialScanState, step, answers: answered(step) };
}

const STEPS: Step[] = ['intro', 0, 1, 2, last, 'results'];
const names = (events: readonly { name: string }[]) => events.map((e) => e.name);

interface Row {
  action: ScanAction;
  /** The step after the action, from each of STEPS in order. */
  to: Step[];
  events: string[] | ((from: Step) => string[]);
  focus?: string | ((from: Step) => string | undefined);
  save?: boolean;
}

const ROWS: Record<string, Row> = {
  'go to pillar 2': { action: { type: 'go', step: 2 }, to: [2, 2, 2, 2, 2, 2], events: ['quickscan-step'], focus: '#view-heading', save: true },
  answer: { action: { type: 'answer', statementId: 'p1-s1', value: 4 }, to: STEPS, events: ['quickscan-answer'], save: true },
  'next (current pillar open)': {
    action: { type: 'next' },
    to: STEPS,
    events: [],
    focus: (from) => (typeof from === 'number' ? 'fieldset.flagged input' : undefined),
  },
  'ask restart': { action: { type: 'ask-restart' }, to: STEPS, events: [], focus: '[part~="cancel-restart-button"]' },
  'cancel restart': { action: { type: 'cancel-restart' }, to: STEPS, events: [], focus: '[part~="restart-button"]' },
  'confirm restart': { action: { type: 'confirm-restart' }, to: STEPS.map(() => 'intro'), events: ['quickscan-step'], focus: '#view-heading', save: true },
  'toggle term': { action: { type: 'toggle-term', key: 't' }, to: STEPS, events: [] },
  'resume at the results': { action: { type: 'resume', answers: all(), step: 'results' }, to: STEPS.map(() => 'results'), events: ['quickscan-step'], focus: '#view-heading', save: true },
  'resume beyond what is answered': { action: { type: 'resume', answers: answered(1), step: 3 }, to: STEPS.map(() => 1), events: ['quickscan-step'], focus: '#view-heading', save: true },
  reset: { action: { type: 'reset' }, to: STEPS.map(() => 'intro'), events: [] },
  'host sets no answers': { action: { type: 'set-answers', answers: {} }, to: ['intro', 0, 0, 0, 0, 0], events: [] },
  'host sets step results': { action: { type: 'set-step', step: 'results' }, to: [0, 0, 1, 2, last, 'results'], events: [] },
  'host sets step intro': { action: { type: 'set-step', step: 'intro' }, to: STEPS.map(() => 'intro'), events: [] },
  'host sets a valid result': { action: { type: 'set-result', result }, to: STEPS.map(() => 'results'), events: [] },
  'host sets an invalid result': { action: { type: 'set-result', result: { nonsense: true } }, to: STEPS, events: ['result-refused'] },
  'host clears the result': { action: { type: 'clear-result' }, to: ['intro', 0, 1, 2, last, 'intro'], events: [] },
  'the same content again': { action: { type: 'content', previous: content }, to: STEPS, events: [] },
};

describe('scan state: every action from every step', () => {
  for (const [name, row] of Object.entries(ROWS)) {
    STEPS.forEach((from, i) => {
      it(`${name} from ${from} goes to ${row.to[i]}`, () => {
        const t = reduce(at(from), row.action, ctx);
        assert.equal(t.state.step, row.to[i]);
        assert.deepEqual(names(t.events), typeof row.events === 'function' ? row.events(from) : row.events);
        assert.equal(t.focus, typeof row.focus === 'function' ? row.focus(from) : row.focus);
        assert.equal(Boolean(t.save), Boolean(row.save));
      });
    });
  }
});

describe('scan state: paths', () => {
  it('"next" on a complete last pillar completes once, with the result in the event', () => {
    const t = reduce({ ...at(last), answers: all() }, { type: 'next' }, ctx);
    assert.equal(t.state.step, 'results');
    assert.deepEqual(names(t.events), ['quickscan-step', 'quickscan-complete']);
    assert.deepEqual(t.events[1].detail, t.state.result);
    assert.equal(t.state.result?.completedAt, '2024-06-01T12:00:00.000Z');
  });

  it('finishing again without a change fires no completion and keeps the result', () => {
    const first = reduce({ ...at(last), answers: all() }, { type: 'next' }, ctx).state;
    const back = reduce(first, { type: 'go', step: last }, ctx).state;
    const again = reduce(back, { type: 'next' }, { ...ctx, now: () => new Date(Date.UTC(2025, 0, 1)) });
    assert.deepEqual(names(again.events), ['quickscan-step']);
    assert.equal(again.state.result, first.result);
  });

  it('finishing again after a change completes anew', () => {
    const first = reduce({ ...at(last), answers: all() }, { type: 'next' }, ctx).state;
    const changed = reduce({ ...first, step: last }, { type: 'answer', statementId: ids(1)[0], value: 1 }, ctx).state;
    assert.deepEqual(names(reduce(changed, { type: 'next' }, ctx).events), ['quickscan-step', 'quickscan-complete']);
  });

  it('"next" past open earlier pillars goes to the first open one', () => {
    const state = { ...at(last), answers: { ...answered(1), ...Object.fromEntries(content.pillars[last].statements.map((s) => [s.id, 4])) } };
    assert.equal(reduce(state, { type: 'next' }, ctx).state.step, 1);
  });

  it('the "next" guard flags the open statements of the pillar and clears on the next step change', () => {
    const t = reduce(at(1), { type: 'next' }, ctx);
    assert.deepEqual([...t.state.flagged], ids(2).slice(ids(1).length));
    assert.equal(reduce(t.state, { type: 'go', step: 0 }, ctx).state.flagged.size, 0);
  });

  it('a refused host result keeps what the person did and says why', () => {
    const before = at(2);
    const t = reduce(before, { type: 'set-result', result: { ...result, content: { ...result.content, id: 'other' } } }, ctx);
    assert.equal(t.state.answers, before.answers);
    assert.equal(t.state.step, 2);
    assert.equal(t.state.resultProblem?.kind, 'other-scan');
    assert.equal(reduce(t.state, { type: 'go', step: 1 }, ctx).state.resultProblem, null);
  });

  it('answers set by the host drop the results when no longer complete, and re-score them when they are', () => {
    assert.equal(reduce(at('results'), { type: 'set-answers', answers: answered(2) }, ctx).state.result, null);
    const rescored = reduce(at('results'), { type: 'set-answers', answers: all() }, ctx).state;
    assert.equal(rescored.result?.completedAt, result.completedAt);
  });

  it('content of another scan drops the result; the same scan in another language keeps it', () => {
    const other = { ...content, id: 'other-scan' };
    assert.equal(reduce(at('results'), { type: 'content', previous: other }, ctx).state.step, 'intro');
    const en = contentFromValue(builtinContent('en'));
    const kept = reduce(at('results'), { type: 'content', previous: content }, { ...ctx, content: en, locale: 'en' }).state;
    assert.equal(kept.step, 'results');
    assert.equal(kept.result?.content.locale, 'en');
  });

  it('a step beyond a shorter content is clamped to its last pillar', () => {
    const short = { ...content, pillars: content.pillars.slice(0, 2) };
    const state = { ...at(last), answers: all() };
    assert.equal(reduce(state, { type: 'content', previous: content }, { ...ctx, content: short }).state.step, 1);
  });

  it('without content only reset and clearing apply', () => {
    const none = { ...ctx, content: null };
    const state = at(2);
    assert.equal(reduce(state, { type: 'go', step: 0 }, none).state, state);
    assert.equal(reduce(state, { type: 'next' }, none).state, state);
    assert.equal(reduce(at('results'), { type: 'clear-result' }, none).state.step, 'intro');
    assert.deepEqual(reduce(state, { type: 'reset' }, none).state.answers, {});
  });
});

describe('host inputs (what the host set before the content was there)', () => {
  it('are applied in order: answers, then step, then result; and forgotten once taken', () => {
    const inputs = new HostInputs();
    inputs.result = result;
    inputs.step = 2;
    inputs.answers = answered(2);
    assert.deepEqual(inputs.take().map((a) => a.type), ['set-answers', 'set-step', 'set-result']);
    assert.deepEqual(inputs.take(), []);
  });

  it('preview the answers and step the getters return before the update, without changing the state', () => {
    const inputs = new HostInputs();
    inputs.answers = { ...answered(1), nonsense: 3 };
    inputs.step = 3;
    const state = at(0);
    const preview = inputs.preview(state, ctx);
    assert.deepEqual(preview.answers, answered(1));
    assert.equal(preview.step, 1);
    assert.equal(state.step, 0);
  });
});
