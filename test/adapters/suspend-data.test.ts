import { expect } from 'chai';
import fc from 'fast-check';
import { builtinContent } from '../../src/content/builtin.js';
import {
  SUSPEND_DATA_LIMITS,
  decodeSuspendData,
  encodeSuspendData,
  layoutFingerprint,
  needsLayout,
  type Progress,
  type SuspendLayout,
} from '../../src/adapters/suspend-data.js';

// Ids as the content schema allows them: letters/digits first, then letters, digits, ".", "_", ":", "-".
const FIRST = ['a', 'p', 'Z', '1', '9', 'é', 'ß', 'ж', '中'];
const REST = [...FIRST, '.', '_', ':', '-'];
const idArb = fc
  .tuple(fc.constantFrom(...FIRST), fc.array(fc.constantFrom(...REST), { maxLength: 20 }))
  .map(([first, rest]) => first + rest.join(''));
const anyIdArb = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s !== '__proto__');
const valueArb = fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0.5, 2.25, -3.75));
const stepArb = fc.oneof(fc.constant('intro' as const), fc.constant('results' as const), fc.nat({ max: 11 }));
const timeArb = fc.option(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  { nil: undefined },
);

function progressArb(ids: fc.Arbitrary<string>) {
  return fc.record({ answers: fc.dictionary(ids, valueArb, { maxKeys: 40, noNullPrototype: true }), step: stepArb, completedAt: timeArb }).map((p) => {
    const out: Progress = { answers: p.answers, step: p.step };
    if (p.completedAt) out.completedAt = p.completedAt;
    return out;
  });
}

const nl = builtinContent('nl') as { pillars: { statements: { id: string }[] }[]; scale: { options: { value: number }[] } };
const builtinLayout: SuspendLayout = {
  statementIds: nl.pillars.flatMap((p) => p.statements.map((s) => s.id)),
  values: nl.scale.options.map((o) => o.value),
};

describe('suspend data encoding', () => {
  it('round-trips any progress with content-schema ids (keyed form)', () => {
    fc.assert(
      fc.property(progressArb(idArb), (progress) => {
        const text = encodeSuspendData(progress, { maxLength: 1e6 });
        expect(text).to.be.a('string');
        expect(decodeSuspendData(text)).to.deep.equal(progress);
      }),
    );
  });

  it('round-trips ids with any characters, escaping the separators', () => {
    fc.assert(
      fc.property(progressArb(anyIdArb), (progress) => {
        expect(decodeSuspendData(encodeSuspendData(progress, { maxLength: 1e6 }))).to.deep.equal(progress);
      }),
    );
  });

  it('never exceeds the limit: it falls back to the positional form, or gives null', () => {
    const layoutArb = fc
      .uniqueArray(idArb, { minLength: 1, maxLength: 600 })
      .chain((ids) =>
        fc.record({
          layout: fc.constant<SuspendLayout>({ statementIds: ids, values: [1, 2, 3, 4, 5] }),
          answers: fc.array(fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom(1, 2, 3, 4, 5)), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
          step: stepArb,
          max: fc.integer({ min: 10, max: 4096 }),
        }),
      );
    fc.assert(
      fc.property(layoutArb, ({ layout, answers, step, max }) => {
        const progress: Progress = { step, answers: {} };
        layout.statementIds.forEach((id, i) => {
          if (answers[i] !== undefined) progress.answers[id] = answers[i] as number | null;
        });
        const text = encodeSuspendData(progress, { maxLength: max, layout });
        if (text === null) return;
        expect(text.length).to.be.at.most(max);
        expect(decodeSuspendData(text, layout)).to.deep.equal(progress);
      }),
      { numRuns: 200 },
    );
  });

  it('fits the largest content the schema allows (12 × 50 statements, 100-character ids) in SCORM 1.2', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `s${String(i).padStart(3, '0')}-${'x'.repeat(95)}`);
    const values = [-1000, -500, 0, 1, 2, 3, 4, 5, 6, 7, 1000];
    const layout = { statementIds: ids, values };
    const answers: Progress['answers'] = {};
    ids.forEach((id, i) => (answers[id] = i % 12 === 11 ? null : values[i % 11]));
    const progress: Progress = { answers, step: 'results', completedAt: '2024-05-01T10:00:00.000Z' };
    const text = encodeSuspendData(progress, { maxLength: SUSPEND_DATA_LIMITS['1.2'], layout })!;
    expect(text.length).to.be.at.most(4096);
    expect(needsLayout(text)).to.equal(true);
    expect(decodeSuspendData(text, layout)).to.deep.equal(progress);
    // Without the layout (or with another one) the positional form is not misread.
    expect(decodeSuspendData(text)).to.equal(null);
    expect(decodeSuspendData(text, { statementIds: ids.slice(1), values })).to.equal(null);
    expect(decodeSuspendData(text, { statementIds: ids, values: values.slice(1) })).to.equal(null);
  });

  it('stays short for the built-in scan', () => {
    const answers: Progress['answers'] = {};
    builtinLayout.statementIds.forEach((id, i) => (answers[id] = i % 6 === 5 ? null : (i % 5) + 1));
    const text = encodeSuspendData({ answers, step: 'results', completedAt: new Date().toISOString() })!;
    expect(text.startsWith('q1|r|')).to.equal(true);
    expect(text.length).to.be.below(250);
    expect(layoutFingerprint(builtinLayout)).to.match(/^[0-9a-z]+$/);
  });

  it('never throws on foreign or damaged text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = decodeSuspendData(text, builtinLayout);
        expect(out === null || typeof out === 'object').to.equal(true);
      }),
    );
    for (const bad of ['', 'q1', 'q1|x||', 'q1|i||p1-s1', 'q1|i||p1-s1=abc', 'q1|-1||', 'q1|i|!!|', 'q1p|i||zz|...', 'q2|i||', '{"answers":{}}']) {
      expect(decodeSuspendData(bad, builtinLayout), bad).to.equal(null);
    }
  });
});
