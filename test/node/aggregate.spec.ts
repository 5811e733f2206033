// Laws of team aggregation over any valid content in Node (10,000 cases each by default: LAW_RUNS).
// Written so they hold whatever a privacy rule hides: every figure that is shown must be right.
import { expect } from 'chai';
import fc from 'fast-check';
import type { Content } from '../../src/content/schema.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { score } from '../../src/scoring/score.js';
import { aggregate, clampGroupSize, DEFAULT_MIN_GROUP_SIZE, LIST_RULES, prepareTeam, quantile } from '../../src/team/aggregate.js';
import { answersArb, contentArb, SMALL } from './arbitraries.js';
import { assertEqual } from './equal.js';

const teamOf = (content: Content, people: Record<string, number | null>[]): Result[] =>
  people.map((answers, i) => score(content, answers, { locale: 'nl', completedAt: new Date(Date.UTC(2024, 0, 1, 0, i)) }));

/** A content (small, so a team of 12 stays quick) with a team of 0–12 people. */
const teamArb = contentArb({ ...SMALL, options: 6 }).chain((content) =>
  fc.tuple(fc.constant(content), fc.array(answersArb(content), { maxLength: 12 }).map((people) => ({ people, results: teamOf(content, people) }))),
);

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('team aggregation (laws)', () => {
  it('shows figures only from the minimum group size on (never below 2)', () => {
    fc.assert(
      fc.property(teamArb, fc.oneof(fc.integer({ min: -3, max: 14 }), fc.constant(undefined)), ([content, { results }], min) => {
        const summary = aggregate(content, results, min === undefined ? {} : { minGroupSize: min });
        const expectedMin = min === undefined ? DEFAULT_MIN_GROUP_SIZE : Math.max(2, min);
        expect(summary.minGroupSize).to.equal(expectedMin);
        expect(summary.respondents).to.equal(results.length);
        expect(summary.ready).to.equal(results.length >= expectedMin);
        expect([summary.contentId, summary.version]).to.deep.equal([content.id, content.version]);
        if (!summary.ready) {
          expect([summary.pillars, summary.statements]).to.deep.equal([[], []]);
          expect(summary.lists).to.deep.equal({ strong: [], needsWork: [], disagree: [] });
        } else {
          expect(summary.pillars.map((p) => p.id)).to.deep.equal(content.pillars.map((p) => p.id));
          expect(summary.statements.map((s) => s.id)).to.deep.equal(content.pillars.flatMap((p) => p.statements.map((s) => s.id)));
        }
      }),
    );
  });

  it('counts add up: bands to the team, distributions to the answers, values to the scale', () => {
    fc.assert(
      fc.property(teamArb, ([content, { people, results }]) => {
        const summary = aggregate(content, results, { minGroupSize: 2 });
        if (!summary.ready) return;
        summary.pillars.forEach((p, i) => {
          const scored = results.filter((r) => r.pillars[i].score !== null).length;
          expect(Object.values(p.bands).reduce((a, b) => a + b, 0)).to.equal(results.length);
          expect(p.bands.insufficient ?? 0).to.equal(results.length - scored);
          // As sets: an integer-like key ("0", "3") always comes first in a JavaScript object.
          expect(Object.keys(p.bands)).to.have.members([...content.bands.map((b) => b.id), 'insufficient']);
          for (const band of content.bands) expect(p.bands[band.id], band.id).to.equal(results.filter((r) => r.pillars[i].band === band.id).length);
        });
        for (const s of summary.statements) {
          const given = people.filter((a) => s.id in a);
          const values = given.map((a) => a[s.id]).filter((v): v is number => v !== null);
          expect(s.answered).to.equal(given.length);
          expect(s.valued).to.equal(values.length);
          expect(Object.values(s.distribution).reduce((a, b) => a + b, 0)).to.equal(s.answered);
          expect(Object.keys(s.distribution)).to.have.members([...content.scale.options.map((o) => String(o.value)), 'unknown']);
          for (const o of content.scale.options) expect(s.distribution[String(o.value)]).to.equal(values.filter((v) => v === o.value).length);
        }
      }),
    );
  });

  it('every statistic shown is right: median and quartiles in order within the range, means in range', () => {
    fc.assert(
      fc.property(teamArb, ([content, { results }]) => {
        const summary = aggregate(content, results, { minGroupSize: 2 });
        if (!summary.ready) return;
        summary.pillars.forEach((p, i) => {
          const scores = results.map((r) => r.pillars[i].score).filter((x): x is number => x !== null).sort((a, b) => a - b);
          if (p.median === null) return;
          expect(p.median).to.equal(median(scores));
          expect([p.min, p.max]).to.deep.equal([scores[0], scores[scores.length - 1]]);
          const chain = [p.min!, p.q1!, p.median, p.q3!, p.max!];
          expect([...chain].sort((a, b) => a - b)).to.deep.equal(chain);
          expect(p.min!).to.be.at.least(0);
          expect(p.max!).to.be.at.most(100);
          expect(p.iqr!).to.be.closeTo(p.q3! - p.q1!, 1e-9);
          expect(p.mean!).to.be.within(p.min! - 1e-9, p.max! + 1e-9);
          expect(p.mean!).to.be.closeTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1e-9);
        });
        const values = content.scale.options.map((o) => o.value);
        for (const s of summary.statements) {
          if (s.mean === null) continue;
          expect(s.mean).to.be.within(values[0] - 1e-9, values[values.length - 1] + 1e-9);
          expect(s.spread!).to.be.within(0, 0.5 + 1e-12);
          expect(s.agreement!).to.be.closeTo(1 - 2 * s.spread!, 1e-12);
        }
      }),
    );
  });

  it('the order of the results does not matter', () => {
    fc.assert(
      fc.property(teamArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), ([content, { results }], keys) => {
        const shuffled = results.map((r, i) => [keys[i], i, r] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
        assertEqual(aggregate(content, shuffled, { minGroupSize: 2 }), aggregate(content, results, { minGroupSize: 2 }));
      }),
    );
  });

  it('lists: at most five each, every item meets its rule, in rank order', () => {
    fc.assert(
      fc.property(teamArb, ([content, { results }]) => {
        const summary = aggregate(content, results, { minGroupSize: 2 });
        const values = content.scale.options.map((o) => o.value);
        const level = (mean: number) => (mean - values[0]) / (values[values.length - 1] - values[0]);
        const { strong, needsWork, disagree } = summary.lists;
        for (const list of [strong, needsWork, disagree]) {
          expect(list.length).to.be.at.most(LIST_RULES.length);
          expect(new Set(list.map((x) => x.statementId)).size).to.equal(list.length);
          for (const x of list) {
            const s = summary.statements.find((st) => st.id === x.statementId)!;
            expect([x.pillarId, x.mean, x.spread]).to.deep.equal([s.pillarId, s.mean, s.spread]);
            expect(s.valued).to.be.at.least(2);
            expect(s.valued * 2).to.be.at.least(results.length);
          }
        }
        for (const x of strong) expect(x.spread <= LIST_RULES.agree && level(x.mean) >= LIST_RULES.strong && x.reason === 'strong').to.equal(true);
        for (const x of needsWork) expect(x.spread <= LIST_RULES.agree && level(x.mean) <= LIST_RULES.needsWork && x.reason === 'needs-work').to.equal(true);
        for (const x of disagree) expect(x.spread > LIST_RULES.disagree && x.reason === 'disagree').to.equal(true);
        for (let i = 1; i < strong.length; i++) expect(level(strong[i - 1].mean)).to.be.at.least(level(strong[i].mean) - 1e-12);
        for (let i = 1; i < needsWork.length; i++) expect(level(needsWork[i - 1].mean)).to.be.at.most(level(needsWork[i].mean) + 1e-12);
        for (let i = 1; i < disagree.length; i++) expect(disagree[i - 1].spread).to.be.at.least(disagree[i].spread);
      }),
    );
  });

  it('quantile (type 7): q(0) is the minimum, q(1) the maximum, and it rises with p', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (raw, p1, p2) => {
        const sorted = [...raw].sort((a, b) => a - b);
        expect(quantile(sorted, 0)).to.equal(sorted[0]);
        expect(quantile(sorted, 1)).to.equal(sorted[sorted.length - 1]);
        expect(quantile(sorted, 0.5)).to.equal(median(sorted));
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        expect(quantile(sorted, lo)).to.be.at.most(quantile(sorted, hi) + 1e-9);
        expect(quantile(sorted, lo)).to.be.within(sorted[0], sorted[sorted.length - 1]);
      }),
    );
  });

  it('clampGroupSize: a whole number, never below 2, 3 for anything not a number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined)), (n) => {
        const size = clampGroupSize(n);
        expect(Number.isInteger(size) && size >= 2).to.equal(true);
        const v = Number(n);
        expect(size).to.equal(Number.isFinite(v) ? Math.max(2, Math.floor(v)) : 3);
      }),
    );
  });

  it('prepareTeam: every input is accepted, rejected or a duplicate; accepted ones are this content and version', () => {
    fc.assert(
      fc.property(
        teamArb,
        fc.array(fc.oneof(fc.nat(), fc.constantFrom('junk', 'other-content', 'other-version', 'copy')), { maxLength: 8 }),
        ([content, { results }], extras) => {
          const inputs: unknown[] = [...results];
          for (const e of extras) {
            const base = results.length ? results[typeof e === 'number' ? e % results.length : 0] : undefined;
            if (e === 'junk' || !base) inputs.push(typeof e === 'number' ? e : { junk: e });
            else if (e === 'other-content') inputs.push({ ...base, content: { ...base.content, id: `${content.id}x` } });
            else if (e === 'other-version') inputs.push({ ...base, content: { ...base.content, version: `${content.version}x` } });
            else inputs.push(structuredClone(base));
          }
          const prepared = prepareTeam(content, inputs);
          expect(prepared.accepted.length + prepared.rejected.length + prepared.duplicates).to.equal(inputs.length);
          for (const r of prepared.accepted) expect([r.content.id, r.content.version]).to.deep.equal([content.id, content.version]);
          const idx = prepared.rejected.map((r) => r.index);
          expect([...idx].sort((a, b) => a - b)).to.deep.equal(idx);
          for (const r of prepared.rejected) {
            const input = inputs[r.index] as Result;
            if (r.reason === 'other-content') expect(input.content.id).not.to.equal(content.id);
            if (r.reason === 'other-version') expect([input.content.id, input.content.version === content.version]).to.deep.equal([content.id, false]);
            if (r.reason === 'invalid') expect(r.issues!.length).to.be.within(1, 5);
          }
          // The team's own results come first and are all accepted (they complete at different minutes).
          assertEqual(prepared.accepted.slice(0, results.length), results);
        },
      ),
    );
  });
});

describe('team aggregation (edges)', () => {
  const base = {
    id: 'edge',
    version: '1',
    title: 'Edge',
    scale: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `v${value}` })), unknown: { label: '?' } },
    bands: [{ id: 'low', label: 'Low', min: 0, focus: true }, { id: 'high', label: 'High', min: 50 }],
  };
  const content = (statements: string[]) => ({ ...base, pillars: [{ id: 'p', title: 'P', statements: statements.map((id) => ({ id, text: id })) }] }) as Content;
  const team = (c: Content, rows: Record<string, (number | null)[]>) => {
    const n = Math.max(...Object.values(rows).map((r) => r.length));
    return teamOf(c, Array.from({ length: n }, (_, i) => Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, r[i] ?? null]))));
  };

  it('ranks a statement from two values on, when at least half the team gave one', () => {
    const c = content(['a', 'b']);
    // Three people, two values: ranked. Four people, two values (exactly half): ranked.
    expect(aggregate(c, team(c, { a: [5, 5, null], b: [5, 5, 5] })).lists.strong.map((x) => x.statementId)).to.deep.equal(['a', 'b']);
    expect(aggregate(c, team(c, { a: [5, 5, null, null], b: [5, 5, 5, 5] })).lists.strong.map((x) => x.statementId)).to.deep.equal(['a', 'b']);
    expect(aggregate(c, team(c, { a: [5, null, null, null], b: [5, 5, 5, 5] })).lists.strong.map((x) => x.statementId)).to.deep.equal(['b']);
  });

  it('strong at the edges (level 0.75, spread 0.25), and equal levels ranked by the lower spread', () => {
    const c = content(['wide', 'edge', 'flat']);
    const { strong } = aggregate(c, team(c, { wide: [3, 5, 4, 4], edge: [3, 5, 3, 5], flat: [4, 4, 4, 4] })).lists;
    // flat and wide both sit at level 0.75; flat agrees more, so it comes first although it is listed later.
    expect(strong.map((x) => x.statementId)).to.deep.equal(['flat', 'wide', 'edge']);
    expect(strong.find((x) => x.statementId === 'edge')!.spread).to.equal(0.25);
  });

  it('spread is exactly zero when all agree, also where the sum of the values rounds', () => {
    const c = { ...content(['a']), scale: { options: Array.from({ length: 11 }, (_, value) => ({ value, label: `v${value}` })) } } as Content;
    // Normalized, everyone is at 0.1; (0.1 + 0.1 + 0.1) / 3 is not 0.1 in floating point.
    const s = aggregate(c, team(c, { a: [1, 1, 1] })).statements[0];
    expect([s.spread, s.agreement, s.mean]).to.deep.equal([0, 1, 1]);
  });

  it('prepareTeam: same completion time with other answers is another person; issues name the path', () => {
    const c = content(['a', 'b']);
    const [x] = teamOf(c, [{ a: 1, b: 2 }]);
    const y = { ...teamOf(c, [{ a: 2, b: 1 }])[0], completedAt: x.completedAt };
    const prepared = prepareTeam(c, [x, y, { ...x, content: { version: '1' } }]);
    expect(prepared.accepted).to.deep.equal([x, y]);
    expect(prepared.duplicates).to.equal(0);
    expect(prepared.rejected[0].issues!.map((i) => i.path)).to.include('content.id');
  });
});
