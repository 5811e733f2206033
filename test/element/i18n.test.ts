import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, answerStep, choose, completeScan, focused, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';

const heading = (el: Scan) => $(el, 'h2').textContent!.replace(/\s+/g, ' ').trim();

describe('languages: Dutch and English', () => {
  it('lang="en" renders English UI and English built-in content, with the inner lang set', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan lang="en"></sociale-veiligheid-quickscan>`);
    expect(heading(el)).to.equal('Quickscan - four pillars for promoting social safety');
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
    expect(part(el, 'intro').textContent).to.contain('18 statements');
    await expect(el).to.be.accessible();
    await start(el);
    expect(part(el, 'progress').textContent).to.match(/Step 1 of 4/);
    expect($$(el, 'fieldset')[0].querySelectorAll('label')[5].textContent!.trim()).to.equal("Don't know");
    await expect(el).to.be.accessible();
  });

  it('inherits the nearest ancestor\'s lang and follows changes to it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan></section></div>`);
    const el = wrap.querySelector('sociale-veiligheid-quickscan') as Scan;
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
    wrap.setAttribute('lang', 'nl-BE');
    await settle(el);
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.locale).to.equal('nl');
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start de quickscan');
  });

  const fallbacks: [string, string][] = [
    ['en-US', 'en'],
    ['EN', 'en'],
    ['nl-BE', 'nl'],
    ['de', 'nl'],
    ['xx-invalid', 'nl'],
    ['', 'nl'],
  ];
  for (const [tag, locale] of fallbacks) {
    it(`maps lang="${tag}" to ${locale} without an error`, async () => {
      const errors: Event[] = [];
      const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
      el.addEventListener('quickscan-error', (e) => errors.push(e));
      el.setAttribute('lang', tag);
      document.body.append(el);
      await el.updateComplete;
      expect(el.locale).to.equal(locale);
      expect(part(el, 'base').getAttribute('lang')).to.equal(locale);
      expect(errors).to.have.length(0);
      el.remove();
    });
  }

  it('switching nl → en → nl mid-scan keeps every answer, the step and the focus', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, () => 4);
    await next(el);
    choose(statements(el)[0], 2);
    choose(statements(el)[1], 'unknown');
    await el.updateComplete;
    const radio = statements(el)[1].querySelector<HTMLInputElement>('input[value="unknown"]')!;
    radio.focus();
    const before = el.answers;
    el.lang = 'en';
    await settle(el);
    expect(heading(el)).to.contain('Risks and prevention');
    expect(part(el, 'progress').textContent).to.match(/Step 2 of 4/);
    expect(el.answers).to.deep.equal(before);
    expect(focused(el)).to.equal(radio);
    expect((statements(el)[1].querySelector('input:checked') as HTMLInputElement).value).to.equal('unknown');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.answers['p2-s2']).to.equal(5);
    el.lang = 'nl';
    await settle(el);
    expect(heading(el)).to.contain('Risico’s en preventie');
    expect(el.answers).to.deep.equal({ ...before, 'p2-s2': 5 });
  });

  it('re-renders results already shown in the new language, with the same values', async () => {
    const el = await mountScan();
    const nlResult = await completeScan(el, (id) => (id.startsWith('p2') ? 2 : 4));
    el.lang = 'en';
    await settle(el);
    expect(heading(el)).to.equal('Quickscan result');
    expect(part(el, 'priorities').textContent).to.contain('Risks and prevention');
    const enResult = el.result!;
    expect(enResult.content.locale).to.equal('en');
    expect(enResult.pillars.map((p) => [p.id, p.score, p.band])).to.deep.equal(nlResult.pillars.map((p: { id: string; score: number; band: string }) => [p.id, p.score, p.band]));
    expect(enResult.answers).to.deep.equal(nlResult.answers);
    expect(enResult.completedAt).to.equal(nlResult.completedAt);
    await expect(el).to.be.accessible();
    el.lang = 'nl';
    await settle(el);
    expect(el.result!.pillars).to.deep.equal(nlResult.pillars);
  });

  it('uses plural-correct counts in both languages', async () => {
    const one = {
      id: 'one', version: '1', title: 'Eén', scale: { options: [{ value: 1, label: 'Nee' }, { value: 2, label: 'Ja' }] },
      bands: [{ id: 'b', label: 'B', min: 0 }],
      pillars: [{ id: 'p', title: 'P', statements: [{ id: 's', text: 'S' }] }],
    };
    const nl = await fixture<Scan>(html`<sociale-veiligheid-quickscan lang="nl" .content=${one}></sociale-veiligheid-quickscan>`);
    expect(part(nl, 'intro').textContent).to.contain('Je beoordeelt 1 stelling, verdeeld over 1 pijler.');
    const en = await fixture<Scan>(html`<sociale-veiligheid-quickscan lang="en" .content=${one}></sociale-veiligheid-quickscan>`);
    expect(part(en, 'intro').textContent).to.contain('You will rate 1 statement across 1 pillar.');
    const en18 = await mountScan(html`<sociale-veiligheid-quickscan lang="en"></sociale-veiligheid-quickscan>`);
    expect(part(en18, 'intro').textContent).to.contain('You will rate 18 statements across 4 pillars.');
  });

  it('keeps host-given content as given when the language changes', async () => {
    const custom = await (await fetch('/test/fixtures/custom-content.json')).json();
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan lang="en" .content=${custom}></sociale-veiligheid-quickscan>`);
    expect(heading(el)).to.equal('Teamcheck Acme');
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
  });

  it('marks content texts with the content\'s language where it differs from the UI (WCAG 3.1.2)', async () => {
    const english = await (await fetch('/content/en.json')).json();
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan lang="nl" .content=${english}></sociale-veiligheid-quickscan>`);
    expect($(el, 'h2').getAttribute('lang')).to.equal('en');
    expect(part(el, 'start-button').closest('[lang]')!.getAttribute('lang')).to.equal('nl');
    await start(el);
    expect(statements(el)[0].querySelector('.statement-text')!.getAttribute('lang')).to.equal('en');
    expect(statements(el)[0].querySelector('label span')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    const same = await mountScan();
    await start(same);
    expect(statements(same)[0].querySelector('.statement-text')!.hasAttribute('lang')).to.equal(false);
  });

  it('lays out mirrored and usable on a right-to-left page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 700px"><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan></div>`);
    const el = wrap.querySelector('sociale-veiligheid-quickscan') as Scan;
    await el.updateComplete;
    await start(el);
    const fieldset = statements(el)[0];
    const options = [...fieldset.querySelectorAll('.options:not(.unknown) .option')] as HTMLElement[];
    const [first, last] = [options[0].getBoundingClientRect(), options[options.length - 1].getBoundingClientRect()];
    expect(first.left, 'first option on the right in RTL').to.be.greaterThan(last.left);
    const back = part(el, 'back-button').getBoundingClientRect();
    const nextButton = part(el, 'next-button').getBoundingClientRect();
    expect(back.left).to.be.greaterThan(nextButton.left);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    choose(fieldset, 3);
    await el.updateComplete;
    expect(el.answers['p1-s1']).to.equal(3);
  });
});
