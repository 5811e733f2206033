// What the person's clicks cost (issue 13), seen from the element: the results come in stages (their
// top on the click's frame, the rest after it), what the results show is fetched while the person
// answers, and the first step is rehearsed unseen while the intro shows, without a trace.
import { expect } from '@open-wc/testing';
import { $$, answerStep, mountScan, next, part, settle, start, type Scan } from '../support/scan.js';

const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function toLastPillar(el: Scan) {
  await start(el);
  for (let i = 0; i < 3; i++) {
    await answerStep(el, () => 3);
    await next(el);
  }
  await answerStep(el, () => 2);
}

describe('the cost of a click', () => {
  it('shows the top of the results on the frame of the click, the rest after it; updateComplete waits for all', async () => {
    const el = await mountScan();
    await toLastPillar(el);
    // While the person answered, the results chunk and the views it shows arrived.
    await idle(1500);
    const frame = new Promise<{ heading: boolean; priorities: boolean; glossary: boolean; actions: boolean }>((done) =>
      requestAnimationFrame(() => done({
        heading: !!el.shadowRoot!.querySelector('[part~="results"] #view-heading'),
        priorities: !!el.shadowRoot!.querySelector('[part~="priorities"]'),
        glossary: !!el.shadowRoot!.querySelector('[part~="glossary"]'),
        actions: !!el.shadowRoot!.querySelector('[part~="results-actions"]'),
      })),
    );
    // quickscan-complete comes once the view is whole (a host may print or measure on it).
    const whole = new Promise<boolean>((done) => el.addEventListener('quickscan-complete', () => done(!!el.shadowRoot!.querySelector('[part~="glossary"]')), { once: true }));
    part(el, 'next-button').click();
    // The first frame after the click (before any later stage): the top only.
    expect(await frame).to.deep.equal({ heading: true, priorities: true, glossary: false, actions: false });
    expect(await whole).to.equal(true);
    await el.updateComplete;
    expect($$(el, '[part~="pillar-result"]')).to.have.length(4);
    for (const name of ['results-table', 'glossary', 'tips', 'results-actions', 'colophon']) expect($$(el, `[part~="${name}"]`), name).to.not.be.empty;
    expect($$(el, 'svq-plan'), 'plan').to.have.length(1);
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    await expect(el).to.be.accessible();
  });

  it('comes back to the results in stages again after editing, and ends complete', async () => {
    const el = await mountScan();
    await toLastPillar(el);
    await next(el);
    expect($$(el, '[part~="glossary"]')).to.have.length(1);
    part(el, 'edit-button').click();
    await settle(el);
    expect($$(el, '[part~="glossary"]')).to.be.empty;
    // Through the four pillars again (all answered) to the results.
    for (let i = 0; i < 4; i++) {
      await idle(600);
      part(el, 'next-button').click();
      await el.updateComplete;
    }
    const names = $$(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(' '));
    for (const name of ['results', 'priorities', 'pillar-result', 'glossary', 'results-actions']) expect(names, name).to.include(name);
    expect($$(el, 'svq-plan')).to.have.length(1);
  });

  it('has fetched the plan, share and comparison views before the results show', async () => {
    const el = await mountScan();
    await start(el);
    await idle(2500);
    expect(customElements.get('svq-plan'), 'plan').to.exist;
    expect(customElements.get('sociale-veiligheid-quickscan-share'), 'share').to.exist;
    expect(el.shadowRoot!.querySelector('[part~="results"]')).to.equal(null);
  });

  it('rehearses the first step unseen at the intro: no event, no answer, nothing in the view but the intro', async () => {
    const el = await mountScan();
    const events: string[] = [];
    for (const name of ['quickscan-step', 'quickscan-answer', 'quickscan-complete', 'quickscan-error']) el.addEventListener(name, () => events.push(name));
    await idle(2500);
    expect(events).to.deep.equal([]);
    expect(el.step).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    expect($$(el, '[part~="statement"]')).to.be.empty;
    expect(part(el, 'start-button')).to.exist;
    await expect(el).to.be.accessible();
  });
});
