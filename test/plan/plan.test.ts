import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addMeasure,
  editMeasure,
  emptyPlan,
  isOverdue,
  localDate,
  moveMeasure,
  newMeasureId,
  removeMeasure,
  restoreMeasure,
  setMeasureStatus,
  suggestions,
  clipMeasureText,
  type PlanChange,
  type PlanRefusal,
} from '../../src/plan/plan.js';
import { validatePlan } from '../../src/plan/plan-content.js';
import { planSchema, type Plan } from '../../src/plan/plan-schema.js';
import { contentSchema } from '../../src/content/schema.js';
import { score } from '../../src/scoring/score.js';
import { content, measure, plan, p1, p2, p3, NOW, LATER } from './support.js';

function ok<T extends { ok: true }>(r: T | PlanRefusal): T {
  if (!r.ok) throw new Error(`refused: ${r.reason} ${JSON.stringify(r.issues ?? [])}`);
  return r;
}
const ids = (p: Plan) => p.measures.map((m) => m.id);

describe('plan operations', () => {
  describe('add', () => {
    it('adds at the end with status open, trimmed text, empty owner and due dropped, and a new updatedAt', () => {
      const r = ok(addMeasure(plan(measure('a', p1)), { pillarId: p2, text: '  Vertrouwenspersoon  ', owner: '  ', due: '' }, LATER, 'b'));
      expect(r.measure).to.deep.equal({ id: 'b', pillarId: p2, text: 'Vertrouwenspersoon', status: 'open' });
      expect(ids(r.plan)).to.deep.equal(['a', 'b']);
      expect(r.plan.updatedAt).to.equal(LATER.toISOString());
    });

    it('keeps a link to the statement or the tool it came from', () => {
      const statementId = content.pillars[0].statements[0].id;
      const r1 = ok(addMeasure(emptyPlan(NOW), { pillarId: p1, statementId, text: 'x', owner: 'Teamleider', due: '2026-06-30', status: 'doing' }, NOW, 'a'));
      expect(r1.measure).to.deep.equal({ id: 'a', pillarId: p1, statementId, text: 'x', owner: 'Teamleider', due: '2026-06-30', status: 'doing' });
      const tool = { title: 'Gedragscode', url: 'https://example.org/' };
      expect(ok(addMeasure(r1.plan, { pillarId: p1, tool, text: 'y' }, NOW, 'b')).measure.tool).to.deep.equal(tool);
    });

    const refusals: { name: string; draft: Parameters<typeof addMeasure>[1]; reason: string; paths?: string[] }[] = [
      { name: 'no visible text', draft: { pillarId: p1, text: '\u200B ' }, reason: 'invalid', paths: ['text'] },
      { name: 'text over 500', draft: { pillarId: p1, text: 'x'.repeat(501) }, reason: 'invalid', paths: ['text'] },
      { name: 'an impossible date', draft: { pillarId: p1, text: 'x', due: '2026-02-30' }, reason: 'invalid', paths: ['due'] },
      { name: 'an unsafe tool link', draft: { pillarId: p1, text: 'x', tool: { title: 't', url: 'javascript:x' } }, reason: 'invalid', paths: ['tool.url'] },
    ];
    for (const c of refusals) {
      it(`refuses ${c.name} (${c.reason}) and leaves the plan as it was`, () => {
        const before = plan(measure('a', p1));
        const r = addMeasure(before, c.draft, LATER);
        expect(r.ok).to.equal(false);
        if (!r.ok) {
          expect(r.reason).to.equal(c.reason);
          expect(r.issues!.map((i) => i.path)).to.deep.equal(c.paths);
        }
        expect(before).to.deep.equal(plan(measure('a', p1)));
      });
    }

    it('refuses the 51st measure of a pillar with reason "limit", while another pillar still takes one', () => {
      let p = emptyPlan(NOW);
      for (let i = 0; i < 50; i += 1) p = ok(addMeasure(p, { pillarId: p1, text: `m${i}` }, NOW, `m${i}`)).plan;
      expect(addMeasure(p, { pillarId: p1, text: 'one more' }, NOW)).to.deep.equal({ ok: false, reason: 'limit' });
      expect(ok(addMeasure(p, { pillarId: p2, text: 'elsewhere' }, NOW)).plan.measures).to.have.length(51);
    });

    it('gives new ids that are unique in the plan', () => {
      let p = emptyPlan(NOW);
      for (let i = 0; i < 5; i += 1) p = ok(addMeasure(p, { pillarId: p1, text: `m${i}` }, NOW)).plan;
      expect(new Set(ids(p)).size).to.equal(5);
      expect(newMeasureId(p, NOW)).to.not.be.oneOf(ids(p));
      expect(addMeasure(p, { pillarId: p1, text: 'x' }, NOW, ids(p)[0])).to.deep.equal({ ok: false, reason: 'duplicate-id' });
    });
  });

  describe('edit and status', () => {
    const start = plan(measure('a', p1, { owner: 'Sam', due: '2026-04-01' }), measure('b', p2));
    const cases: { name: string; patch: Parameters<typeof editMeasure>[2]; expected: object }[] = [
      { name: 'text', patch: { text: ' Nieuw ' }, expected: { id: 'a', pillarId: p1, text: 'Nieuw', owner: 'Sam', due: '2026-04-01', status: 'open' } },
      { name: 'owner cleared with null', patch: { owner: null }, expected: { id: 'a', pillarId: p1, text: 'Maatregel a', due: '2026-04-01', status: 'open' } },
      { name: 'owner cleared with spaces', patch: { owner: '  ' }, expected: { id: 'a', pillarId: p1, text: 'Maatregel a', due: '2026-04-01', status: 'open' } },
      { name: 'due cleared with ""', patch: { due: '' }, expected: { id: 'a', pillarId: p1, text: 'Maatregel a', owner: 'Sam', status: 'open' } },
      { name: 'status', patch: { status: 'done' }, expected: { id: 'a', pillarId: p1, text: 'Maatregel a', owner: 'Sam', due: '2026-04-01', status: 'done' } },
    ];
    for (const c of cases) {
      it(`edits ${c.name}`, () => {
        const r = ok(editMeasure(start, 'a', c.patch, LATER));
        expect(r.plan.measures[0]).to.deep.equal(c.expected);
        expect(r.plan.measures[1]).to.equal(start.measures[1]);
        expect(r.plan.updatedAt).to.equal(LATER.toISOString());
        expect(start.measures[0].text).to.equal('Maatregel a');
      });
    }

    it('returns the same plan when nothing changes (no event needed)', () => {
      expect(ok(editMeasure(start, 'a', { text: 'Maatregel a ', owner: 'Sam' }, LATER)).plan).to.equal(start);
    });

    it('refuses an unknown id and an invalid value', () => {
      expect(editMeasure(start, 'zz', { text: 'x' }, LATER)).to.deep.equal({ ok: false, reason: 'not-found' });
      const r = editMeasure(start, 'a', { text: '' }, LATER) as PlanRefusal;
      expect([r.ok, r.reason, r.issues!.map((i) => i.path)]).to.deep.equal([false, 'invalid', ['text']]);
    });

    it('setMeasureStatus sets the status', () => {
      expect(ok(setMeasureStatus(start, 'b', 'doing', LATER)).plan.measures[1].status).to.equal('doing');
    });
  });

  describe('remove and undo', () => {
    it('removes and restores at the same place', () => {
      const start = plan(measure('a', p1), measure('b', p2), measure('c', p1));
      const removed = ok(removeMeasure(start, 'b', LATER));
      expect(ids(removed.plan)).to.deep.equal(['a', 'c']);
      expect(removed.removed).to.deep.equal({ measure: start.measures[1], index: 1 });
      const back = ok(restoreMeasure(removed.plan, removed.removed, LATER));
      expect(back.plan.measures).to.deep.equal(start.measures);
    });

    it('refuses to restore over a taken id or a full pillar, and to remove what is not there', () => {
      const start = plan(measure('a', p1));
      const { removed } = ok(removeMeasure(start, 'a', LATER));
      expect(restoreMeasure(plan(measure('a', p2)), removed, LATER)).to.deep.equal({ ok: false, reason: 'duplicate-id' });
      const full = plan(...Array.from({ length: 50 }, (_, i) => measure(`m${i}`, p1)));
      expect(restoreMeasure(full, removed, LATER)).to.deep.equal({ ok: false, reason: 'limit' });
      expect(removeMeasure(start, 'zz', LATER)).to.deep.equal({ ok: false, reason: 'not-found' });
    });
  });

  describe('move within the pillar', () => {
    const start = plan(measure('a1', p1), measure('b1', p2), measure('a2', p1), measure('c1', p3), measure('a3', p1));
    const cases: [string, 'up' | 'down', string[] | string][] = [
      ['a2', 'up', ['a2', 'b1', 'a1', 'c1', 'a3']],
      ['a2', 'down', ['a1', 'b1', 'a3', 'c1', 'a2']],
      ['a1', 'down', ['a2', 'b1', 'a1', 'c1', 'a3']],
      ['a1', 'up', 'edge'],
      ['a3', 'down', 'edge'],
      ['b1', 'up', 'edge'],
      ['zz', 'up', 'not-found'],
    ];
    for (const [id, direction, expected] of cases) {
      it(`${id} ${direction} → ${Array.isArray(expected) ? expected.join(' ') : expected}`, () => {
        const r = moveMeasure(start, id, direction, LATER);
        if (Array.isArray(expected)) expect(ids((r as PlanChange).plan)).to.deep.equal(expected);
        else expect(r).to.deep.equal({ ok: false, reason: expected });
      });
    }
  });
});

describe('plan operations: laws (fast-check)', () => {
  const pillarIds = content.pillars.map((p) => p.id);
  const arbPlan = fc
    .array(fc.record({ pillar: fc.constantFrom(...pillarIds), text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '') }), { maxLength: 30 })
    .map((items) => plan(...items.map((it, i) => measure(`m${i}`, it.pillar, { text: it.text.trim() || 'x' }))));
  const arbMoves = fc.array(fc.tuple(fc.nat(40), fc.constantFrom<'up' | 'down'>('up', 'down')), { maxLength: 40 });

  it('reordering is a permutation that keeps each pillar in its own places', () => {
    fc.assert(
      fc.property(arbPlan, arbMoves, (start, moves) => {
        let p = start;
        for (const [n, direction] of moves) {
          if (!p.measures.length) break;
          const r = moveMeasure(p, p.measures[n % p.measures.length].id, direction, LATER);
          if (r.ok) p = r.plan;
        }
        expect([...ids(p)].sort()).to.deep.equal([...ids(start)].sort());
        expect(p.measures.map((m) => m.pillarId)).to.deep.equal(start.measures.map((m) => m.pillarId));
        expect(planSchema.safeParse(p).success).to.equal(true);
      }),
    );
  });

  it('moving down then up (when both are allowed) gives the plan back', () => {
    fc.assert(
      fc.property(arbPlan, fc.nat(40), (start, n) => {
        fc.pre(start.measures.length > 0);
        const id = start.measures[n % start.measures.length].id;
        const down = moveMeasure(start, id, 'down', LATER);
        fc.pre(down.ok);
        expect(ok(moveMeasure((down as PlanChange).plan, id, 'up', LATER)).plan.measures).to.deep.equal(start.measures);
      }),
    );
  });

  it('add then remove, and remove then restore, give the measures back', () => {
    fc.assert(
      fc.property(arbPlan, fc.constantFrom(...pillarIds), fc.nat(40), (start, pillarId, n) => {
        const added = addMeasure(start, { pillarId, text: 'Nieuw' }, LATER);
        if (added.ok) expect(ok(removeMeasure(added.plan, added.measure.id, LATER)).plan.measures).to.deep.equal(start.measures);
        else expect(added.reason).to.equal('limit');
        if (start.measures.length) {
          const removed = ok(removeMeasure(start, start.measures[n % start.measures.length].id, LATER));
          expect(ok(restoreMeasure(removed.plan, removed.removed, LATER)).plan.measures).to.deep.equal(start.measures);
        }
      }),
    );
  });

  it('whatever the operations, the plan stays valid for the content', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), pillarId: fc.constantFrom(...pillarIds), text: fc.string({ maxLength: 600 }) }),
      fc.record({ kind: fc.constant('edit' as const), n: fc.nat(), text: fc.string({ maxLength: 600 }), due: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('status' as const), n: fc.nat(), status: fc.constantFrom('open' as const, 'doing' as const, 'done' as const) }),
      fc.record({ kind: fc.constant('remove' as const), n: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), n: fc.nat(), up: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let p = emptyPlan(NOW);
        for (const o of ops) {
          const id = p.measures.length ? p.measures[('n' in o ? o.n : 0) % p.measures.length].id : 'none';
          const r =
            o.kind === 'add' ? addMeasure(p, { pillarId: o.pillarId, text: o.text }, LATER)
            : o.kind === 'edit' ? editMeasure(p, id, { text: o.text, due: o.due }, LATER)
            : o.kind === 'status' ? setMeasureStatus(p, id, o.status, LATER)
            : o.kind === 'remove' ? removeMeasure(p, id, LATER)
            : moveMeasure(p, id, o.up ? 'up' : 'down', LATER);
          if (r.ok) p = r.plan;
        }
        expect(validatePlan(content, p)).to.deep.equal({ ok: true, plan: p });
      }),
    );
  });
});

describe('isOverdue ("verlopen")', () => {
  const cases: [string, { due?: string; status: 'open' | 'doing' | 'done' }, boolean][] = [
    ['due yesterday, open', { due: '2026-03-02', status: 'open' }, true],
    ['due yesterday, doing', { due: '2026-03-02', status: 'doing' }, true],
    ['due yesterday, done', { due: '2026-03-02', status: 'done' }, false],
    ['due today', { due: '2026-03-03', status: 'open' }, false],
    ['due tomorrow', { due: '2026-03-04', status: 'open' }, false],
    ['due last year', { due: '2025-12-31', status: 'open' }, true],
    ['no due date', { status: 'open' }, false],
  ];
  for (const [name, m, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      expect(isOverdue(m, '2026-03-03')).to.equal(expected);
      expect(isOverdue(m, new Date(2026, 2, 3, 23, 59))).to.equal(expected);
    });
  }
  it('localDate uses the local calendar day', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 1))).to.equal('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).to.equal('2026-12-31');
  });
});

describe('suggestions', () => {
  const pillar = content.pillars[1]; // risicos-preventie: 4 statements
  const [s0, s1, s2, s3] = pillar.statements.map((s) => s.id);
  const resultWith = (values: Record<string, number | null>) => score(content, values, { locale: 'nl' });
  const cases: { name: string; values: Record<string, number | null>; expected: string[] }[] = [
    { name: 'lowest first, at or below the middle (3)', values: { [s0]: 3, [s1]: 1, [s2]: 4, [s3]: 2 }, expected: [s1, s3, s0] },
    { name: 'equal values keep content order', values: { [s0]: 2, [s1]: 2, [s2]: 2, [s3]: 2 }, expected: [s0, s1, s2] },
    { name: '"Weet ik niet" and unanswered left out', values: { [s0]: null, [s1]: 1 }, expected: [s1] },
    { name: 'nothing when all is above the middle', values: { [s0]: 4, [s1]: 5, [s2]: 4, [s3]: 5 }, expected: [] },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.expected.join(', ') || 'none'}`, () => {
      const s = suggestions(content, resultWith(c.values)).find((x) => x.pillarId === pillar.id)!;
      expect(s.statements.map((x) => x.statementId)).to.deep.equal(c.expected);
      for (const x of s.statements) expect(x.draft).to.deep.equal({ pillarId: pillar.id, statementId: x.statementId, text: pillar.statements.find((st) => st.id === x.statementId)!.text });
    });
  }

  it('offers every pillar (content order) with its tools as drafts that can be added and validate', () => {
    const all = suggestions(content, resultWith({}));
    expect(all.map((s) => s.pillarId)).to.deep.equal(content.pillars.map((p) => p.id));
    expect(all[1].tools.map((t) => t.tool)).to.deep.equal(pillar.tools);
    let p = emptyPlan(NOW);
    for (const s of suggestions(content, resultWith(Object.fromEntries(content.pillars.flatMap((x) => x.statements.map((st) => [st.id, 1]))))))
      for (const d of [...s.statements, ...s.tools]) p = ok(addMeasure(p, d.draft, NOW)).plan;
    expect(p.measures.filter((m) => m.tool)).to.have.length(content.pillars.reduce((n, x) => n + (x.tools?.length ?? 0), 0));
    expect(validatePlan(content, p).ok).to.equal(true);
  });

  it('clips a long statement to 500 characters without splitting an emoji', () => {
    const long = contentSchema.parse({ ...content, pillars: [{ id: 'p', title: 'P', statements: [{ id: 's', text: `${'a'.repeat(498)}😀${'b'.repeat(100)}` }] }] });
    const [s] = suggestions(long, { answers: [{ statementId: 's', value: 1 }] });
    const text = s.statements[0].draft.text;
    expect(text.length).to.be.at.most(500);
    expect(text).to.equal(`${'a'.repeat(498)}…`);
    expect(clipMeasureText('kort')).to.equal('kort');
    expect(ok(addMeasure(emptyPlan(NOW), s.statements[0].draft, NOW)).measure.text).to.equal(text);
  });
});
