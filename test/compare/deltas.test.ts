import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareEventDetail, compareResults, type Comparison, type CompareRefusal } from '../../src/compare/deltas.js';
import { contentSchema, type Content } from '../../src/content/schema.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { score } from '../../src/scoring/score.js';

/** A content of two pillars (4 and 2 statements) on a 1–5 scale with an unknown option. */
function makeContent(version: string, pillars: { id: string; statements: string[] }[]): Content {
  return contentSchema.parse({
    id: 'cmp',
    version,
    title: 'Vergelijk',
    scale: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `v${value}` })), unknown: { label: '?' } },
    bands: [
      { id: 'low', label: 'Laag', min: 0, focus: true },
      { id: 'mid', label: 'Midden', min: 50, focus: true },
      { id: 'high', label: 'Hoog', min: 75 },
    ],
    pillars: pillars.map((p) => ({ id: p.id, title: p.id.toUpperCase(), statements: p.statements.map((id) => ({ id, text: `Stelling ${id}` })) })),
  });
}

const v1 = makeContent('1', [
  { id: 'a', statements: ['a1', 'a2', 'a3', 'a4'] },
  { id: 'b', statements: ['b1', 'b2'] },
]);
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
const resultOf = (c: Content, answers: Record<string, AnswerValue>, day: number) => score(c, answers, { locale: 'nl', completedAt: at(day) });
const all = (c: Content, value: AnswerValue) => Object.fromEntries(c.pillars.flatMap((p) => p.statements.map((s) => [s.id, value])));
const compared = (r: Comparison | CompareRefusal) => {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
};

describe('compare: per pillar deltas against a reference (same version)', () => {
  const cases: { name: string; then: Record<string, AnswerValue>; now: Record<string, AnswerValue>; a: [number | null, number | null, number | null, string]; b: [number | null, number | null, number | null, string] }[] = [
    {
      name: 'both higher and lower',
      then: { a1: 2, a2: 2, a3: 2, a4: 2, b1: 5, b2: 5 },
      now: { a1: 4, a2: 4, a3: 3, a4: 3, b1: 4, b2: 4 },
      a: [63, 25, 38, 'up'], // mean 3.5 → 63 (round 62.5), then mean 2 → 25
      b: [75, 100, -25, 'down'],
    },
    { name: 'equal', then: all(v1, 3), now: all(v1, 3), a: [50, 50, 0, 'same'], b: [50, 50, 0, 'same'] },
    {
      name: 'insufficient then (fewer than half with a value)',
      then: { a1: 5, a2: null, a3: null, a4: null, b1: null, b2: null },
      now: all(v1, 5),
      a: [100, null, null, 'no-score-then'],
      b: [100, null, null, 'no-score-then'],
    },
    {
      name: 'insufficient now',
      then: all(v1, 1),
      now: { a1: null, a2: null, a3: null, a4: 2, b1: 1, b2: null },
      a: [null, 0, null, 'no-score-now'],
      b: [0, 0, 0, 'same'], // exactly half with a value is enough
    },
    { name: 'insufficient on both sides', then: all(v1, null), now: all(v1, null), a: [null, null, null, 'no-score'], b: [null, null, null, 'no-score'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = compared(compareResults(v1, resultOf(v1, c.now, 10), resultOf(v1, c.then, 3)));
      expect(r.pillars.map((p) => [p.score, p.baselineScore, p.delta, p.kind])).to.deep.equal([c.a, c.b]);
      expect([r.sameVersion, r.rescored, r.sharedStatements, r.totalStatements]).to.deep.equal([true, false, 6, 6]);
      expect(r.baseline).to.deep.equal({ completedAt: at(3).toISOString(), contentVersion: '1' });
    });
  }

  it('lists statements that moved two or more scale positions, up and down, and skips unknowns', () => {
    const then = { a1: 1, a2: 5, a3: 2, a4: null, b1: 3, b2: 4 };
    const now = { a1: 3, a2: 2, a3: 3, a4: 5, b1: 5, b2: 4 };
    const r = compared(compareResults(v1, resultOf(v1, now, 10), resultOf(v1, then, 3)));
    expect(r.moved).to.deep.equal({
      up: [
        { statementId: 'a1', pillarId: 'a', value: 3, baselineValue: 1, steps: 2 },
        { statementId: 'b1', pillarId: 'b', value: 5, baselineValue: 3, steps: 2 },
      ],
      down: [{ statementId: 'a2', pillarId: 'a', value: 2, baselineValue: 5, steps: -3 }],
    });
  });

  it('counts scale positions, not values, on a scale with gaps', () => {
    const gaps = contentSchema.parse({ ...v1, scale: { options: [0, 10, 50, 100].map((value) => ({ value, label: `v${value}` })) } });
    const then = { a1: 0, a2: 10, a3: 50, a4: 100, b1: 0, b2: 0 };
    const now = { a1: 10, a2: 50, a3: 0, a4: 0, b1: 50, b2: 0 };
    const r = compared(compareResults(gaps, resultOf(gaps, now, 10), resultOf(gaps, then, 3)));
    expect(r.moved.up.map((m) => [m.statementId, m.steps])).to.deep.equal([['b1', 2]]);
    expect(r.moved.down.map((m) => [m.statementId, m.steps])).to.deep.equal([['a3', -2], ['a4', -3]]);
  });

  it('gives the event detail and passes the earlier plan on', () => {
    const plan = { updatedAt: at(3).toISOString(), measures: [{ id: 'm', pillarId: 'a', text: 'Doen', status: 'done' as const }] };
    const r = compared(compareResults(v1, resultOf(v1, all(v1, 4), 10), { ...resultOf(v1, all(v1, 2), 3), plan }));
    expect(r.baselinePlan).to.deep.equal(plan);
    expect(compareEventDetail(r)).to.deep.equal({
      baseline: { completedAt: at(3).toISOString(), contentVersion: '1' },
      pillars: [
        { id: 'a', score: 75, baselineScore: 25, delta: 50 },
        { id: 'b', score: 75, baselineScore: 25, delta: 50 },
      ],
    });
  });
});

describe('compare: refusals and forged baselines', () => {
  const now = resultOf(v1, all(v1, 4), 10);
  const cases: { name: string; baseline: unknown; reason: string }[] = [
    { name: 'another quickscan', baseline: { ...resultOf(v1, all(v1, 2), 3), content: { id: 'andere', version: '1', locale: 'nl' } }, reason: 'content' },
    { name: 'dated after the current result', baseline: resultOf(v1, all(v1, 2), 11), reason: 'future' },
    { name: 'another scale', baseline: { ...resultOf(v1, all(v1, 2), 3), scale: { min: 0, max: 10 } }, reason: 'scale' },
    { name: 'text that is not JSON', baseline: 'dit is geen json', reason: 'parse' },
    { name: 'JSON that is not a result', baseline: '{"schemaVersion":2}', reason: 'invalid' },
    { name: 'nothing', baseline: null, reason: 'invalid' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.reason}`, () => {
      const r = compareResults(v1, now, c.baseline);
      expect(r.ok).to.equal(false);
      expect((r as CompareRefusal).reason).to.equal(c.reason);
    });
  }

  it('accepts JSON text, and the same moment as the current result', () => {
    expect(compared(compareResults(v1, now, JSON.stringify(resultOf(v1, all(v1, 2), 10)))).pillars[0].baselineScore).to.equal(25);
  });

  it('re-scores a forged baseline from its answers and says so', () => {
    const honest = resultOf(v1, all(v1, 2), 3);
    const forged = { ...honest, pillars: honest.pillars.map((p) => ({ ...p, score: 100, band: 'high' })) };
    const r = compared(compareResults(v1, now, forged));
    expect(r.rescored).to.equal(true);
    expect(r.pillars.map((p) => p.baselineScore)).to.deep.equal([25, 25]);
    expect(compared(compareResults(v1, now, honest)).rescored).to.equal(false);
  });

  it('ignores answers a baseline invents (unknown ids, values off the scale)', () => {
    const honest = resultOf(v1, { ...all(v1, 2) }, 3);
    const padded = { ...honest, answers: [...honest.answers.map((a) => (a.statementId === 'a1' ? { ...a, value: 99 } : a)), { statementId: 'zz', pillarId: 'a', value: 5 }] };
    const r = compared(compareResults(v1, now, padded));
    expect(r.pillars[0].baselineScore).to.equal(25); // a2–a4 at 2; a1 dropped
    expect(r.pillars[0].statements).to.equal(4);
  });
});

describe('compare: another version, on the statements both share', () => {
  // v2 drops a4, adds a5 and b3.
  const v2 = makeContent('2', [
    { id: 'a', statements: ['a1', 'a2', 'a3', 'a5'] },
    { id: 'b', statements: ['b1', 'b2', 'b3'] },
  ]);
  it('scores both sides on a1–a3, b1–b2 and says the versions differ', () => {
    const then = resultOf(v1, { a1: 1, a2: 1, a3: 1, a4: 5, b1: 3, b2: 3 }, 3);
    const now = resultOf(v2, { a1: 3, a2: 3, a3: 3, a5: 5, b1: 5, b2: 5, b3: 1 }, 10);
    const r = compared(compareResults(v2, now, then));
    expect([r.sameVersion, r.sharedStatements, r.totalStatements, r.rescored]).to.deep.equal([false, 5, 7, false]);
    expect(r.pillars.map((p) => [p.id, p.score, p.baselineScore, p.delta, p.statements])).to.deep.equal([
      ['a', 50, 0, 50, 3],
      ['b', 100, 50, 50, 2],
    ]);
    expect(r.baseline.contentVersion).to.equal('1');
  });

  it('a pillar with no shared statement has no score on either side', () => {
    const v3 = makeContent('3', [
      { id: 'a', statements: ['a1', 'a2', 'a3', 'a4'] },
      { id: 'b', statements: ['b8', 'b9'] },
    ]);
    const r = compared(compareResults(v3, resultOf(v3, all(v3, 4), 10), resultOf(v1, all(v1, 2), 3)));
    expect(r.pillars[1]).to.deep.include({ score: null, baselineScore: null, kind: 'no-score', statements: 0 });
  });
});

describe('compare: deltas equal a reference calculation (fast-check)', () => {
  const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, null);
  const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2'];
  /** The reference: mean of the numeric values on the compared statements, scored only with at least half valued. */
  function reference(statements: string[], answers: Record<string, AnswerValue>): number | null {
    const values = statements.map((id) => answers[id]).filter((v): v is number => typeof v === 'number');
    if (values.length === 0 || values.length * 2 < statements.length) return null;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return Math.round((100 * (mean - 1)) / 4);
  }
  it('for any answers, versions and dropped statements', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 6, maxLength: 6 }),
        fc.array(value, { minLength: 6, maxLength: 6 }),
        fc.subarray(ids),
        fc.boolean(),
        (thenValues, nowValues, droppedLater, newVersion) => {
          const dropped = newVersion ? droppedLater : [];
          const keep = (list: string[]) => list.filter((id) => !dropped.includes(id));
          const current = makeContent(newVersion ? '2' : '1', [
            { id: 'a', statements: [...keep(['a1', 'a2', 'a3', 'a4']), 'a9'] },
            { id: 'b', statements: [...keep(['b1', 'b2']), 'b9'] },
          ]);
          const baselineContent = makeContent('1', [
            { id: 'a', statements: ['a1', 'a2', 'a3', 'a4', 'a9'] },
            { id: 'b', statements: ['b1', 'b2', 'b9'] },
          ]);
          const then = Object.fromEntries(ids.map((id, i) => [id, thenValues[i]]));
          const now = Object.fromEntries(ids.map((id, i) => [id, nowValues[i]]));
          // The same version has a9/b9 too, answered "unknown" on both sides; another version never had them.
          const thenResult = resultOf(baselineContent, newVersion ? then : { ...then, a9: null, b9: null }, 3);
          const nowResult = resultOf(current, { ...now, a9: 4, b9: 4 }, 10);
          if (newVersion) {
            // The old version knew neither a9 nor b9.
            thenResult.answers = thenResult.answers.filter((a) => a.statementId !== 'a9' && a.statementId !== 'b9');
          }
          const r = compared(compareResults(current, nowResult, thenResult));
          expect(r.sameVersion).to.equal(!newVersion);
          for (const pillar of current.pillars) {
            const shared = pillar.statements.map((s) => s.id).filter((id) => !newVersion || (id !== 'a9' && id !== 'b9'));
            const nowAll = { ...now, a9: 4, b9: 4 };
            const thenAll = newVersion ? then : { ...then, a9: null, b9: null };
            const s = reference(shared, nowAll);
            const b = reference(shared, thenAll);
            const got = r.pillars.find((p) => p.id === pillar.id)!;
            expect([got.score, got.baselineScore, got.delta]).to.deep.equal([s, b, s === null || b === null ? null : s - b]);
            expect(got.kind).to.equal(
              s === null && b === null ? 'no-score' : b === null ? 'no-score-then' : s === null ? 'no-score-now' : s > b ? 'up' : s < b ? 'down' : 'same',
            );
            const moved = shared.filter((id) => typeof nowAll[id] === 'number' && typeof thenAll[id] === 'number' && Math.abs((nowAll[id] as number) - (thenAll[id] as number)) >= 2);
            expect([...r.moved.up, ...r.moved.down].filter((m) => m.pillarId === pillar.id).map((m) => m.statementId).sort()).to.deep.equal(moved.sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
