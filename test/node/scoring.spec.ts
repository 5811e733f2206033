// Laws of scoring in Node (10,000 cases each by default: LAW_RUNS): scores within 0–100 and in the
// right band, the same result whatever the order of the answers, priorities by score, and the counts.
import { expect } from 'chai';
import fc from 'fast-check';
import type { Content } from '../../src/content/schema.js';
import { contentSchema } from '../../src/content/schema.js';
import {
  countAnswered,
  countStatements,
  firstOpenStatement,
  isAnswered,
  isValidAnswer,
  sanitizeAnswers,
  type AnswerValue,
} from '../../src/scoring/answers.js';
import { INSUFFICIENT_BAND, resultSchema } from '../../src/scoring/result-schema.js';
import { bandFor, scaleRange, score, scorePillar, statementsByValue } from '../../src/scoring/score.js';
import { nl } from '../../src/generated/builtin-content.js';
import { answersArb, contentArb, scoredArb } from './arbitraries.js';
import { assertEqual } from './equal.js';

const at = new Date('2026-01-02T03:04:05Z');
const builtin: Content = contentSchema.parse(nl);
const shuffle = <T>(items: T[], keys: number[]) =>
  items.map((x, i) => [keys[i % keys.length] ?? 0, i, x] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((t) => t[2]);

describe('scoring (laws)', () => {
  it('every pillar score is null or a whole number 0–100, in the band whose range holds it', () => {
    fc.assert(
      fc.property(scoredArb(), ([content, answers]) => {
        const { min, max } = scaleRange(content);
        for (const p of score(content, answers, { locale: 'nl', completedAt: at }).pillars) {
          if (p.score === null) {
            expect(p.band).to.equal(INSUFFICIENT_BAND);
            expect(p.mean).to.equal(null);
            continue;
          }
          expect(Number.isInteger(p.score) && p.score >= 0 && p.score <= 100, `score ${p.score}`).to.equal(true);
          expect(p.mean).to.be.within(min, max);
          expect(p.score).to.equal(Math.round((100 * (p.mean! - min)) / (max - min)));
          const i = content.bands.findIndex((b) => b.id === p.band);
          expect(i, p.band).to.be.at.least(0);
          expect(p.score >= content.bands[i].min || i === 0, 'reaches its band').to.equal(true);
          if (i + 1 < content.bands.length) expect(p.score).to.be.below(content.bands[i + 1].min);
        }
      }),
    );
  });

  it('counts: answered, unknown and total; a score only when at least half have a value', () => {
    fc.assert(
      fc.property(scoredArb(), ([content, answers]) => {
        const result = score(content, answers, { locale: 'nl', completedAt: at });
        content.pillars.forEach((pillar, i) => {
          const p = result.pillars[i];
          const ids = pillar.statements.map((s) => s.id);
          const answered = ids.filter((id) => id in answers);
          const unknown = answered.filter((id) => answers[id] === null);
          const valued = answered.length - unknown.length;
          expect([p.id, p.title, p.total, p.answered, p.unknown]).to.deep.equal([pillar.id, pillar.title, ids.length, answered.length, unknown.length]);
          expect(p.score === null).to.equal(valued === 0 || valued * 2 < ids.length);
          if (p.mean !== null) {
            const sum = answered.reduce((s, id) => s + (answers[id] ?? 0), 0);
            expect(p.mean).to.be.closeTo(sum / valued, 1e-9);
          }
        });
        expect(result.answers.map((a) => a.statementId)).to.deep.equal(content.pillars.flatMap((p) => p.statements.map((s) => s.id)).filter((id) => id in answers));
        for (const a of result.answers) expect(a.value).to.equal(answers[a.statementId]);
        expect(countAnswered(content.pillars, answers)).to.equal(result.answers.length);
        expect(countStatements(content.pillars)).to.equal(result.pillars.reduce((n, p) => n + p.total, 0));
      }),
    );
  });

  it('is deterministic and independent of the order of the answers; unknown ids change nothing', () => {
    fc.assert(
      fc.property(scoredArb(), fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), fc.dictionary(fc.string(), fc.integer()), ([content, answers], keys, extra) => {
        const first = score(content, answers, { locale: 'nl', completedAt: at });
        assertEqual(score(content, answers, { locale: 'nl', completedAt: at }), first);
        const reordered = Object.fromEntries(shuffle(Object.entries(answers), keys));
        assertEqual(score(content, reordered, { locale: 'nl', completedAt: at }), first);
        const ids = new Set(content.pillars.flatMap((p) => p.statements.map((s) => s.id)));
        const foreign = Object.fromEntries(Object.entries(extra).filter(([k]) => !ids.has(k)));
        assertEqual(score(content, { ...foreign, ...answers }, { locale: 'nl', completedAt: at }), first);
      }),
    );
  });

  it('priorities: the scored pillars in a focus band, lowest score first, ties in content order', () => {
    fc.assert(
      fc.property(scoredArb(), ([content, answers]) => {
        const result = score(content, answers, { locale: 'nl', completedAt: at });
        const focus = new Set(content.bands.filter((b) => b.focus).map((b) => b.id));
        const expected = result.pillars
          .map((p, i) => ({ p, i }))
          .filter(({ p }) => p.score !== null && focus.has(p.band))
          .sort((a, b) => a.p.score! - b.p.score! || a.i - b.i)
          .map(({ p }) => p.id);
        expect(result.priorities).to.deep.equal(expected);
        const scoreOf = (id: string) => result.pillars.find((p) => p.id === id)!.score!;
        for (let i = 1; i < result.priorities.length; i++) expect(scoreOf(result.priorities[i - 1])).to.be.at.most(scoreOf(result.priorities[i]));
      }),
    );
  });

  it('a result fits the result schema and says what was scored', () => {
    fc.assert(
      fc.property(scoredArb(), fc.constantFrom('nl', 'en'), ([content, answers], locale) => {
        const result = score(content, answers, { locale, completedAt: at });
        expect(resultSchema.safeParse(result).success).to.equal(true);
        expect(result.content).to.deep.equal({ id: content.id, version: content.version, locale });
        expect(result.completedAt).to.equal(at.toISOString());
        expect(result.scale).to.deep.equal(scaleRange(content));
      }),
    );
  });

  it('raising one answer never lowers its pillar score', () => {
    fc.assert(
      fc.property(scoredArb(), fc.nat(), ([content, answers], n) => {
        const values = content.scale.options.map((o) => o.value);
        const numeric = Object.keys(answers).filter((id) => typeof answers[id] === 'number' && answers[id] !== values[values.length - 1]);
        if (!numeric.length) return;
        const id = numeric[n % numeric.length];
        const higher = { ...answers, [id]: values[values.indexOf(answers[id] as number) + 1] };
        const pillar = content.pillars.find((p) => p.statements.some((s) => s.id === id))!;
        const before = scorePillar(content, pillar, answers);
        const after = scorePillar(content, pillar, higher);
        expect(after.score === null).to.equal(before.score === null);
        if (before.score !== null) {
          expect(after.score!).to.be.at.least(before.score);
          expect(after.mean!).to.be.at.least(before.mean!);
        }
      }),
    );
  });

  it('bandFor gives the last band whose minimum the score reaches', () => {
    fc.assert(
      fc.property(contentArb(), fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), (content, value) => {
        const expected = content.bands.filter((b) => value >= b.min).pop()!.id;
        expect(bandFor(content.bands, value)).to.equal(expected);
        expect(bandFor(content.bands, null)).to.equal(INSUFFICIENT_BAND);
      }),
    );
  });

  it('sanitizeAnswers keeps exactly the answers that fit the content, and is idempotent', () => {
    fc.assert(
      fc.property(
        contentArb(),
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.string(), fc.constant(undefined))),
        (content, junk) => {
          const ids = content.pillars.flatMap((p) => p.statements.map((s) => s.id));
          const input: Record<string, unknown> = { ...junk };
          ids.forEach((id, i) => {
            if (i % 3 === 0) input[id] = content.scale.options[i % content.scale.options.length].value;
            if (i % 3 === 1) input[id] = i % 2 ? null : 'x';
          });
          const out = sanitizeAnswers(content, input);
          for (const [id, v] of Object.entries(out)) {
            expect(ids).to.include(id);
            expect(isValidAnswer(content, v)).to.equal(true);
            expect(v).to.equal(input[id]);
          }
          for (const id of ids) if (isValidAnswer(content, input[id])) expect(isAnswered(out, id), id).to.equal(true);
          assertEqual(sanitizeAnswers(content, out), out);
        },
      ),
    );
  });

  it('statementsByValue lists valued statements by value, ties in content order', () => {
    fc.assert(
      fc.property(
        contentArb().chain((c) => fc.tuple(fc.constant(c), answersArb(c))),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        ([content, answers], order) => {
          for (const pillar of content.pillars) {
            const list = statementsByValue(pillar, answers, order);
            expect(list.map((x) => x.statement.id)).to.have.members(pillar.statements.filter((s) => typeof answers[s.id] === 'number').map((s) => s.id));
            for (let i = 1; i < list.length; i++) {
              const [a, b] = [list[i - 1], list[i]];
              if (a.value === b.value) expect(a.index).to.be.below(b.index);
              else expect(order === 'asc' ? a.value < b.value : a.value > b.value).to.equal(true);
            }
            for (const x of list) expect(x.value).to.equal(answers[x.statement.id]);
          }
        },
      ),
    );
  });
});

describe('scoring and answers (examples at the edges)', () => {
  const all = (v: AnswerValue) => Object.fromEntries(builtin.pillars.flatMap((p) => p.statements.map((s) => [s.id, v])));

  it('scaleRange over any order of values', () => {
    const c = { ...builtin, scale: { options: [{ value: 3, label: 'a' }, { value: -2, label: 'b' }, { value: 7, label: 'c' }] } } as Content;
    expect(scaleRange(c)).to.deep.equal({ min: -2, max: 7 });
    expect(scaleRange(builtin)).to.deep.equal({ min: 1, max: 5 });
  });

  it('bandFor below the first minimum still gives the first band', () => {
    const bands = [{ id: 'a', label: 'A', min: 10 }, { id: 'b', label: 'B', min: 50 }];
    expect(bandFor(bands, 0)).to.equal('a');
    expect(bandFor(bands, 50)).to.equal('b');
    expect(bandFor(bands, 49.9)).to.equal('a');
  });

  it('isAnswered uses own keys only; isValidAnswer follows the scale and its unknown option', () => {
    expect(isAnswered({}, 'toString')).to.equal(false);
    expect(isAnswered({ a: null }, 'a')).to.equal(true);
    expect(isAnswered(Object.create({ a: 1 }), 'a')).to.equal(false);
    expect(isValidAnswer(builtin, 3)).to.equal(true);
    expect(isValidAnswer(builtin, 6)).to.equal(false);
    expect(isValidAnswer(builtin, '3')).to.equal(false);
    expect(isValidAnswer(builtin, null)).to.equal(true);
    expect(isValidAnswer(builtin, undefined)).to.equal(false);
    const noUnknown = { ...builtin, scale: { options: builtin.scale.options } } as Content;
    expect(isValidAnswer(noUnknown, null)).to.equal(false);
  });

  it('sanitizeAnswers refuses non-objects and inherited keys', () => {
    expect(sanitizeAnswers(builtin, null)).to.deep.equal({});
    expect(sanitizeAnswers(builtin, 'p1-s1')).to.deep.equal({});
    expect(sanitizeAnswers(builtin, 5)).to.deep.equal({});
    expect(sanitizeAnswers(builtin, Object.create({ 'p1-s1': 3 }))).to.deep.equal({});
    expect(sanitizeAnswers(builtin, { 'p1-s1': 3, 'p1-s2': 9, nope: 1 })).to.deep.equal({ 'p1-s1': 3 });
  });

  it('firstOpenStatement and the counts', () => {
    const pillar = builtin.pillars[0];
    expect(firstOpenStatement(pillar, {})).to.equal(pillar.statements[0]);
    expect(firstOpenStatement(pillar, { [pillar.statements[0].id]: null })).to.equal(pillar.statements[1]);
    expect(firstOpenStatement(pillar, all(2))).to.equal(undefined);
    expect(countStatements(builtin.pillars)).to.equal(18);
    expect(countAnswered(builtin.pillars, { ...all(null), nope: 1 })).to.equal(18);
    expect(countAnswered(builtin.pillars, {})).to.equal(0);
  });

  it('scores without a completion time use now; no answers means no priorities', () => {
    const before = Date.now();
    const result = score(builtin, {}, { locale: 'nl' });
    expect(Date.parse(result.completedAt)).to.be.within(before, Date.now());
    expect(result.priorities).to.deep.equal([]);
    expect(result.answers).to.deep.equal([]);
    expect(result.pillars.every((p) => p.band === INSUFFICIENT_BAND && p.answered === 0)).to.equal(true);
  });

  it('a band without focus is never a priority, even with the lowest score', () => {
    const c = { ...builtin, bands: builtin.bands.map((b) => ({ ...b, focus: false })) } as Content;
    expect(score(c, all(1), { locale: 'nl' }).priorities).to.deep.equal([]);
    expect(score(builtin, all(1), { locale: 'nl' }).priorities).to.deep.equal(builtin.pillars.map((p) => p.id));
  });

  it('a pillar with a single valued statement out of two is scored (exactly half)', () => {
    const c = { ...builtin, pillars: [{ id: 'p', title: 'P', statements: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] }] } as Content;
    expect(scorePillar(c, c.pillars[0], { a: 5 })).to.deep.equal({ id: 'p', title: 'P', score: 100, mean: 5, answered: 1, unknown: 0, total: 2, band: 'in-order' });
    expect(scorePillar(c, c.pillars[0], { a: 5, b: null })).to.include({ score: 100, unknown: 1, answered: 2 });
    const three = { ...c, pillars: [{ ...c.pillars[0], statements: [...c.pillars[0].statements, { id: 'c', text: 'C' }] }] } as Content;
    expect(scorePillar(three, three.pillars[0], { a: 5 }).score).to.equal(null);
    expect(scorePillar(three, three.pillars[0], { a: 1, b: 2 }).score).to.equal(13);
  });

  it('keeps scores within 0–100 when rounding puts the mean a hair outside a tiny scale', () => {
    const tiny = (lo: number, hi: number) =>
      ({ ...builtin, scale: { options: [{ value: lo, label: 'lo' }, { value: hi, label: 'hi' }] }, pillars: [{ id: 'p', title: 'P', statements: ['a', 'b', 'c'].map((id) => ({ id, text: id })) }] }) as Content;
    // (0.1 + 0.1 + 0.1) / 3 = 0.10000000000000002: above the top of the scale; unclamped this scores 200.
    const over = tiny(0.09999999999999999, 0.1);
    expect(scorePillar(over, over.pillars[0], { a: 0.1, b: 0.1, c: 0.1 })).to.include({ score: 100, mean: 0.1, band: 'in-order' });
    // Three times 0.33600802407221664, divided by 3, falls below it: unclamped this scores -100.
    const v = 0.33600802407221664;
    const under = tiny(v, 0.3360080240722167);
    expect(scorePillar(under, under.pillars[0], { a: v, b: v, c: v })).to.include({ score: 0, mean: v, band: 'priority' });
    expect(Object.is(scorePillar(under, under.pillars[0], { a: v, b: v, c: v }).score, 0)).to.equal(true);
  });

  it('statementsByValue leaves out unknown and unanswered statements', () => {
    const pillar = builtin.pillars[0];
    const [a, b, c, d] = pillar.statements.map((s) => s.id);
    const answers = { [a]: 4, [b]: null, [c]: 2, [d]: 4 };
    expect(statementsByValue(pillar, answers, 'asc').map((x) => [x.statement.id, x.value])).to.deep.equal([[c, 2], [a, 4], [d, 4]]);
    expect(statementsByValue(pillar, answers, 'desc').map((x) => [x.statement.id, x.value])).to.deep.equal([[a, 4], [d, 4], [c, 2]]);
  });
});
