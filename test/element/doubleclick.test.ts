// A navigation click must never answer anything: a real double-click (two mouse clicks at the same spot)
// on "Volgende pijler", "back" or a results edit link lands its second click on the new view.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { answerStep, completeScan, focused, mountScan, part, settle, start, statements, type Scan } from '../support/scan.js';

const SIZES: Array<[number, number]> = [
  [1366, 768],
  [800, 600],
  [414, 896],
  [1000, 900],
];

interface DoubleClick {
  /** Answer events fired by the double-click. */
  answers: Event[];
  /** Whether the second click landed on an answer option (the case the defect needs). */
  landedOnOption: boolean;
}

/** Scrolls a button into view as a person would, then clicks its centre twice. */
async function doubleClick(el: Scan, button: HTMLElement): Promise<DoubleClick> {
  button.scrollIntoView({ block: 'nearest' });
  const rect = button.getBoundingClientRect();
  const x = Math.round(rect.left + rect.width / 2);
  const y = Math.round(rect.top + rect.height / 2);
  const answers: Event[] = [];
  const record = (e: Event) => answers.push(e);
  el.addEventListener('quickscan-answer', record);
  try {
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const under = el.shadowRoot!.elementFromPoint(x, y);
    const landedOnOption = !!under?.closest('[part~="option"]');
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    return { answers, landedOnOption };
  } finally {
    el.removeEventListener('quickscan-answer', record);
  }
}

function answersOf(el: Scan, pillar: number) {
  const ids = new Set(el.loadedContent!.pillars[pillar].statements.map((s) => s.id));
  return Object.fromEntries(Object.entries(el.answers).filter(([id]) => ids.has(id)));
}

describe('a double-click on navigation answers nothing', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  // Over all sizes and buttons the second click must have hit an option at least once, or these tests
  // could not catch the defect.
  let hits = 0;
  after(() => {
    expect(hits, 'second clicks that landed on an option').to.be.greaterThan(0);
  });

  for (const [width, height] of SIZES) {
    it(`"Volgende pijler" at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      const el = await mountScan();
      await start(el);
      await answerStep(el, () => 4);
      const { answers, landedOnOption } = await doubleClick(el, part(el, 'next-button'));
      if (landedOnOption) hits += 1;
      expect(el.step).to.equal(1);
      expect(answers, 'answer events').to.have.length(0);
      expect(answersOf(el, 1), 'answers on the new step').to.deep.equal({});
      expect(Object.keys(el.answers)).to.have.length(el.loadedContent!.pillars[0].statements.length);
    });

    it(`"Vorige pijler" at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      const el = await mountScan();
      await start(el);
      await answerStep(el, () => 4);
      part(el, 'next-button').click();
      await settle(el);
      const before = el.answers;
      const { answers, landedOnOption } = await doubleClick(el, part(el, 'back-button'));
      if (landedOnOption) hits += 1;
      expect(el.step).to.equal(0);
      expect(answers, 'answer events').to.have.length(0);
      expect(el.answers).to.deep.equal(before);
    });

    it(`a results edit link at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      const el = await mountScan();
      await completeScan(el, () => 4);
      const before = el.answers;
      const edit = part(el, 'results').querySelectorAll<HTMLElement>('[part~="pillar-result"] [part~="edit-button"]')[1];
      const { answers, landedOnOption } = await doubleClick(el, edit);
      if (landedOnOption) hits += 1;
      expect(el.step).to.equal(1);
      expect(answers, 'answer events').to.have.length(0);
      expect(el.answers).to.deep.equal(before);
    });
  }

  it('keyboard answering right after a step change still works', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, () => 4);
    part(el, 'next-button').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal(1);
    expect(focused(el)?.id).to.equal('view-heading');
    const first = statements(el)[0].querySelector<HTMLInputElement>('input[type=radio]')!;
    first.focus();
    // ' ' rather than 'Space': the one spelling both Chromium's and Firefox's key tables know.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(Object.keys(answersOf(el, 1))).to.deep.equal([el.loadedContent!.pillars[1].statements[0].id]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(Object.values(answersOf(el, 1))).to.have.length(1);
    expect(statements(el)[0].querySelectorAll('input:checked')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a single mouse click on an option after the view settled still answers', async () => {
    const el = await mountScan();
    await start(el);
    await new Promise((r) => setTimeout(r, 600));
    const label = statements(el)[0].querySelector<HTMLElement>('[part~="option"]')!;
    label.scrollIntoView({ block: 'center' });
    const rect = label.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await el.updateComplete;
    expect(Object.keys(answersOf(el, 0))).to.have.length(1);
  });
});
