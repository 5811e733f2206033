// The built bundle (npm run build first): a person who answers the built-in scan reaches the results —
// overview chart, comparison section and plan of action — without loading zod. Reading an earlier
// result (here the `baseline` property) loads the check then, and the comparison shows and fires as before.
import { expect, oneEvent } from '@open-wc/testing';
import { loadFrame, scanIn, waitFor } from '../support/frame.js';
import { completeScan } from '../support/scan.js';
import { earlierResult } from './support.js';

/** The chunks the page loaded (under /dist/chunks/). */
const chunksLoaded = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/chunks/'));

/** Which of these files hold zod (its internals are all reached through `_zod`). */
async function withZod(paths: string[]): Promise<string[]> {
  const texts = await Promise.all(paths.map(async (p) => (await fetch(p)).text()));
  return paths.filter((_, i) => texts[i].includes('_zod'));
}

describe('the results journey of the bundle', () => {
  it('results, chart, comparison and plan load no zod; an earlier result loads the check, is refused or compared, with the events', async () => {
    const { doc, win, frame } = await loadFrame('/test/pages/standalone.html');
    try {
      const el = await scanIn(doc);
      await completeScan(el, () => 4);
      const root = el.shadowRoot!;
      await waitFor(() => root.querySelector('[part~="compare"]') && root.querySelector('[part~="overview-chart"]'));
      await waitFor(() => root.querySelector('svq-plan')?.shadowRoot?.querySelector('[part~="plan-pillar"]'));
      const journey = chunksLoaded(win);
      for (const name of ['results-chunk', 'compare-view', 'plan-view']) expect(journey.some((p) => p.includes(name)), name).to.equal(true);
      expect(await withZod(journey), 'chunks with zod on the way to the results').to.deep.equal([]);

      // An earlier "result" that is JSON but no result: refused, with a readable message and an error event.
      const error = oneEvent(el, 'quickscan-error');
      el.baseline = { schemaVersion: 1, answers: 'none' };
      const { detail } = (await error) as CustomEvent;
      expect(detail.kind).to.equal('invalid');
      expect(detail.issues.length).to.be.greaterThan(0);
      await waitFor(() => root.querySelector('[part~="compare-error"]'));
      expect(root.querySelector('[part~="compare-error"]')!.textContent).to.contain('past niet in het formaat');
      // The check came in a chunk of its own, with zod (so the marker above is a real one).
      expect((await withZod(chunksLoaded(win))).length, 'zod loaded for the check').to.be.greaterThan(0);

      const compared = oneEvent(el, 'quickscan-compare');
      el.baseline = earlierResult(el, () => 2);
      expect(((await compared) as CustomEvent).detail.pillars[0]).to.include({ score: 75, baselineScore: 25, delta: 50 });
      await waitFor(() => root.querySelectorAll('[part~="pillar-delta"]').length === 4);
      expect(root.querySelector('[part~="compare-error"]')).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
