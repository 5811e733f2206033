import { expect } from 'chai';
import { bandFor, score, scorePillar } from '../../src/scoring/score.js';
import { contentSchema, type Content } from '../../src/content/schema.js';
import { resultSchema } from '../../src/scoring/result-schema.js';
import { nl } from '../../src/generated/builtin-content.js';

const content: Content = contentSchema.parse(nl);
const defaultBands = content.bands;

/** A content with one pillar of `n` statements on the default 1–5 scale. */
function onePillar(n: number): Content {
  return contentSchema.parse({
    id: 't',
    version: '1',
    title: 'T',
    scale: content.scale,
    bands: defaultBands,
    pillars: [{ id: 'p', title: 'P', statements: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: `S${i}` })) }],
  });
}

describe('scoring (pure)', () => {
  describe('bandFor at the band edges', () => {
    const cases: [number | null, string][] = [
      [0, 'priority'],
      [49, 'priority'],
      [50, 'attention'],
      [74, 'attention'],
      [75, 'in-order'],
      [100, 'in-order'],
      [null, 'insufficient'],
    ];
    for (const [value, band] of cases) {
      it(`score ${value} → ${band}`, () => expect(bandFor(defaultBands, value)).to.equal(band));
    }
  });

  describe('pillar score = round(100 × (mean − min) / (max − min)), excluding "Weet ik niet"', () => {
    const c4 = onePillar(4);
    const cases: { name: string; answers: Record<string, number | null>; score: number | null; mean: number | null; answered: number; unknown: number; band: string }[] = [
      { name: 'all 5 → 100', answers: { s0: 5, s1: 5, s2: 5, s3: 5 }, score: 100, mean: 5, answered: 4, unknown: 0, band: 'in-order' },
      { name: 'all 1 → 0', answers: { s0: 1, s1: 1, s2: 1, s3: 1 }, score: 0, mean: 1, answered: 4, unknown: 0, band: 'priority' },
      { name: 'all 3 → 50 (edge of attention)', answers: { s0: 3, s1: 3, s2: 3, s3: 3 }, score: 50, mean: 3, answered: 4, unknown: 0, band: 'attention' },
      { name: 'mean 2.75 → 44', answers: { s0: 2, s1: 3, s2: 3, s3: 3 }, score: 44, mean: 2.75, answered: 4, unknown: 0, band: 'priority' },
      { name: 'mean 4 → 75 (edge of in order)', answers: { s0: 4, s1: 4, s2: 4, s3: 4 }, score: 75, mean: 4, answered: 4, unknown: 0, band: 'in-order' },
      { name: 'mean 3.75 → 69', answers: { s0: 4, s1: 4, s2: 4, s3: 3 }, score: 69, mean: 3.75, answered: 4, unknown: 0, band: 'attention' },
      { name: 'unknowns are left out of the mean', answers: { s0: 5, s1: 4, s2: null, s3: null }, score: 88, mean: 4.5, answered: 4, unknown: 2, band: 'in-order' },
      { name: 'exactly half with a value is enough', answers: { s0: 2, s1: 2, s2: null, s3: null }, score: 25, mean: 2, answered: 4, unknown: 2, band: 'priority' },
      { name: 'fewer than half with a value → insufficient', answers: { s0: 5, s1: null, s2: null, s3: null }, score: null, mean: null, answered: 4, unknown: 3, band: 'insufficient' },
      { name: 'all "Weet ik niet" → insufficient', answers: { s0: null, s1: null, s2: null, s3: null }, score: null, mean: null, answered: 4, unknown: 4, band: 'insufficient' },
      { name: 'nothing answered → insufficient', answers: {}, score: null, mean: null, answered: 0, unknown: 0, band: 'insufficient' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = scorePillar(c4, c4.pillars[0], c.answers);
        expect({ score: r.score, mean: r.mean, answered: r.answered, unknown: r.unknown, band: r.band, total: r.total }).to.deep.equal({
          score: c.score,
          mean: c.mean,
          answered: c.answered,
          unknown: c.unknown,
          band: c.band,
          total: 4,
        });
      });
    }

    it('rounds half up at the 49/50 and 74/75 edges (50 statements: 49.5 → 50, 74.5 → 75)', () => {
      const c50 = onePillar(50);
      const answers = (most: number, last: number) => Object.fromEntries(c50.pillars[0].statements.map((s, i) => [s.id, i === 49 ? last : most]));
      const edge50 = scorePillar(c50, c50.pillars[0], answers(3, 2)); // mean 2.98 → 49.5
      expect([edge50.score, edge50.band]).to.deep.equal([50, 'attention']);
      const edge75 = scorePillar(c50, c50.pillars[0], answers(4, 3)); // mean 3.98 → 74.5
      expect([edge75.score, edge75.band]).to.deep.equal([75, 'in-order']);
      const below = scorePillar(c50, c50.pillars[0], answers(3, 1)); // mean 2.96 → 49
      expect([below.score, below.band]).to.deep.equal([49, 'priority']);
      const below75 = scorePillar(c50, c50.pillars[0], answers(4, 2)); // mean 3.96 → 74
      expect([below75.score, below75.band]).to.deep.equal([74, 'attention']);
    });
  });

  describe('the whole result', () => {
    it('lists priorities (priority and attention bands) lowest score first, and no overall total', () => {
      const answers: Record<string, number | null> = {};
      // The later pillar scores lowest, so content order and score order differ: p4 must come before p2.
      const perPillar = [4, 3, 5, 2]; // p1 75 in order, p2 50 attention, p3 100, p4 25 priority
      content.pillars.forEach((p, i) => p.statements.forEach((s) => (answers[s.id] = perPillar[i])));
      const result = score(content, answers, { locale: 'nl', completedAt: new Date('2026-01-02T03:04:05Z') });
      expect(result.pillars.map((p) => [p.id, p.score, p.band])).to.deep.equal([
        ['sociaal-psychologisch-veilig', 75, 'in-order'],
        ['risicos-preventie', 50, 'attention'],
        ['reageren', 100, 'in-order'],
        ['afhandeling-nazorg', 25, 'priority'],
      ]);
      expect(result.priorities).to.deep.equal(['afhandeling-nazorg', 'risicos-preventie']);
      expect(result).to.not.have.property('total');
      expect(result).to.not.have.property('score');
      expect(result.completedAt).to.equal('2026-01-02T03:04:05.000Z');
      expect(result.scale).to.deep.equal({ min: 1, max: 5 });
      expect(result.content).to.deep.equal({ id: 'jzw-quickscan-sociale-veiligheid', version: '2024-05', locale: 'nl' });
      expect(result.answers).to.have.length(18);
      expect(resultSchema.safeParse(result).success).to.equal(true);
    });

    it('keeps insufficient pillars out of the priorities', () => {
      const answers: Record<string, number | null> = {};
      content.pillars.forEach((p) => p.statements.forEach((s) => (answers[s.id] = null)));
      const result = score(content, answers, { locale: 'nl' });
      expect(result.pillars.every((p) => p.band === 'insufficient' && p.score === null)).to.equal(true);
      expect(result.priorities).to.deep.equal([]);
      expect(result.answers.every((a) => a.value === null)).to.equal(true);
    });

    it('orders equal scores by content order', () => {
      const answers: Record<string, number | null> = {};
      content.pillars.forEach((p) => p.statements.forEach((s) => (answers[s.id] = 2)));
      expect(score(content, answers, { locale: 'nl' }).priorities).to.deep.equal(content.pillars.map((p) => p.id));
    });
  });
});
