import { expect } from '@open-wc/testing';
import { nl as nlData } from '../../src/generated/builtin-content.js';
const nl = nlData as { pillars: { statements: { text: string }[] }[] };
import { $, $$, mountScan, part, start, statements, next, answerStep } from '../support/scan.js';

describe('rendering the built-in Dutch content', () => {
  it('shows the intro with title, how it works and the start button', async () => {
    const el = await mountScan();
    expect($(el, 'h2').textContent).to.contain('Quickscan - vier pijlers voor het bevorderen van sociale veiligheid');
    expect(part(el, 'intro').textContent).to.contain('Zo werkt het');
    expect(part(el, 'intro').textContent).to.contain('18 stellingen, verdeeld over 4 pijlers');
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start de quickscan');
    await expect(el).to.be.accessible();
  });

  it('renders all 18 statements of the source word for word, 6 + 4 + 3 + 5 over four steps', async () => {
    const el = await mountScan();
    await start(el);
    const seen: string[] = [];
    const perStep: number[] = [];
    for (let step = 0; step < 4; step++) {
      const fieldsets = statements(el);
      perStep.push(fieldsets.length);
      for (const f of fieldsets) {
        seen.push(f.querySelector('.statement-text')!.textContent!.replace(/\s+/g, ' ').trim());
        const radios = f.querySelectorAll('input[type=radio]');
        expect(radios.length, 'five scale options + "Weet ik niet"').to.equal(6);
      }
      await answerStep(el, () => 3);
      await next(el);
    }
    expect(perStep).to.deep.equal([6, 4, 3, 5]);
    const expected = nl.pillars.flatMap((p) => p.statements.map((s) => s.text));
    expect(seen).to.deep.equal(expected);
  });

  it('renders each statement as a native radio group in a fieldset with a legend', async () => {
    const el = await mountScan();
    await start(el);
    const [first] = statements(el);
    expect(first.tagName).to.equal('FIELDSET');
    expect(first.querySelector('legend')!.textContent).to.contain('Het is binnen onze organisatie helder');
    const labels = [...first.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens', 'Weet ik niet']);
    const names = new Set([...first.querySelectorAll('input')].map((i) => (i as HTMLInputElement).name));
    expect(names.size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows progress: step n of 4 and statements answered', async () => {
    const el = await mountScan();
    await start(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 1 van 4/);
    expect(part(el, 'progress').textContent).to.match(/0 van 18 stellingen beantwoord/);
    await answerStep(el, () => 5);
    expect(part(el, 'progress').textContent).to.match(/6 van 18 stellingen beantwoord/);
    await next(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
    expect($$(el, '[part~="stepper-item"]')).to.have.length(4);
  });
});
