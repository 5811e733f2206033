import { expect } from '@open-wc/testing';
import { planSchema, measureSchema, hasVisibleText, PLAN_LIMITS } from '../../src/plan/plan-schema.js';
import { validatePlan } from '../../src/plan/plan-content.js';
import { resultSchema } from '../../src/scoring/result-schema.js';
import { score } from '../../src/scoring/score.js';
import { contentSchema } from '../../src/content/schema.js';
import { en } from '../../src/generated/builtin-content.js';
import { custom } from '../fixtures/custom-content.js';
import { content, measure, plan, p1, p2 } from './support.js';

describe('plan schema: a measure', () => {
  describe('text: required, trimmed, visible, at most 500 characters', () => {
    const cases: [string, string, string | null][] = [
      ['a plain text', 'Gedragscode bespreken', 'Gedragscode bespreken'],
      ['spaces around are trimmed', '  Vertrouwenspersoon aanstellen \n', 'Vertrouwenspersoon aanstellen'],
      ['exactly 500 characters', 'x'.repeat(500), 'x'.repeat(500)],
      ['501 characters', 'x'.repeat(501), null],
      ['empty', '', null],
      ['only spaces', '   \t ', null],
      ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF', null],
      ['only no-break and ideographic spaces', '\u00A0\u3000\u202F', null],
      ['only direction marks and a soft hyphen', '\u200E\u200F\u00AD', null],
      ['a hostile string stays plain text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
      ['one visible character among zero-width ones', '\u200Bx\u200B', '\u200Bx\u200B'],
    ];
    for (const [name, text, expected] of cases) {
      it(`${name} → ${expected === null ? 'refused' : 'kept'}`, () => {
        const parsed = measureSchema.safeParse(measure('m1', p1, { text }));
        expect(parsed.success).to.equal(expected !== null);
        if (parsed.success) expect(parsed.data.text).to.equal(expected);
        else expect(parsed.error.issues.map((i) => i.path.join('.'))).to.deep.equal(['text']);
      });
    }
    it('hasVisibleText agrees', () => {
      expect([hasVisibleText('\u200B'), hasVisibleText(' a '), hasVisibleText('\uFEFF\u2060')]).to.deep.equal([false, true, false]);
    });
  });

  describe('due: a real calendar date as YYYY-MM-DD', () => {
    const cases: [string, boolean][] = [
      ['2026-03-15', true],
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['2026-02-29', false],
      ['1900-02-29', false],
      ['2026-04-31', false],
      ['2026-13-01', false],
      ['2026-00-10', false],
      ['2026-1-5', false],
      ['26-01-05', false],
      ['2026-01-05T00:00', false],
      ['05-01-2026', false],
      ['', false],
    ];
    for (const [due, ok] of cases) {
      it(`"${due}" → ${ok ? 'valid' : 'refused'}`, () => expect(measureSchema.safeParse(measure('m1', p1, { due })).success).to.equal(ok));
    }
  });

  describe('status', () => {
    for (const [status, ok] of [['open', true], ['doing', true], ['done', true], ['closed', false], ['', false]] as const) {
      it(`"${status}" → ${ok ? 'valid' : 'refused'}`, () => expect(measureSchema.safeParse({ ...measure('m1', p1), status }).success).to.equal(ok));
    }
  });

  describe('tool link', () => {
    it('keeps a safe link and refuses a javascript: one', () => {
      expect(measureSchema.safeParse(measure('m1', p1, { tool: { title: 'Gedragscode', url: 'https://example.org/a' } })).success).to.equal(true);
      const bad = measureSchema.safeParse(measure('m1', p1, { tool: { title: 'x', url: 'javascript:alert(1)' } }));
      expect(bad.success).to.equal(false);
      expect(bad.error!.issues.map((i) => i.path.join('.'))).to.deep.equal(['tool.url']);
    });
  });
});

describe('plan schema: the plan', () => {
  it('refuses a duplicate measure id at its path', () => {
    const v = validatePlan(content, plan(measure('a', p1), measure('a', p2)));
    expect(v.ok).to.equal(false);
    if (!v.ok) expect(v.issues.map((i) => [i.path, i.key, i.value])).to.deep.equal([['measures[1].id', 'duplicate-id', 'a']]);
  });

  it(`refuses the ${PLAN_LIMITS.measuresPerPillar + 1}st measure of one pillar, not 50 spread with one elsewhere`, () => {
    const fifty = Array.from({ length: 50 }, (_, i) => measure(`m${i}`, p1));
    expect(planSchema.safeParse(plan(...fifty, measure('other', p2))).success).to.equal(true);
    const v = validatePlan(content, plan(...fifty, measure('m50', p1)));
    expect(v.ok).to.equal(false);
    if (!v.ok) expect(v.issues.map((i) => [i.path, i.key])).to.deep.equal([['measures[50]', 'too-many-measures']]);
  });

  it('needs updatedAt as an ISO date-time', () => {
    expect(planSchema.safeParse({ updatedAt: 'gisteren', measures: [] }).success).to.equal(false);
    expect(planSchema.safeParse({ updatedAt: '2026-03-03T10:00:00+01:00', measures: [] }).success).to.equal(true);
  });
});

describe('validatePlan against the content', () => {
  const cases: { name: string; value: unknown; issues: [string, string, string?][] }[] = [
    { name: 'a fitting plan', value: plan(measure('a', p1, { statementId: content.pillars[0].statements[1].id }), measure('b', p2)), issues: [] },
    { name: 'an unknown pillar', value: plan(measure('a', p1), measure('b', p2), measure('c', 'geen-pijler')), issues: [['measures[2].pillarId', 'unknown-pillar', 'geen-pijler']] },
    { name: 'an unknown statement', value: plan(measure('a', p1, { statementId: 'nope' })), issues: [['measures[0].statementId', 'unknown-statement', 'nope']] },
    {
      name: "another pillar's statement",
      value: plan(measure('a', p1, { statementId: content.pillars[1].statements[0].id })),
      issues: [['measures[0].statementId', 'statement-pillar', content.pillars[1].statements[0].id]],
    },
    { name: 'not an object', value: 42, issues: [['(root)', 'invalid_type']] },
    { name: 'a measure without text', value: { updatedAt: '2026-03-03T10:00:00Z', measures: [{ id: 'a', pillarId: p1, status: 'open' }] }, issues: [['measures[0].text', 'invalid_type']] },
    { name: 'a wrong status and date', value: plan({ ...measure('a', p1), status: 'klaar' as 'done', due: '2026-02-30' }), issues: [['measures[0].due', 'invalid_format'], ['measures[0].status', 'invalid_value']] },
    { name: 'text that is not JSON', value: '{nope', issues: [['(root)', 'invalid_json']] },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.issues.length ? c.issues.map((i) => i[0]).join(', ') : 'ok'}`, () => {
      const v = validatePlan(content, c.value);
      expect(v.ok).to.equal(c.issues.length === 0);
      if (!v.ok) {
        const got = v.issues.map((i) => [i.path, i.key ?? i.code, ...(i.value === undefined ? [] : [i.value])]).sort();
        expect(got).to.deep.equal(c.issues.map((i) => [...i]).sort());
      }
    });
  }

  it('reads JSON text', () => {
    const v = validatePlan(content, JSON.stringify(plan(measure('a', p1, { owner: ' Sam ', due: '2026-04-01' }))));
    expect(v.ok && v.plan.measures[0]).to.deep.equal({ id: 'a', pillarId: p1, text: 'Maatregel a', owner: 'Sam', due: '2026-04-01', status: 'open' });
  });
});

describe('resultSchema with the optional plan (schemaVersion stays 1)', () => {
  const answersOf = (c: { pillars: { statements: { id: string }[] }[] }, value: number | null) =>
    Object.fromEntries(c.pillars.flatMap((p) => p.statements.map((s) => [s.id, value])));
  const customContent = contentSchema.parse(custom);
  const existing = {
    'a built-in Dutch result': score(content, answersOf(content, 4), { locale: 'nl', completedAt: new Date('2025-01-01T00:00:00Z') }),
    'a built-in English result, all unknown': score(contentSchema.parse(en), answersOf(content, null), { locale: 'en' }),
    'a custom-content result': score(customContent, answersOf(customContent, 0), { locale: 'nl' }),
    'a stored result as JSON written before plans existed': JSON.parse(
      '{"schemaVersion":1,"content":{"id":"jzw-quickscan-sociale-veiligheid","version":"2024-05","locale":"nl"},"completedAt":"2025-06-01T08:00:00.000+02:00","scale":{"min":1,"max":5},"answers":[{"statementId":"x","pillarId":"y","value":null}],"pillars":[{"id":"y","title":"Y","score":null,"mean":null,"answered":1,"unknown":1,"total":1,"band":"insufficient"}],"priorities":[]}',
    ),
  };
  for (const [name, result] of Object.entries(existing)) {
    it(`${name} stays valid and unchanged`, () => {
      const parsed = resultSchema.safeParse(JSON.parse(JSON.stringify(result)));
      expect(parsed.success).to.equal(true);
      expect(parsed.data).to.deep.equal(JSON.parse(JSON.stringify(result)));
      expect(parsed.data!.schemaVersion).to.equal(1);
    });
  }

  it('keeps a valid plan and refuses an invalid one with the path under plan', () => {
    const base = existing['a built-in Dutch result'];
    const withPlan = { ...base, plan: plan(measure('a', p1, { due: '2026-05-01', owner: 'HR' })) };
    const ok = resultSchema.safeParse(withPlan);
    expect(ok.success).to.equal(true);
    expect(ok.data!.plan).to.deep.equal(withPlan.plan);
    const bad = resultSchema.safeParse({ ...base, plan: plan(measure('a', p1, { text: '\u200B' })) });
    expect(bad.success).to.equal(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).to.deep.equal(['plan.measures.0.text']);
  });
});
