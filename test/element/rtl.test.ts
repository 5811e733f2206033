// A right-to-left page (<html dir="rtl">): the layout follows the page, every text keeps its own
// direction (the UI's, left-to-right; the content's, from its `dir`).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { nl as nlData } from '../../src/generated/builtin-content.js';
import { $, $$, answerStep, mountScan, next, part, start, statements, type Scan } from '../support/scan.js';

/** Where `text` (inside `node`'s text; its last occurrence with `last`) is drawn. */
function rectOf(node: Element, text: string, last = false): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t);
  if (last) nodes.reverse();
  for (const t of nodes) {
    const at = last ? t.textContent!.lastIndexOf(text) : t.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" not found`);
}

/** The words are drawn from left to right, in this order, on one line. */
function leftToRight(node: Element, words: string[]) {
  const rects = words.map((w) => rectOf(node, w));
  rects.slice(1).forEach((r, i) => {
    expect(Math.round(r.top), `"${words[i + 1]}" on the line of "${words[i]}"`).to.equal(Math.round(rects[i].top));
    expect(r.left, `"${words[i + 1]}" right of "${words[i]}"`).to.be.greaterThan(rects[i].left);
  });
}

/** `tail` (e.g. a full stop) is drawn right after the last `word`, on its line. */
function endsWith(node: Element, word: string, tail: string) {
  const w = rectOf(node, word, true);
  const t = rectOf(node, tail, true);
  expect(Math.round(t.top), `"${tail}" on the line of "${word}"`).to.equal(Math.round(w.top));
  expect(t.left, `"${tail}" right after "${word}"`).to.be.closeTo(w.right, 1);
}

describe('right-to-left pages', () => {
  beforeEach(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => document.documentElement.removeAttribute('dir'));

  it('on <html dir="rtl"> renders "75 van 100" and full stops in reading order, while the layout follows the page', async () => {
    document.documentElement.dir = 'rtl';
    const el = await mountScan();
    expect(getComputedStyle(el).direction).to.equal('rtl');
    await start(el);
    // Layout: the stepper and the answer options run from the right, like the page.
    const steps = $$(el, '[part~="stepper-item"]').map((b) => b.getBoundingClientRect());
    expect(steps[0].left).to.be.greaterThan(steps[1].left);
    const options = [...statements(el)[0].querySelectorAll('label.option')].map((l) => l.getBoundingClientRect());
    expect(options[0].left).to.be.greaterThan(options[1].left);
    // Text: the UI's and the content's in their own direction.
    leftToRight(part(el, 'progress'), ['Stap', '1', 'van', '4']);
    const legend = statements(el)[0].querySelector('legend')!;
    expect(getComputedStyle(legend).direction).to.equal('ltr');
    expect(legend.querySelector('.statement-text')!.getAttribute('dir')).to.equal('ltr');
    leftToRight(legend, ['1.1', 'Het', 'is', 'binnen']);
    endsWith(legend, 'helder', ').');
    for (let step = 0; step < 4; step++) {
      await answerStep(el, () => 4);
      await next(el);
    }
    const score = $(el, '[part~="pillar-result"] .score');
    expect(score.textContent!.trim()).to.equal('75 van 100');
    expect(getComputedStyle(score).direction).to.equal('ltr');
    leftToRight(score, ['75', 'van', '100']);
    // A sentence keeps its full stop at its end: "… ervaren wordt." (the last line of the tip).
    const tip = $(el, '[part~="first-tip"] p');
    expect(tip.getAttribute('dir')).to.equal('ltr');
    expect(tip.textContent!.trim().endsWith('ervaren wordt.')).to.equal(true);
    leftToRight(tip, ['De', 'Quickscan', 'is']);
    endsWith(tip, 'wordt', '.');
    await expect(el).to.be.accessible();
  });

  it('renders content with dir "rtl" right-to-left, UI text left-to-right, on a left-to-right page', async () => {
    const content = structuredClone(nlData) as Record<string, unknown>;
    content.dir = 'rtl';
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content}></sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    expect(getComputedStyle(el).direction).to.equal('ltr');
    await start(el);
    const text = statements(el)[0].querySelector('.statement-text')!;
    expect(text.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(text).direction).to.equal('rtl');
    const option = statements(el)[0].querySelector('label.option span')!;
    expect(getComputedStyle(option).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.progress-text')).direction).to.equal('ltr');
    leftToRight(part(el, 'progress'), ['Stap', '1', 'van', '4']);
  });
});
