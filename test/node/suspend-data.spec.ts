// Suspend data (SCORM cmi.suspend_data) at its edges, in Node: every guard of the encoding and decoding
// has an example that needs it (found with mutation testing: npm run mutation).
import { expect } from 'chai';
import fc from 'fast-check';
import {
  decodeSuspendData,
  encodeSuspendData,
  layoutFingerprint,
  needsLayout,
  type Progress,
  type SuspendLayout,
} from '../../src/adapters/suspend-data.js';

const ids = Array.from({ length: 300 }, (_, i) => `statement-${String(i).padStart(3, '0')}-xxxxxxxxxxxx`);
const layout: SuspendLayout = { statementIds: ids, values: [1, 2, 3, 4, 5] };
const answersFor = (pick: (i: number) => number | null | undefined) => {
  const answers: Progress['answers'] = {};
  ids.forEach((id, i) => {
    const v = pick(i);
    if (v !== undefined) answers[id] = v;
  });
  return answers;
};
/** Too long for the keyed form in 4,096 characters: the positional form is needed. */
const big: Progress = { answers: answersFor((i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? null : (i % 5) + 1)), step: 2, completedAt: '2024-05-01T10:00:00.000Z' };

describe('suspend data (edges)', () => {
  it('fingerprints tell layouts apart: ids, their order and boundaries, and values', () => {
    const fp = (statementIds: string[], values: number[]) => layoutFingerprint({ statementIds, values });
    const all = [
      fp(['a', 'b'], [1, 2]),
      fp(['b', 'a'], [1, 2]),
      fp(['ab'], [1, 2]),
      fp(['a', 'b'], [12]),
      fp(['a', 'b'], [2, 1]),
      fp(['a'], [1]),
      fp(['a1'], []),
      fp([], [1]),
      fp(['a', 'b', ''], [1, 2]),
    ];
    expect(new Set(all).size).to.equal(all.length);
    expect(fp(['a', 'b'], [1, 2])).to.equal(fp(['a', 'b'], [1, 2]));
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.array(fc.integer(), { maxLength: 6 }), fc.string({ minLength: 1 }), (a, v, extra) => {
        expect(fp(a, v)).not.to.equal(fp([...a, extra], v));
      }),
      { numRuns: 2000 },
    );
  });

  it('keyed form: ids that cannot be read back and values that are not numbers are left out', () => {
    const answers = JSON.parse('{"__proto__": 1, "": 2, "a": 3, "b": null, "c": "4"}');
    Object.assign(answers, { d: Number.NaN, e: Number.POSITIVE_INFINITY, f: -2.5 });
    expect(encodeSuspendData({ answers, step: 'intro' })).to.equal('q1|i||a=3,b=~,f=-2.5');
  });

  it('keyed form escapes its separators in ids, and reads them back', () => {
    const progress: Progress = { answers: { 'a|b=c,d%e': 1 }, step: 'results' };
    const text = encodeSuspendData(progress)!;
    expect(text).to.equal('q1|r||a%7Cb%3Dc%2Cd%25e=1');
    expect(decodeSuspendData(text)).to.deep.equal(progress);
  });

  it('steps: intro, results or a pillar index up to six digits; anything else is refused', () => {
    expect(encodeSuspendData({ answers: {}, step: 'bogus' as never })).to.equal(null);
    expect(encodeSuspendData({ answers: {}, step: -1 })).to.equal(null);
    expect(decodeSuspendData('q1|123456||')).to.deep.equal({ answers: {}, step: 123456 });
    expect(decodeSuspendData('q1|0||')).to.deep.equal({ answers: {}, step: 0 });
    for (const step of ['1234567', '01', '12x', 'x1', '-1', '', 'I']) expect(decodeSuspendData(`q1|${step}||`), step).to.equal(null);
  });

  it('completion times: epoch milliseconds in base 36, from 1970 on; others are dropped or refused', () => {
    const epoch = '1970-01-01T00:00:00.000Z';
    expect(encodeSuspendData({ answers: {}, step: 'results', completedAt: epoch })).to.equal('q1|r|0|');
    expect(decodeSuspendData('q1|r|0|')).to.deep.equal({ answers: {}, step: 'results', completedAt: epoch });
    expect(encodeSuspendData({ answers: {}, step: 'results', completedAt: '1969-12-31T23:59:59.000Z' })).to.equal('q1|r||');
    expect(encodeSuspendData({ answers: {}, step: 'results', completedAt: 'garbage' })).to.equal('q1|r||');
    expect(encodeSuspendData({ answers: {}, step: 'results', completedAt: '' })).to.equal('q1|r||');
    const t = Date.parse('2024-05-01T10:00:00.000Z').toString(36);
    expect(decodeSuspendData(`q1|r|${t}|`)!.completedAt).to.equal('2024-05-01T10:00:00.000Z');
    for (const time of ['1!', '!1', 'A', '0000000000001', 'zzzzzzzzzzzz', '-1']) expect(decodeSuspendData(`q1|r|${time}|`), time).to.equal(null);
  });

  it('keyed form: number syntax of the values, and damaged pairs', () => {
    const value = (raw: string) => decodeSuspendData(`q1|i||a=${raw}`)?.answers.a;
    const ok: [string, number][] = [['3', 3], ['-3', -3], ['.55', 0.55], ['2.', 2], ['2.25', 2.25], ['1e5', 1e5], ['1E+5', 1e5], ['1e-5', 1e-5], ['1e10', 1e10]];
    for (const [raw, v] of ok) expect(value(raw), raw).to.equal(v);
    for (const raw of ['1x', 'x1', '', '.', '-', 'e5', '1e', '1e+', '.x', '1ex', '1e5x', '++1', '0x10', 'Infinity', 'NaN']) expect(value(raw), raw).to.equal(undefined);
    for (const bad of ['q1|i||=1', 'q1|i||__proto__=1', 'q1|i||a', 'q1|i||a=1,', 'q1|i|', 'q1|i||||', 'q1|i|||']) expect(decodeSuspendData(bad), bad).to.equal(null);
    expect(decodeSuspendData('q1|i||a=~,b=2')).to.deep.equal({ answers: { a: null, b: 2 }, step: 'intro' });
  });

  it('never reads what is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['q1|i||']]) expect(decodeSuspendData(v as never), String(v)).to.equal(null);
  });

  it('falls back to the positional form exactly when the keyed one is too long', () => {
    const keyed = encodeSuspendData(big, { maxLength: 1e6 })!;
    expect(keyed.startsWith('q1|2|')).to.equal(true);
    expect(encodeSuspendData(big, { maxLength: keyed.length })).to.equal(keyed);
    const positional = encodeSuspendData(big, { maxLength: keyed.length - 1, layout })!;
    expect(positional.startsWith('q1p|2|')).to.equal(true);
    expect(needsLayout(positional)).to.equal(true);
    expect(needsLayout(keyed)).to.equal(false);
    expect(decodeSuspendData(positional, layout)).to.deep.equal(big);
    expect(encodeSuspendData(big, { maxLength: positional.length, layout })).to.equal(positional);
    expect(encodeSuspendData(big, { maxLength: positional.length - 1, layout })).to.equal(null);
    // Without a layout a too-long keyed form gives null.
    expect(encodeSuspendData(big, { maxLength: keyed.length - 1 })).to.equal(null);
  });

  it('positional form: only answers of the layout, values of its scale, at most 36 values', () => {
    // Room enough for the positional form, not for the keyed one: only the rules below can refuse.
    const room = { maxLength: encodeSuspendData(big, { maxLength: 4096, layout })!.length + 2, layout };
    expect(encodeSuspendData(big, room)).to.not.equal(null);
    expect(encodeSuspendData({ ...big, answers: { ...big.answers, other: 1 } }, room)).to.equal(null);
    expect(encodeSuspendData({ ...big, answers: { ...big.answers, [ids[0]]: 7 } }, room)).to.equal(null);
    const values37 = Array.from({ length: 37 }, (_, i) => i);
    const last: Progress = { answers: { ...Object.fromEntries(ids.map((id) => [id, 1])), [ids[0]]: 36 }, step: 'results' };
    expect(encodeSuspendData(last, { maxLength: 400, layout: { statementIds: ids, values: values37 } })).to.equal(null);
    const values36 = Array.from({ length: 36 }, (_, i) => i);
    const top: Progress = { answers: Object.fromEntries(ids.map((id) => [id, 35])), step: 'results' };
    const text = encodeSuspendData(top, { maxLength: 1000, layout: { statementIds: ids, values: values36 } })!;
    expect(text.endsWith(`|${'z'.repeat(ids.length)}`)).to.equal(true);
    expect(decodeSuspendData(text, { statementIds: ids, values: values36 })).to.deep.equal(top);
    expect(encodeSuspendData({ ...top, answers: { [ids[0]]: 1 } }, { maxLength: 20, layout: { statementIds: ids, values: [...values36, 36] } })).to.equal(null);
  });

  it('positional form: refuses another layout, a damaged step, time, length or character', () => {
    const text = encodeSuspendData(big, { maxLength: 4096, layout })!;
    const [, step, time, fp, chars] = text.split('|');
    const join = (...parts: string[]) => parts.join('|');
    expect(decodeSuspendData(join('q1p', step, time, fp, chars), layout)).to.deep.equal(big);
    expect(decodeSuspendData(text, { statementIds: [...ids].reverse(), values: layout.values })).to.equal(null);
    expect(decodeSuspendData(text)).to.equal(null);
    expect(decodeSuspendData(join('q9p', step, time, fp, chars), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, time, fp), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, time, fp, chars, ''), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', 'x', time, fp, chars), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, '!!', fp, chars), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, time, fp, chars.slice(1)), layout)).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, '', fp, chars), layout)).to.deep.equal({ answers: big.answers, step: 2 });
    for (const c of ['5', 'A', '!', 'z']) expect(decodeSuspendData(join('q1p', step, time, fp, c + chars.slice(1)), layout), c).to.equal(null);
    expect(decodeSuspendData(join('q1p', step, time, fp, `4${chars.slice(1)}`), layout)!.answers[ids[0]]).to.equal(5);
  });
});
