import { expect, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { completeScan, mountScan, part, viewRoot, type Scan } from '../support/scan.js';
import { emulateFeatures, resetFeatures } from '../support/media.js';
import { compareLoaded, earlierResult, visibleChart } from './support.js';

const num = (el: Element, name: string) => Number(el.getAttribute(name));
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The first pillar gets no score ("unknown" everywhere); the others 25, 50 and 100. */
const mixed = (el: Scan) => {
  const pillars = el.loadedContent!.pillars.map((p) => new Set(p.statements.map((s) => s.id)));
  return (id: string): number | 'unknown' => (pillars[0].has(id) ? 'unknown' : pillars[1].has(id) ? 2 : pillars[2].has(id) ? 3 : 5);
};

async function mixedResults(template?: ReturnType<typeof html>) {
  const el = await mountScan(template);
  await completeScan(el, mixed(el));
  await compareLoaded(el);
  return el;
}

describe('overview chart', () => {
  afterEach(async () => {
    await resetFeatures();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 1000]) {
    it(`at ${width} px: bars proportional to the scores, bands behind them in the right places, no bar for "no score"`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mixedResults();
      const svg = visibleChart(el);
      expect(svg.dataset.variant).to.equal(width === 320 ? 'narrow' : 'wide');
      const bands = [...svg.querySelectorAll('rect.band')];
      const ticks = [...svg.querySelectorAll('line.tick')];
      const x0 = num(ticks[0], 'x1');
      const x100 = num(ticks[ticks.length - 1], 'x1');
      const at = (score: number) => x0 + (score / 100) * (x100 - x0);
      // Built-in bands: priority from 0, attention from 50, in order from 75.
      expect(bands.map((b) => b.getAttribute('data-band'))).to.deep.equal(['priority', 'attention', 'in-order']);
      [[0, 50], [50, 75], [75, 100]].forEach(([min, max], i) => {
        expect(num(bands[i], 'x')).to.be.closeTo(at(min), 0.02);
        expect(num(bands[i], 'width')).to.be.closeTo(at(max) - at(min), 0.02);
      });
      const rows = [...svg.querySelectorAll('g.row')];
      expect(rows).to.have.length(4);
      expect(rows[0].querySelector('.bar-rect') === null, 'no bar without a score').to.equal(true);
      expect(rows[0].querySelector('.placeholder') !== null, 'a placeholder without a score').to.equal(true);
      expect(rows[0].textContent).to.contain('geen score');
      const bars = rows.slice(1).map((r) => r.querySelector('.bar-rect')!);
      [25, 50, 100].forEach((score, i) => {
        expect(num(bars[i], 'x')).to.equal(x0);
        expect(num(bars[i], 'width')).to.be.closeTo(at(score) - x0, 0.02);
      });
      expect(num(bars[2], 'width') / num(bars[0], 'width')).to.be.closeTo(4, 0.01);
      // Readable at this width: the drawing is not scaled below its own size and nothing overflows.
      expect(svg.getBoundingClientRect().width).to.be.at.least(Number(svg.getAttribute('width')) * 0.9);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }

  it('has role="img" and a text summary of every pillar as its accessible name; the table alternative stays', async () => {
    const el = await mixedResults();
    const svg = visibleChart(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(
      'Overzicht van de pijlers: Sociaal en psychologisch veilig werken: geen score, Te weinig antwoorden; ' +
        'Risico’s en preventie: 25 van 100, Prioriteit; Reageren op ongewenst gedrag: 50 van 100, Aandacht nodig; ' +
        'Afhandeling en nazorg: 100 van 100, Op orde.',
    );
    expect(part(el, 'results-table')).to.exist;
    // The chart is at the top of the results view, before the priorities.
    const chart = part(el, 'overview-chart');
    expect(chart.compareDocumentPosition(part(el, 'priorities')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('shows the baseline as a second mark and names it in the summary', async () => {
    const el = await mixedResults();
    // Reading the baseline loads its check (with zod) first: the marks come with the comparison.
    const compared = oneEvent(el, 'quickscan-compare');
    el.baseline = earlierResult(el, () => 3);
    await compareLoaded(el);
    await compared;
    await el.updateComplete;
    const svg = visibleChart(el);
    const marks = [...svg.querySelectorAll('line.baseline-mark')];
    expect(marks.map((m) => Number(m.getAttribute('data-score')))).to.deep.equal([50, 50, 50, 50]);
    const ticks = [...svg.querySelectorAll('line.tick')];
    const x0 = num(ticks[0], 'x1');
    const x100 = num(ticks[ticks.length - 1], 'x1');
    expect(num(marks[0], 'x1')).to.be.closeTo((x0 + x100) / 2, 0.02);
    expect(svg.getAttribute('aria-label')).to.contain('Risico’s en preventie: 25 van 100, Prioriteit (toen 50)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the chart and a comparison, ${scheme} scheme`, async () => {
      const emulated = await emulateFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = emulated ? await mixedResults() : await mixedResults(html`<sociale-veiligheid-quickscan theme=${scheme}></sociale-veiligheid-quickscan>`);
      const compared = oneEvent(el, 'quickscan-compare');
      el.baseline = earlierResult(el, () => 3);
      await el.updateComplete;
      await compareLoaded(el);
      await compared;
      await el.updateComplete;
      const text = visibleChart(el).querySelector('text.label')!;
      expect(getComputedStyle(text).fill).to.equal(scheme === 'dark' ? 'rgb(232, 236, 241)' : 'rgb(29, 36, 48)');
      await expect(el).to.be.accessible();
    });
  }

  it('in forced colours: system colours, bands told apart by patterns, and no axe violations', async () => {
    const el = await mixedResults();
    const compared = oneEvent(el, 'quickscan-compare');
    el.baseline = earlierResult(el, () => 3);
    await compareLoaded(el);
    await compared;
    const supported = await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
    if (!supported) {
      const css = el.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
      expect(css).to.match(/forced-colors: active[^@]*\.overview-svg/);
      return;
    }
    await frames();
    const svg = visibleChart(el);
    expect(getComputedStyle(svg).forcedColorAdjust).to.equal('none');
    const hatches = [...svg.querySelectorAll('pattern line.band-hatch')];
    // Every band but the first has its own hatch (width and angle), drawn in the text colour.
    expect(hatches.length).to.equal(2);
    expect(new Set(hatches.map((h) => h.getAttribute('stroke-width'))).size).to.equal(2);
    const canvasText = getComputedStyle(svg.querySelector('text')!).fill;
    hatches.forEach((h) => expect(getComputedStyle(h).stroke).to.equal(canvasText));
    expect(getComputedStyle(svg.querySelector('.bar-rect')!).fill).to.not.equal(getComputedStyle(svg.querySelector('.band-fill')!).fill);
    await expect(el).to.be.accessible();
  });

  it('prints the wide drawing, in black text, with the comparison', async () => {
    const el = await mixedResults();
    const compared = oneEvent(el, 'quickscan-compare');
    el.baseline = earlierResult(el, () => 3);
    await compareLoaded(el);
    await compared;
    const emulated = await emulateFeatures([], 'print');
    await frames();
    if (!emulated || !matchMedia('print').matches) {
      const css = el.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
      expect(css).to.match(/@media print[^@]*\.overview-svg/);
      return;
    }
    const svg = visibleChart(el);
    expect(svg.dataset.variant).to.equal('wide');
    expect(getComputedStyle(svg.querySelector('text')!).fill).to.equal('rgb(0, 0, 0)');
    expect(viewRoot(el).querySelector('[part~="pillar-delta"]')!.checkVisibility()).to.equal(true);
    expect(part(el, 'compare-file-input').checkVisibility(), 'no file input on paper').to.equal(false);
  });
});
