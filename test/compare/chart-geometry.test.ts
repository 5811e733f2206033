import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chartGeometry, MIN_BAR, type ChartPillar } from '../../src/compare/chart-geometry.js';
import { contentSchema, type Content } from '../../src/content/schema.js';
import { nl } from '../../src/generated/builtin-content.js';
import { custom } from '../fixtures/custom-content.js';

const builtin: Content = contentSchema.parse(nl); // bands: priority 0, attention 50, in-order 75
const customContent: Content = contentSchema.parse(custom); // bands: laag 0, midden 40, hoog 80
const close = (a: number, b: number) => expect(Math.abs(a - b), `${a} ≈ ${b}`).to.be.below(0.02);

describe('overview chart geometry: bars proportional to scores', () => {
  for (const width of [320, 480, 1000]) {
    it(`width ${width}: bar length = score/100 × plot width, starting at the plot's left edge`, () => {
      const scores = [100, 75, 50, 25, 10];
      const g = chartGeometry(builtin, scores.map((score, i) => ({ id: `p${i}`, score })), { width });
      expect(g.width).to.equal(width);
      expect(g.plot.x + g.plot.width).to.be.at.most(width);
      g.rows.forEach((row, i) => {
        expect(row.bar!.x).to.equal(g.plot.x);
        close(row.bar!.width, (scores[i] / 100) * g.plot.width);
        expect(row.placeholder).to.equal(null);
      });
      close(g.rows[0].bar!.width / g.rows[2].bar!.width, 2);
    });
  }

  it('a pillar without a score has no bar but a placeholder over its track; a score of 0 keeps a thin bar', () => {
    const g = chartGeometry(builtin, [{ id: 'none', score: null }, { id: 'zero', score: 0 }], { width: 320 });
    expect(g.rows[0].bar).to.equal(null);
    expect(g.rows[0].placeholder).to.deep.equal(g.rows[0].track);
    expect(g.rows[0].band).to.equal('insufficient');
    expect(g.rows[1].bar!.width).to.equal(MIN_BAR);
    expect(g.rows[1].placeholder).to.equal(null);
    expect(g.rows[1].band).to.equal('priority');
  });

  it('rows follow each other without overlap, inside the drawing', () => {
    const g = chartGeometry(builtin, builtin.pillars.map((p, i) => ({ id: p.id, score: i * 30 })), { width: 320 });
    for (let i = 1; i < g.rows.length; i += 1) expect(g.rows[i].labelY).to.be.greaterThan(g.rows[i - 1].track.y + g.rows[i - 1].track.height);
    const last = g.rows[g.rows.length - 1];
    expect(g.axisY).to.be.greaterThan(last.track.y + last.track.height);
    expect(g.height).to.be.greaterThan(g.axisY);
    for (const row of g.rows) expect(row.track.x + row.track.width).to.be.at.most(g.width);
  });
});

describe('overview chart geometry: bands behind the bars', () => {
  const cases: [string, Content, [string, number, number, boolean][]][] = [
    ['built-in', builtin, [['priority', 0, 50, true], ['attention', 50, 75, true], ['in-order', 75, 100, false]]],
    ['custom', customContent, [['laag', 0, 40, true], ['midden', 40, 80, false], ['hoog', 80, 100, false]]],
  ];
  for (const [name, content, expected] of cases) {
    it(`${name}: each band spans its scores, contiguous over the whole plot`, () => {
      const g = chartGeometry(content, [{ id: 'x', score: 60 }, { id: 'y', score: 20 }], { width: 400 });
      expect(g.bands.map((b) => [b.id, b.min, b.max, b.focus])).to.deep.equal(expected);
      for (const b of g.bands) {
        close(b.x, g.plot.x + (b.min / 100) * g.plot.width);
        close(b.width, ((b.max - b.min) / 100) * g.plot.width);
        expect([b.y, b.height]).to.deep.equal([g.plot.y, g.plot.height]);
      }
      close(g.bands[g.bands.length - 1].x + g.bands[g.bands.length - 1].width, g.plot.x + g.plot.width);
      expect(g.ticks.map((t) => t.value)).to.deep.equal([0, ...expected.slice(1).map((b) => b[1]), 100]);
    });
  }
});

describe('overview chart geometry: baseline marks and the summary', () => {
  const pillars: ChartPillar[] = [
    { id: 'up', score: 80, baselineScore: 40 },
    { id: 'then-none', score: 30, baselineScore: null },
    { id: 'now-none', score: null, baselineScore: 60 },
    { id: 'plain', score: 50 },
  ];
  const g = chartGeometry(builtin, pillars, { width: 320 });

  it('marks the earlier score across the track', () => {
    close(g.rows[0].baseline!.x, g.plot.x + 0.4 * g.plot.width);
    expect(g.rows[0].baseline!.y1).to.be.below(g.rows[0].track.y);
    expect(g.rows[0].baseline!.y2).to.be.above(g.rows[0].track.y + g.rows[0].track.height);
    close(g.rows[2].baseline!.x, g.plot.x + 0.6 * g.plot.width);
    expect(g.rows.map((r) => [r.baseline === null, r.baselineMissing])).to.deep.equal([
      [false, false],
      [true, true],
      [false, false],
      [true, false],
    ]);
  });

  it('returns the facts for the accessible name, in order', () => {
    expect(g.summary).to.deep.equal([
      { id: 'up', score: 80, band: 'in-order', baselineScore: 40, delta: 40 },
      { id: 'then-none', score: 30, band: 'priority', baselineScore: null, delta: null },
      { id: 'now-none', score: null, band: 'insufficient', baselineScore: 60, delta: null },
      { id: 'plain', score: 50, band: 'attention' },
    ]);
  });

  it('for any scores, bars keep their order and proportion and stay inside (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 120, max: 2000 }), (scores, width) => {
        const geometry = chartGeometry(builtin, scores.map((score, i) => ({ id: `p${i}`, score })), { width });
        geometry.rows.forEach((row, i) => {
          const s = scores[i];
          if (s === null) expect([row.bar, row.placeholder !== null]).to.deep.equal([null, true]);
          else {
            close(row.bar!.width, Math.max(MIN_BAR, (s / 100) * geometry.plot.width));
            expect(row.bar!.x + row.bar!.width).to.be.at.most(geometry.width);
          }
        });
      }),
    );
  });
});
