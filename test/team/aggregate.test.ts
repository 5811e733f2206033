import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregate, clampGroupSize, prepareTeam, quantile, type TeamSummary } from '../../src/team/aggregate.js';
import { teamToCsv, type TeamCsvLabels } from '../../src/team/team-csv.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { score } from '../../src/scoring/score.js';
import { content, result, statementIds, team } from './support.js';

const pillarIds = content.pillars.map((p) => p.id);
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

describe('team: quantile (linear interpolation, type 7)', () => {
  const cases: [number[], number, number][] = [
    [[7], 0.5, 7],
    [[1, 2], 0.5, 1.5],
    [[0, 50, 100], 0.25, 25],
    [[25, 50, 75, 100], 0.25, 43.75],
    [[25, 50, 75, 100], 0.75, 81.25],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 1, 5],
  ];
  for (const [values, p, expected] of cases) {
    it(`q(${values.join(',')}; ${p}) = ${expected}`, () => expect(quantile(values, p)).to.equal(expected));
  }
});

describe('team: aggregate, known groups', () => {
  const groups: {
    name: string;
    values: AnswerValue[];
    pillar: Record<string, number | null>;
    bands: Record<string, number>;
    statement: { distribution: Record<string, number>; mean: number; spread: number };
  }[] = [
    {
      name: 'three people at 1, 3 and 5',
      values: [1, 3, 5],
      pillar: { respondents: 3, median: 50, mean: 50, min: 0, max: 100, q1: 25, q3: 75, iqr: 50 },
      bands: { priority: 1, attention: 1, 'in-order': 1, insufficient: 0 },
      statement: { distribution: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1, unknown: 0 }, mean: 3, spread: Math.sqrt(1 / 6) },
    },
    {
      name: 'four people at 2, 3, 4 and 5 (given out of order)',
      values: [5, 2, 4, 3],
      pillar: { respondents: 4, median: 62.5, mean: 62.5, min: 25, max: 100, q1: 43.75, q3: 81.25, iqr: 37.5 },
      bands: { priority: 1, attention: 1, 'in-order': 2, insufficient: 0 },
      statement: { distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 1, unknown: 0 }, mean: 3.5, spread: Math.sqrt(0.078125) },
    },
    {
      name: 'three who all agree at 4',
      values: [4, 4, 4],
      pillar: { respondents: 3, median: 75, mean: 75, min: 75, max: 75, q1: 75, q3: 75, iqr: 0 },
      bands: { priority: 0, attention: 0, 'in-order': 3, insufficient: 0 },
      statement: { distribution: { 1: 0, 2: 0, 3: 0, 4: 3, 5: 0, unknown: 0 }, mean: 4, spread: 0 },
    },
    {
      name: 'three at 2 and one who does not know',
      values: [2, 2, 2, null],
      pillar: { respondents: 3, median: 25, mean: 25, min: 25, max: 25, q1: 25, q3: 25, iqr: 0 },
      bands: { priority: 3, attention: 0, 'in-order': 0, insufficient: 1 },
      statement: { distribution: { 1: 0, 2: 3, 3: 0, 4: 0, 5: 0, unknown: 1 }, mean: 2, spread: 0 },
    },
  ];

  for (const g of groups) {
    it(g.name, () => {
      const summary = aggregate(content, team(g.values));
      expect(summary.ready).to.equal(true);
      expect(summary.respondents).to.equal(g.values.length);
      expect(summary.contentId).to.equal(content.id);
      expect(summary.version).to.equal(content.version);
      expect(summary.pillars.map((p) => p.id)).to.deep.equal(pillarIds);
      for (const p of summary.pillars) {
        for (const [key, value] of Object.entries(g.pillar)) expect(p[key as keyof typeof p], `${p.id}.${key}`).to.equal(value);
        expect(p.bands).to.deep.equal(g.bands);
      }
      expect(summary.statements.map((s) => s.id)).to.deep.equal(statementIds);
      for (const s of summary.statements) {
        expect(s.distribution).to.deep.equal(g.statement.distribution);
        expect(s.answered).to.equal(g.values.length);
        expect(s.valued).to.equal(g.values.filter((v) => v !== null).length);
        expect(s.mean).to.be.closeTo(g.statement.mean, 1e-9);
        expect(s.spread).to.be.closeTo(g.statement.spread, 1e-9);
        expect(s.agreement).to.be.closeTo(1 - 2 * g.statement.spread, 1e-9);
      }
    });
  }

  it('lists where the team agrees it is strong, agrees work is needed, and disagrees most', () => {
    const rows: Record<string, AnswerValue[]> = {
      'p1-s1': [5, 5, 5, 4], // strong
      'p1-s2': [5, 5, 5, 5], // strong, first
      'p2-s1': [1, 1, 2, 1], // needs work, first
      'p3-s2': [2, 4, 2, 4], // spread exactly 0.25: agreement, level 0.5: needs work
      'p3-s1': [1, 5, 1, 5], // disagree most (0.5)
      'p4-s1': [1, 2, 3, 4], // disagree (0.28)
      'p4-s2': [1, null, null, null], // one value: too few to rank
    };
    const results = [0, 1, 2, 3].map((i) => result((id) => rows[id]?.[i] ?? null, i));
    const { lists } = aggregate(content, results);
    expect(lists.strong.map((x) => x.statementId)).to.deep.equal(['p1-s2', 'p1-s1']);
    expect(lists.needsWork.map((x) => x.statementId)).to.deep.equal(['p2-s1', 'p3-s2']);
    expect(lists.disagree.map((x) => x.statementId)).to.deep.equal(['p3-s1', 'p4-s1']);
    expect(lists.disagree[0]).to.deep.equal({ statementId: 'p3-s1', pillarId: 'reageren', reason: 'disagree', mean: 3, spread: 0.5 });
    expect(lists.strong.every((x) => x.reason === 'strong')).to.equal(true);
    expect(lists.needsWork.every((x) => x.reason === 'needs-work')).to.equal(true);
  });

  it('keeps each list to five statements', () => {
    const { lists } = aggregate(content, team([1, 5, 1, 5]));
    expect(lists.disagree).to.have.length(5);
    expect(lists.disagree.map((x) => x.statementId)).to.deep.equal(statementIds.slice(0, 5));
  });

  it('shows nothing below the minimum group size (default 3, never below 2)', () => {
    const two = aggregate(content, team([1, 5]));
    expect(two).to.deep.include({ ready: false, respondents: 2, minGroupSize: 3, pillars: [], statements: [] });
    expect(two.lists).to.deep.equal({ strong: [], needsWork: [], disagree: [] });
    expect(aggregate(content, team([1, 5]), { minGroupSize: 1 })).to.deep.include({ ready: true, minGroupSize: 2 });
    expect(aggregate(content, team([1]), { minGroupSize: 0 }).ready).to.equal(false);
    expect(aggregate(content, team([1, 2, 3, 4]), { minGroupSize: 5 }).ready).to.equal(false);
    expect(aggregate(content, team([1, 2, 3, 4, 5]), { minGroupSize: 5 }).ready).to.equal(true);
    expect([clampGroupSize(NaN), clampGroupSize(2.7), clampGroupSize('4'), clampGroupSize(-3)]).to.deep.equal([3, 2, 4, 2]);
  });
});

describe('team: prepareTeam', () => {
  it('validates, refuses other content and versions, and counts duplicates once', () => {
    const a = result(4, 1);
    const b = result(2, 2);
    const sameAnswersLater = result(4, 3);
    const english = result(3, 4, 'en');
    const inputs = [
      a,
      {},
      'not a result',
      { ...b, content: { ...b.content, id: 'another-scan' } },
      { ...b, content: { ...b.content, version: '2023-01' } },
      structuredClone(a),
      b,
      sameAnswersLater,
      english,
      { ...b, answers: [...b.answers].reverse() }, // the same result with answers in another order
    ];
    const prepared = prepareTeam(content, inputs);
    expect(prepared.accepted).to.deep.equal([a, b, sameAnswersLater, english]);
    expect(prepared.duplicates).to.equal(2);
    expect(prepared.rejected.map((r) => [r.index, r.reason])).to.deep.equal([
      [1, 'invalid'],
      [2, 'invalid'],
      [3, 'other-content'],
      [4, 'other-version'],
    ]);
    expect(prepared.rejected[0].issues!.length).to.be.greaterThan(0);
    expect(prepared.rejected[0].issues![0]).to.have.keys(['path', 'message']);
  });

  it('duplicates with a nonce (share codes): same nonce and answers count once, whatever the time; other nonces count apart', () => {
    const code = (n: number, nonce: string, pick: AnswerValue = 4) => ({ ...result(pick, n), nonce });
    const anna = code(0, 'k3x9');
    const bram = code(0, 'q7w2'); // the same answers as Anna, no time to tell them apart: another nonce does
    const annaAgain = code(5, 'k3x9'); // Anna's code pasted again later
    const annaShuffled = { ...anna, answers: [...anna.answers].reverse() };
    const sameNonceOtherAnswers = code(0, 'k3x9', 2);
    const prepared = prepareTeam(content, [anna, bram, annaAgain, annaShuffled, sameNonceOtherAnswers]);
    expect(prepared.accepted).to.deep.equal([anna, bram, sameNonceOtherAnswers]);
    expect(prepared.accepted[0].nonce).to.equal('k3x9');
    expect(prepared.duplicates).to.equal(2);
    expect(aggregate(content, prepared.accepted).respondents).to.equal(3);
  });

  it('duplicates without a nonce keep the old rule (same time and answers); with and without a nonce never match', () => {
    const plain = result(4, 0);
    const prepared = prepareTeam(content, [plain, structuredClone(plain), { ...plain, nonce: 'k3x9' }, result(4, 1)]);
    expect(prepared.accepted).to.deep.equal([plain, { ...plain, nonce: 'k3x9' }, result(4, 1)]);
    expect(prepared.duplicates).to.equal(1);
  });

  it('refuses a nonce that is not a non-empty string of at most 100 characters', () => {
    const r = result(3, 0);
    const prepared = prepareTeam(content, [{ ...r, nonce: '' }, { ...r, nonce: 42 }, { ...r, nonce: 'x'.repeat(101) }, { ...r, nonce: 'x'.repeat(100) }]);
    expect(prepared.rejected.map((x) => [x.index, x.reason, x.issues![0].path])).to.deep.equal([
      [0, 'invalid', 'nonce'],
      [1, 'invalid', 'nonce'],
      [2, 'invalid', 'nonce'],
    ]);
    expect(prepared.accepted).to.deep.equal([{ ...r, nonce: 'x'.repeat(100) }]);
  });

  it('uses only answers that fit the content: unknown ids and values off the scale are left out', () => {
    const r = result(3, 1);
    const tampered = { ...r, completedAt: result(3, 2).completedAt, answers: [...r.answers.map((a) => ({ ...a, value: 99 })), { statementId: 'x', pillarId: 'y', value: 1 }] };
    const summary = aggregate(content, [result(3, 0), r, tampered]);
    expect(summary.pillars[0].respondents).to.equal(2);
    expect(summary.pillars[0].bands.insufficient).to.equal(1);
    expect(summary.statements[0].answered).to.equal(2);
  });
});

describe('team: CSV of the aggregate', () => {
  const labels: TeamCsvLabels = {
    pillar: 'Pijler', respondents: 'Met score', median: 'Mediaan', mean: 'Gemiddelde', min: 'Min', max: 'Max', q1: 'Q1', q3: 'Q3', iqr: 'IQR',
    statementId: 'Stelling-id', statement: 'Stelling', answered: 'Beantwoord', statementMean: 'Gemiddelde stelling', spread: 'Spreiding', list: 'Lijst',
    lists: { strong: 'Sterk', 'needs-work': 'Werk', disagree: 'Verschil' },
  };
  const csv = (s: TeamSummary) => teamToCsv(s, content, labels, (b) => `band:${b}`);

  it('has a BOM, one header and one row per statement, with distributions and pillar figures', () => {
    const text = csv(aggregate(content, team([1, 3, 5])));
    expect(text.startsWith('\uFEFF')).to.equal(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).to.have.length(1 + statementIds.length);
    expect(lines[0]).to.equal(
      'Pijler,Met score,Mediaan,Gemiddelde,Min,Max,Q1,Q3,IQR,band:priority,band:attention,band:in-order,band:insufficient,Stelling-id,Stelling,Beantwoord,Helemaal oneens,Oneens,Neutraal,Eens,Helemaal eens,Weet ik niet,Gemiddelde stelling,Spreiding,Lijst',
    );
    expect(lines[1]).to.match(/^Sociaal en psychologisch veilig werken,3,50,50,0,100,25,75,50,1,1,1,0,p1-s1,.*,3,1,0,1,0,1,0,3,0\.41,Verschil$/);
  });

  it('never holds a person: no completion times, no answers per person; header only below the minimum', () => {
    const results = team([2, 4, 5]);
    const text = csv(aggregate(content, results));
    for (const r of results) expect(text).not.to.contain(r.completedAt);
    expect(csv(aggregate(content, team([2, 4]))).slice(1).trimEnd().split('\r\n')).to.have.length(1);
  });
});

// ——— laws ———

const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, null);
const person = fc.array(value, { minLength: statementIds.length, maxLength: statementIds.length });
const teamArb = (min: number) =>
  fc.array(person, { minLength: min, maxLength: 12 }).map((people) => people.map((answers, i) => result((id) => answers[statementIds.indexOf(id)], i)));

describe('team: laws of the aggregation (fast-check)', () => {
  it('the order of results does not matter', () => {
    fc.assert(
      fc.property(
        teamArb(2).chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length, maxLength: t.length }))),
        ([t, shuffled]) => {
          expect(aggregate(content, shuffled, { minGroupSize: 2 })).to.deep.equal(aggregate(content, t, { minGroupSize: 2 }));
        },
      ),
    );
  });

  it('adding a copy of the same group leaves medians, means, shares and spreads unchanged', () => {
    fc.assert(
      fc.property(teamArb(2), (t) => {
        const once = aggregate(content, t, { minGroupSize: 2 });
        const twice = aggregate(content, [...t, ...t], { minGroupSize: 2 });
        expect(twice.respondents).to.equal(2 * once.respondents);
        once.pillars.forEach((p, i) => {
          const q = twice.pillars[i];
          if (p.suppressed) return; // too few in the group once: twice as many may be enough (privacy.test.ts)
          expect(q.median).to.equal(p.median);
          expect(close(q.mean, p.mean), 'mean').to.equal(true);
          expect([q.min, q.max]).to.deep.equal([p.min, p.max]);
          for (const band of Object.keys(p.bands)) expect(q.bands[band] / twice.respondents).to.equal(p.bands[band] / once.respondents);
        });
        once.statements.forEach((s, i) => {
          const q = twice.statements[i];
          if (s.suppressed) return;
          for (const k of Object.keys(s.distribution)) expect(q.distribution[k]).to.equal(2 * s.distribution[k]);
          expect(close(q.mean, s.mean) && close(q.spread, s.spread), `${s.id} mean/spread`).to.equal(true);
        });
      }),
    );
  });

  it('spread is zero (agreement one) and the range collapses when all agree', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 2, max: 12 }), (answers, n) => {
        const t = Array.from({ length: n }, (_, i) => result((id) => answers[statementIds.indexOf(id)], i));
        const summary = aggregate(content, t, { minGroupSize: 2 });
        for (const s of summary.statements) {
          if (!s.suppressed) expect([s.spread, s.agreement]).to.deep.equal([0, 1]);
          else expect(s.spread).to.equal(null);
        }
        for (const p of summary.pillars) if (!p.suppressed) expect([p.iqr, p.max! - p.min!]).to.deep.equal([0, 0]);
        expect(summary.lists.disagree).to.deep.equal([]);
      }),
    );
  });

  it('statistics stay in order and band counts add up to the team', () => {
    fc.assert(
      fc.property(teamArb(3), (t) => {
        const summary = aggregate(content, t);
        for (const p of summary.pillars) {
          expect(p.respondents).to.equal(t.length - p.bands.insufficient);
          if (p.suppressed) continue;
          expect(Object.values(p.bands).reduce((a, b) => a + b, 0)).to.equal(t.length);
          const chain = [p.min!, p.q1!, p.median!, p.q3!, p.max!];
          expect([...chain].sort((a, b) => a - b)).to.deep.equal(chain);
          expect(p.mean!).to.be.within(p.min!, p.max!);
        }
        for (const s of summary.statements) {
          expect(Object.values(s.distribution).reduce((a, b) => a + b, 0)).to.equal(s.suppressed ? s.answered - s.valued : s.answered);
          if (s.spread !== null) expect(s.spread).to.be.within(0, 0.5);
        }
      }),
    );
  });
});


describe('team: the demo sample', () => {
  it('is twelve valid results, scored exactly as the element scores them', async () => {
    // @ts-expect-error: a plain JS module of the demo
    const { sampleTeam } = await import('../../demo/team-sample.js');
    const sample: Result[] = sampleTeam(12);
    expect(prepareTeam(content, sample)).to.deep.equal({ accepted: sample, rejected: [], duplicates: 0 });
    for (const r of sample) {
      const answers = Object.fromEntries(r.answers.map((a) => [a.statementId, a.value]));
      expect(score(content, answers, { locale: 'nl', completedAt: new Date(r.completedAt) })).to.deep.equal(r);
    }
    expect(aggregate(content, sample).lists.disagree.length).to.be.greaterThan(0);
  });
});
