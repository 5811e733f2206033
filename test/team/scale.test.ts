// The counting aggregate and the fast validation path of prepareTeam (issue 16, "Scale") must give
// exactly what the implementation before them gave: test/team/aggregate-reference.ts is that code,
// kept verbatim. Timing lives in the benchmark (`npm run bench -- --team`), not here.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { builtinContent } from '../../src/content/builtin.js';
import { contentFromValue } from '../../src/content/load.js';
import type { Content } from '../../src/content/schema.js';
import { aggregate, prepareTeam } from '../../src/team/aggregate.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import { resultSchema, type Result } from '../../src/scoring/result-schema.js';
import * as reference from './aggregate-reference.js';
import { content, result, statementIds } from './support.js';

type Json = Record<string, unknown>;

/** The built-in content with another scale: 1–7 without "Weet ik niet" (values normalize to sixths, not exact in binary) and 0–10 with it. */
const sevenPoint = contentFromValue({
  ...(builtinContent('nl') as Json),
  id: 'seven-point',
  scale: { options: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: `w${value}` })) },
});
const elevenPoint = contentFromValue({
  ...(builtinContent('nl') as Json),
  id: 'eleven-point',
  scale: { options: Array.from({ length: 11 }, (_, value) => ({ value, label: `w${value}` })), unknown: { label: 'Weet ik niet' } },
});
const contents: [string, Content][] = [
  ['the built-in content (1–5, "Weet ik niet")', content],
  ['a 1–7 scale without "Weet ik niet"', sevenPoint],
  ['a 0–10 scale with "Weet ik niet"', elevenPoint],
];

const base = result(3, 0);
/** A result with these answers; the aggregate reads nothing else. */
const withAnswers = (answers: Result['answers']): Result => ({ ...base, answers });

/** Someone who answers every statement; `blank` weights "Weet ik niet" and unanswered up, so figures get suppressed. */
function completePerson(c: Content, blank: number) {
  const values = c.scale.options.map((o) => o.value as AnswerValue);
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: blank, arbitrary: fc.constantFrom<AnswerValue | undefined>(null, undefined) },
  );
  const ids = c.pillars.flatMap((p) => p.statements.map((s) => ({ id: s.id, pillarId: p.id })));
  return fc.array(value, { minLength: ids.length, maxLength: ids.length }).map((vs) =>
    withAnswers(ids.flatMap(({ id, pillarId }, i) => (vs[i] === undefined ? [] : [{ statementId: id, pillarId, value: vs[i] as AnswerValue }]))),
  );
}

/** Answers as they may come from outside: in any order, repeated ids (the last counts), unknown ids, values off the scale. */
function messyPerson(c: Content) {
  const ids = c.pillars.flatMap((p) => p.statements.map((s) => s.id));
  const answer = fc.record({
    statementId: fc.constantFrom(...ids, 'x', 'constructor', '__proto__'),
    pillarId: fc.constantFrom('p', c.pillars[0].id),
    value: fc.constantFrom<AnswerValue>(...c.scale.options.map((o) => o.value), null, 99, 2.5, -3),
  });
  return fc.array(answer, { maxLength: 40 }).map(withAnswers);
}

function teamOf(c: Content, maxLength: number) {
  const person = fc.oneof(completePerson(c, 1), completePerson(c, 6), messyPerson(c));
  return fc.array(person, { maxLength });
}

describe('team scale: the counting aggregate equals the sorting one (fast-check)', () => {
  for (const [name, c] of contents) {
    it(`for ${name}, suppressed figures included`, () => {
      const seen = { suppressedPillar: 0, suppressedStatement: 0, shownStatement: 0 };
      fc.assert(
        fc.property(teamOf(c, 30), fc.integer({ min: 0, max: 7 }), (team, minGroupSize) => {
          const summary = aggregate(c, team, { minGroupSize });
          expect(summary).to.deep.equal(reference.aggregate(c, team, { minGroupSize }));
          seen.suppressedPillar += summary.pillars.filter((p) => p.suppressed).length;
          seen.suppressedStatement += summary.statements.filter((s) => s.suppressed).length;
          seen.shownStatement += summary.statements.filter((s) => !s.suppressed).length;
        }),
        { numRuns: 300 },
      );
      // The generated teams did reach both sides of the privacy rule.
      expect(seen.suppressedPillar).to.be.greaterThan(0);
      expect(seen.suppressedStatement).to.be.greaterThan(0);
      expect(seen.shownStatement).to.be.greaterThan(0);
    });
  }

  it('for larger teams (up to 400 people), where sums of many values could round differently', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contents.map(([, c]) => c)).chain((c) => fc.tuple(fc.constant(c), teamOf(c, 400))), ([c, team]) => {
        expect(aggregate(c, team)).to.deep.equal(reference.aggregate(c, team));
      }),
      { numRuns: 25 },
    );
  });
});

// ——— prepareTeam: validation and duplicates ———

const valid = (n: number, pick: (i: number) => AnswerValue) => result((id) => pick(statementIds.indexOf(id)), n);

type Mutation = (r: Json, n: number) => unknown;
// A fresh copy of an object or array: the lists below are shared by every run, and a mutation that puts
// the same `{}` into a result twice (a top-level value, then a key inside it) made a cycle that
// JSON.stringify refuses ("cyclic object value", seen in Firefox) and changed the lists for later runs.
const at = <T>(list: readonly T[], n: number): T => {
  const v = list[n % list.length];
  return typeof v === 'object' && v !== null ? structuredClone(v) : v;
};
const odd = [null, undefined, 1, -1, 2.5, 'x', '', [], {}, NaN, Infinity, true] as const;
const dates = ['2024-06-01T09:00:00Z', '2024-06-01T09:00:00.123+02:00', '2024-06-01T09:00Z', '2024-02-30T09:00:00Z', '2024-06-01 09:00:00Z', '2024-06-01T09:00:00'];
const isJson = (x: unknown): x is Json => typeof x === 'object' && x !== null;
/** Changes `r[key]` (when it is an object) with `change`; returns r. */
const inside = (r: Json, key: string, change: (x: Json) => void) => (isJson(r[key]) && change(r[key] as Json), r);
const element = (r: Json, key: string, n: number, change: (x: Json, list: unknown[], k: number) => void) => {
  const list = r[key];
  if (Array.isArray(list) && list.length && isJson(list[n % list.length])) change(list[n % list.length] as Json, list, n % list.length);
  return r;
};

/** Ways a result from outside can be wrong (or right in an unusual way); each returns the new input. */
const MUTATIONS: Record<string, Mutation> = {
  none: (r) => r,
  dropKey: (r, n) => (delete r[at(Object.keys(r), n)], r),
  oddTopValue: (r, n) => ((r[at(Object.keys(r), n)] = at(odd, n >> 4)), r),
  extraKey: (r) => ((r.extra = { name: 'Anna' }), r),
  schemaVersion: (r, n) => ((r.schemaVersion = at([2, '1', 1.0], n)), r),
  contentField: (r, n) => inside(r, 'content', (c) => (c[at(['id', 'version', 'locale', 'extra'], n)] = at(odd, n >> 2))),
  completedAt: (r, n) => ((r.completedAt = at(dates, n)), r),
  answerValue: (r, n) => element(r, 'answers', n, (a) => (a.value = at([2.5, NaN, Infinity, '3', undefined, 0, -0, 4], n >> 5))),
  answerShape: (r, n) =>
    element(r, 'answers', n, (a, list, k) => {
      const choice = (n >> 5) % 4;
      if (choice === 0) delete a.pillarId;
      else if (choice === 1) list[k] = null;
      else if (choice === 2) list.length += 1; // a hole
      else a.extra = 1;
    }),
  pillarField: (r, n) =>
    element(r, 'pillars', n, (p) => (p[at(['score', 'mean', 'answered', 'unknown', 'total', 'band', 'title'], n >> 2)] = at([101, -1, null, NaN, 1.5, 2 ** 53, 'x', 0, -0], n >> 5))),
  priorities: (r, n) => ((r.priorities = at([[1], ['a', null], 'a', ['a', 'b']], n)), r),
  plan: (r, n) => ((r.plan = at([undefined, {}, null, { measures: [] }], n)), r),
  nonce: (r, n) => ((r.nonce = at(['abc', '', 'x'.repeat(101), 'x'.repeat(100), 5, undefined, null], n)), r),
  otherContent: (r) => inside(r, 'content', (c) => (c.id = 'another-scan')),
  otherVersion: (r) => inside(r, 'content', (c) => (c.version = '2023-01')),
  inherited: (r) => Object.create(r),
  classInstance: (r) => Object.assign(new (class Imported {})(), r),
  asArray: (r) => [r],
  asText: (r) => JSON.stringify(r),
};

const valueArb = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, null);
const validArb = fc.tuple(fc.nat(5), fc.array(valueArb, { minLength: 18, maxLength: 18 })).map(([n, values]) => valid(n, (i) => values[i]));
const mutatedArb = (names = Object.keys(MUTATIONS)) =>
  fc.tuple(validArb, fc.array(fc.tuple(fc.constantFrom(...names), fc.nat()), { maxLength: 3 })).map(([r, mutations]) => {
    let input: unknown = structuredClone(r);
    for (const [name, n] of mutations) {
      // Only plain objects are changed further; an input turned into text, an array or an instance stays so.
      if (!isJson(input) || Array.isArray(input) || Object.getPrototypeOf(input) !== Object.prototype) break;
      input = MUTATIONS[name](input, n);
    }
    return input;
  });

describe('team scale: prepareTeam equals the zod-only implementation (fast-check)', () => {
  it('its mutations share no object between inputs: `{}` as the content, then a key of it set to `{}`, stays JSON', () => {
    const r = valid(0, () => 3) as unknown as Json;
    const keys = Object.keys(r);
    // oddTopValue: the key at n, the odd value at n >> 4 ({} is odd[8]); contentField with n = 35: key 'extra', odd[8].
    let n = 0;
    while (!(keys[n % keys.length] === 'content' && (n >> 4) % odd.length === 8)) n++;
    const input = MUTATIONS.contentField(MUTATIONS.oddTopValue(r, n) as Json, 35) as Json;
    expect(input.content).to.deep.equal({ extra: {} });
    expect(() => JSON.stringify(input)).to.not.throw();
    expect(odd[8]).to.deep.equal({});
  });

  it('on one input at a time: the same accepted result (fresh, with only the schema keys) or the same rejection and issues', () => {
    let accepted = 0;
    let invalid = 0;
    fc.assert(
      fc.property(mutatedArb(), (input) => {
        const prepared = prepareTeam(content, [input]);
        const zodOnly = reference.prepareTeam(content, [input]);
        expect(prepared).to.deep.equal(zodOnly);
        accepted += prepared.accepted.length;
        invalid += prepared.rejected.filter((r) => r.reason === 'invalid').length;
        if (prepared.accepted.length) {
          expect(prepared.accepted[0]).not.to.equal(input);
          expect(resultSchema.safeParse(input).success).to.equal(true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(accepted).to.be.greaterThan(100);
    expect(invalid).to.be.greaterThan(100);
  });

  it('on teams with copies, answers in another order, shared completion times and bad inputs: the same accepted, rejected and duplicates', () => {
    // Without nonces: the reference knows only the rule by completion time (the nonce rule: aggregate.test.ts).
    const withoutNonce = mutatedArb(Object.keys(MUTATIONS).filter((name) => name !== 'nonce'));
    const team = fc.array(fc.oneof(validArb, withoutNonce), { minLength: 1, maxLength: 20 }).chain((inputs) =>
      fc
        .array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 10 })
        .map((copies) => [
          ...inputs,
          ...copies.map(([n, reverse]) => {
            const copy = structuredClone(inputs[n % inputs.length]) as Json;
            if (reverse && Array.isArray(copy?.answers)) copy.answers.reverse();
            return copy;
          }),
        ]),
    );
    let duplicates = 0;
    fc.assert(
      fc.property(team, (inputs) => {
        const prepared = prepareTeam(content, inputs);
        expect(prepared).to.deep.equal(reference.prepareTeam(content, inputs));
        duplicates += prepared.duplicates;
      }),
      { numRuns: 300 },
    );
    expect(duplicates).to.be.greaterThan(0);
  });
});
