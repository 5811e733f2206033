// Law: the zod-free check of one measure (src/plan/measure-check.ts, what the plan view runs when a
// person adds or edits a measure) answers exactly what `measureSchema` answers (through
// src/plan/measure-check-zod.ts, which the single-file bundle uses instead): the same measure (trimmed,
// unknown keys dropped, same keys in the same order), or the same issues (path, code, message,
// details) in the same order. 10,000 cases by default (LAW_RUNS).
import { expect } from 'chai';
import fc from 'fast-check';
import { checkMeasureFields } from '../../src/plan/measure-check.js';
import { checkMeasureFields as viaZod } from '../../src/plan/measure-check-zod.js';
import { MEASURE_STATUSES, PLAN_LIMITS } from '../../src/plan/plan-schema.js';
import { assertEqual } from './equal.js';
import { INVISIBLE, safeUrl, visibleText } from './arbitraries.js';

/** Own keys in order, so "same keys in the same order" is checked too (deepStrictEqual ignores order). */
const keysOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? Object.entries(value).map(([k, v]) => [k, keysOf(v)]) : value;

function same(input: unknown) {
  const expected = viaZod(input);
  const actual = checkMeasureFields(input);
  assertEqual(actual, expected, JSON.stringify(input));
  assertEqual(keysOf(actual), keysOf(expected), JSON.stringify(input));
}

const text = (n: number, char = 'x') => char.repeat(n);
const around = (limit: number) => fc.integer({ min: Math.max(0, limit - 2), max: limit + 2 });
const spaces = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff');
const padded = (arb: fc.Arbitrary<string>) => fc.tuple(spaces, arb, spaces).map(([a, s, b]) => a + s + b);

/** Strings that sit on and around each rule's edge. */
const edgeString = fc.oneof(
  visibleText(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(...INVISIBLE).chain((c) => fc.integer({ min: 0, max: 3 }).map((n) => c.repeat(n))),
  around(PLAN_LIMITS.id).map((n) => text(n, 'a')),
  around(PLAN_LIMITS.owner).map((n) => text(n)),
  around(PLAN_LIMITS.text).map((n) => text(n)),
  around(PLAN_LIMITS.text).map((n) => text(n, '\u200b')),
  around(PLAN_LIMITS.toolTitle).map((n) => text(n, 't')),
  // Lengths count code points (as zod does): a surrogate pair is one, a lone surrogate one too.
  fc.tuple(around(PLAN_LIMITS.text), fc.integer({ min: 0, max: 3 })).map(([n, k]) => text(Math.max(0, n - k)) + text(k, '👍')),
  fc.tuple(around(PLAN_LIMITS.owner), fc.constantFrom('👍', '\ud83d', '\udc4d', '中')).map(([n, c]) => text(n - 1) + c),
  around(2000).map((n) => `https://example.org/${text(Math.max(0, n - 20), 'p')}`),
  fc.constantFrom('-a', '.x', 'a b', 'é:1', '中-2', 'a/b', '_'),
  fc.constantFrom('2026-02-28', '2024-02-29', '2026-02-29', '2026-04-31', '2026-13-01', '1900-02-29', '2000-02-29', '2026-1-1', '26-01-01', ' 2026-01-01'),
  fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  safeUrl,
  fc.constantFrom('javascript:alert(1)', 'java\tscript:x', 'data:text/html,x', '&#106;avascript:x', 'mailto:a@b.nl', '/pad', ''),
  fc.constantFrom(...MEASURE_STATUSES, 'Open', 'klaar', ''),
);

/** Anything a field might hold: edge strings (maybe padded), other types, or nothing. */
const fieldValue = fc.oneof(
  { weight: 6, arbitrary: padded(edgeString) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, 1, true, [], {}, ['a'], { length: 'x' }, { length: 0 }, { length: null }, new Date(0)) },
  // Values of the wrong type with a length: zod still runs its length checks on them.
  { weight: 1, arbitrary: fc.oneof(around(PLAN_LIMITS.id), fc.constantFrom(0, 1)).map((n) => Array.from({ length: n }, () => 0)) },
  { weight: 1, arbitrary: fc.oneof(around(PLAN_LIMITS.id), fc.constantFrom(0, 1, -1, NaN, '2', '')).map((length) => ({ length })) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

const toolValue = fc.oneof(
  { weight: 4, arbitrary: fc.record({ title: fieldValue, url: fieldValue, extra: fieldValue }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fieldValue },
);

const measureLike = fc.record(
  {
    id: fieldValue,
    pillarId: fieldValue,
    statementId: fieldValue,
    tool: toolValue,
    text: fieldValue,
    owner: fieldValue,
    due: fieldValue,
    status: fieldValue,
    other: fieldValue,
  },
  { requiredKeys: [] },
);

/** Mostly valid measures (so the success side is covered well), one field at a time changed. */
const nearlyValid = fc
  .tuple(
    fc.record(
      {
        id: fc.constantFrom('m-1', 'a', 'x.y:z_1'),
        pillarId: fc.constantFrom('p1', 'veiligheid'),
        statementId: fc.constantFrom('s1', undefined),
        tool: fc.option(fc.record({ title: padded(visibleText()), url: fc.option(safeUrl, { nil: undefined }) }, { requiredKeys: ['title'] }), { nil: undefined }),
        text: padded(visibleText()),
        owner: fc.option(padded(fc.constantFrom('Sam', '', ' ')), { nil: undefined }),
        due: fc.option(fc.constantFrom('2026-04-01', '2028-02-29'), { nil: undefined }),
        status: fc.constantFrom(...MEASURE_STATUSES),
      },
      { requiredKeys: ['id', 'pillarId', 'text', 'status'] },
    ),
    fc.constantFrom('id', 'pillarId', 'statementId', 'tool', 'text', 'owner', 'due', 'status', 'none'),
    fieldValue,
  )
  .map(([m, key, value]) => (key === 'none' ? m : { ...m, [key]: value }));

describe('measure check without zod (law)', () => {
  it('answers what measureSchema answers, for measure-like objects', () => {
    fc.assert(fc.property(measureLike, same));
  });

  it('answers what measureSchema answers, for nearly valid measures (one field changed)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearlyValid, (input) => {
        same(input);
        if (checkMeasureFields(input).ok) accepted += 1;
      }),
    );
    expect(accepted, 'the success side is exercised').to.be.above(0);
  });

  it('answers what measureSchema answers, for anything at all', () => {
    fc.assert(fc.property(fc.anything(), same));
  });

  it('answers what measureSchema answers for every due date on and around the calendar of four years', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of ['1900', '2000', '2024', '2026'])
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1) same({ id: 'a', pillarId: 'p', text: 't', status: 'open', due: `${year}-${two(month)}-${two(day)}` });
  });

  it('known cases: trimmed output, and a refusal with the same paths and codes', () => {
    same({ id: 'a', pillarId: 'p', text: ' hi ', status: 'open', owner: ' o ', tool: { title: ' t ', url: undefined }, extra: 1 });
    same({ id: '', pillarId: '', text: '\u200b', status: 'x', due: '2026-02-30', owner: 5, tool: { title: '  ', url: 'javascript:x' }, statementId: '' });
    expect(checkMeasureFields({ id: 'a', pillarId: 'p', text: ' hi ', status: 'open' })).to.deep.equal({ ok: true, measure: { id: 'a', pillarId: 'p', text: 'hi', status: 'open' } });
    const refused = checkMeasureFields({ id: 'a', pillarId: 'p', text: ' ', due: '2026-04-31', status: 'open' });
    expect(refused.ok).to.equal(false);
    expect(!refused.ok && refused.issues.map((i) => [i.path, i.code, i.key])).to.deep.equal([
      ['text', 'custom', 'empty-text'],
      ['due', 'invalid_format', undefined],
    ]);
  });
});
