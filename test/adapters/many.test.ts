// Several instances on one page work independently, and loading the bundle (and the host helper) twice is harmless.
import { expect } from '@open-wc/testing';
import type { Result } from '../../src/scoring/result-schema.js';
import { answerStep, completeScan, next, start, statements, choose, type Scan } from '../support/scan.js';
import { addFrame, cleanup, loaded, waitFor } from './helpers.js';

describe('many on a page', () => {
  afterEach(cleanup);

  it('the bundle loaded twice: two instances, each with its own answers, language, step and result; no error', async () => {
    const frame = addFrame({ src: '/test/pages/adapters-many.html' }, 1000);
    await loaded(frame);
    const win = frame.contentWindow as Window & { __errors: string[]; QuickscanEmbedHost?: unknown };
    const doc = frame.contentDocument!;
    const ready = (id: string) =>
      waitFor(() => {
        const el = doc.getElementById(id) as Scan | null;
        return el?.shadowRoot?.querySelector('[part~="start-button"]') ? el : null;
      }, 8000, id);
    const [a, b] = await Promise.all([ready('first'), ready('second')]);

    // Both copies of the bundle ran: the module map holds two URLs, and only one definition was made.
    const loadedBundles = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => new URL(e.name).pathname + new URL(e.name).search)
      .filter((p) => p.startsWith('/dist/sociale-veiligheid-quickscan.js'));
    expect(new Set(loadedBundles)).to.deep.equal(new Set(['/dist/sociale-veiligheid-quickscan.js', '/dist/sociale-veiligheid-quickscan.js?copy=2']));
    expect(win.customElements.get('sociale-veiligheid-quickscan')).to.equal(a.constructor);
    expect(a.constructor).to.equal(b.constructor);
    expect(win.QuickscanEmbedHost).to.be.an('object');

    expect(a.locale).to.equal('nl');
    expect(b.locale).to.equal('en');

    // Answers in one do not reach the other; events stay with their instance.
    const seen = { a: 0, b: 0 };
    a.addEventListener('quickscan-answer', () => (seen.a += 1));
    b.addEventListener('quickscan-answer', () => (seen.b += 1));
    await start(a);
    choose(statements(a)[0], 5);
    await a.updateComplete;
    expect(a.answers).to.deep.equal({ 'p1-s1': 5 });
    expect(b.answers).to.deep.equal({});
    expect(b.step).to.equal('intro');
    expect(seen).to.deep.equal({ a: 1, b: 0 });

    await start(b);
    await answerStep(b, () => 2);
    await next(b);
    expect(b.step).to.equal(1);
    expect(a.step).to.equal(0);

    const resultB = await (async () => {
      b.reset();
      await b.updateComplete;
      return (await completeScan(b, () => 2)) as Result;
    })();
    const resultA = await (async () => {
      a.reset();
      await a.updateComplete;
      return (await completeScan(a, () => 5)) as Result;
    })();
    expect(resultA.content.locale).to.equal('nl');
    expect(resultB.content.locale).to.equal('en');
    expect(resultA.pillars.every((p) => p.score === 100)).to.equal(true);
    expect(resultB.pillars.every((p) => p.score === 25)).to.equal(true);
    expect(a.result).to.deep.equal(resultA);
    expect(b.result).to.deep.equal(resultB);

    // Ids inside the shadow roots do not clash: each label points at its own input.
    for (const el of [a, b]) {
      for (const label of el.shadowRoot!.querySelectorAll('label[for]')) {
        expect(el.shadowRoot!.getElementById(label.getAttribute('for')!), label.getAttribute('for')!).to.exist;
      }
    }
    expect(win.__errors).to.deep.equal([]);
  });
});
