// What the person's clicks cost (issue 13), seen from the element: the results come in stages (their
// top on the click's frame, the rest after it), what the results show is fetched while the person
// answers, and the first step is laid out ahead while the intro shows: unseen, unreachable, and shown
// as it is by the start click.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  it('lays out the first step ahead at the intro, unseen and unreachable; the start click shows those very nodes', async () => {
    const el = await mountScan();
    const events: string[] = [];
    for (const name of ['quickscan-step', 'quickscan-answer', 'quickscan-complete', 'quickscan-error']) el.addEventListener(name, () => events.push(name));
    await idle(2500);
    expect(events).to.deep.equal([]);
    expect(el.step).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    const root = el.shadowRoot!;
    const ahead = root.querySelector<HTMLElement>('.step-host.ahead');
    expect(ahead, 'the first step, laid out ahead').to.exist;
    const sets = [...ahead!.querySelectorAll<HTMLElement>('fieldset[part~="statement"]')];
    expect(sets.length).to.equal(el.loadedContent!.pillars[0].statements.length);
    // Unseen: no height on the page, hidden from assistive technology, no pointer reaches it, nothing in it tabbable.
    expect(ahead!.getBoundingClientRect().height).to.equal(0);
    expect(ahead!.getAttribute('aria-hidden')).to.equal('true');
    const box = sets[0].querySelector('label')!.getBoundingClientRect();
    const hit = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit === null || !ahead!.contains(hit), 'a pointer on the first option').to.equal(true);
    const controls = [...ahead!.querySelectorAll<HTMLElement>('input, button')];
    expect(controls.length).to.be.greaterThan(30);
    expect(controls.filter((c) => c.tabIndex !== -1).map((c) => c.outerHTML.slice(0, 60)), 'tabbable controls ahead').to.deep.equal([]);
    // The intro's heading stays the only #view-heading.
    expect(root.querySelectorAll('#view-heading').length).to.equal(1);
    expect(root.querySelector('#view-heading')!.closest('[part~="intro"]')).to.exist;
    await expect(el).to.be.accessible();

    part(el, 'start-button').click();
    await settle(el);
    // The same nodes, now shown, reachable and named.
    const shown = [...root.querySelectorAll<HTMLElement>('fieldset[part~="statement"]')];
    expect(shown.length).to.equal(sets.length);
    expect(shown.every((f, i) => f === sets[i]), 'the nodes laid out ahead').to.equal(true);
    expect(root.querySelector('.step-host')!.hasAttribute('aria-hidden')).to.equal(false);
    expect(root.querySelector('.step-host')!.classList.contains('ahead')).to.equal(false);
    expect(controls.filter((c) => c.hasAttribute('tabindex') && !c.classList.contains('view-heading')).length, 'controls with a tabindex').to.equal(0);
    expect(root.querySelectorAll('#view-heading').length).to.equal(1);
    expect(root.activeElement?.closest('[part~="step"]'), 'focus on the step heading').to.exist;
    expect(events).to.deep.equal(['quickscan-step']);
    await expect(el).to.be.accessible();
  });

  it('back at the intro, the step is ahead again (unseen, out of the tab order) with the answers given; starting again shows it', async () => {
    const el = await mountScan();
    await start(el);
    const first = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset[part~="statement"] input[value="4"]')][0];
    first.click();
    await el.updateComplete;
    await idle(600);
    part(el, 'back-button').click();
    await settle(el);
    expect(el.step).to.equal('intro');
    const root = el.shadowRoot!;
    const host = root.querySelector<HTMLElement>('.step-host')!;
    expect(host.classList.contains('ahead')).to.equal(true);
    expect(host.getAttribute('aria-hidden')).to.equal('true');
    expect(host.getBoundingClientRect().height).to.equal(0);
    expect([...host.querySelectorAll<HTMLElement>('input, button')].filter((c) => c.tabIndex !== -1).length, 'tabbable controls ahead').to.equal(0);
    expect(root.querySelectorAll('#view-heading').length).to.equal(1);
    expect(root.activeElement?.closest('[part~="intro"]'), 'focus on the intro').to.exist;
    await expect(el).to.be.accessible();
    await idle(600);
    part(el, 'start-button').click();
    await settle(el);
    expect(host.hasAttribute('aria-hidden')).to.equal(false);
    expect(root.querySelector<HTMLInputElement>('fieldset[part~="statement"] input[value="4"]')!.checked, 'the answer given').to.equal(true);
    expect(root.querySelectorAll('input:checked').length).to.equal(1);
  });

  it('follows a language switch while ahead: the step shown after the start is in the new language', async () => {
    const el = await mountScan();
    await idle(2500);
    expect(el.shadowRoot!.querySelector('.step-host.ahead'), 'the step ahead').to.exist;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await settle(el);
    part(el, 'start-button').click();
    await settle(el);
    const labels = [...el.shadowRoot!.querySelectorAll('fieldset[part~="statement"]')][0].querySelectorAll('label');
    expect(labels[labels.length - 1].textContent!.trim()).to.equal("Don't know");
    expect(part(el, 'next-button').textContent!.trim()).to.equal('Next pillar');
  });

  it('a keyboard user tabbing on from the start button leaves the element: nothing of the step ahead is in the way', async () => {
    const page = await fixture<HTMLElement>(html`<div><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan><button id="after">after</button></div>`);
    const el = page.querySelector<Scan>('sociale-veiligheid-quickscan')!;
    await el.updateComplete;
    await idle(2500);
    expect(el.shadowRoot!.querySelector('.step-host.ahead'), 'the step ahead').to.exist;
    part(el, 'start-button').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('start-button');
  });
});
