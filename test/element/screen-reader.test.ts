import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, mountScan, start, statements, type Scan } from '../support/scan.js';
import { axDescendants, axNodes, axRole } from '../support/ax.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// Chromium puts a space after the name of a button nested in a name ("gedragscode ."): not a word.
const spoken = (s: string) => squash(s).replace(/ ([.,;:!?])/g, '$1');

describe('screen-reader names', () => {
  it('an open glossary toggletip stays out of the radio group\'s accessible name (1.2 "normen en waarden")', async () => {
    const el = await mountScan();
    await start(el);
    const fieldset = statements(el)[1];
    const statementText = 'We hebben binnen onze organisatie gedeelde normen en waarden over hoe we onderling met elkaar omgaan en een actuele gedragscode.';
    const term = [...fieldset.querySelectorAll<HTMLElement>('[part~="term"]')].find((b) => b.textContent!.trim() === 'normen en waarden')!;
    term.click();
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    const definition = $(el, `#${term.getAttribute('aria-controls')}`);
    expect(definition.hidden).to.equal(false);
    expect(definition.textContent).to.contain('referentiekaders');
    // The name the browser computes (Chromium's accessibility tree; Firefox gives none to the runner).
    const nodes = await axNodes();
    if (nodes) {
      const groups = axRole(nodes, 'group').filter((n) => squash(n.name).startsWith('1.2'));
      expect(groups.map((g) => spoken(g.name))).to.deep.equal([`1.2 ${statementText}`]);
      expect(axDescendants(nodes, groups[0]).filter((n) => n.role === 'radio')).to.have.length(6);
    }
    // Structure (any engine): the definition is outside the legend that names the group, tied to the term.
    const legend = fieldset.querySelector('legend')!;
    expect(legend.contains(definition), 'definition inside the legend').to.equal(false);
    expect(squash(legend.textContent!)).to.equal(`1.2 ${statementText}`);
    expect(term.getAttribute('aria-describedby')).to.equal(definition.id);
    await expect(el).to.be.accessible();
  });

  it('at 320 px the stepper shows numbers only, and each button\'s name starts with its visible number (WCAG 2.5.3)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan></div>`);
    const el = wrap.querySelector('sociale-veiligheid-quickscan') as Scan;
    await el.updateComplete;
    await start(el);
    const buttons = $$(el, '[part~="stepper-item"]');
    const titles = el.loadedContent!.pillars.map((p) => p.title);
    expect(buttons).to.have.length(4);
    const nodes = await axNodes();
    if (nodes) {
      const names = axRole(nodes, 'button').filter((n) => titles.some((t) => n.name.includes(t))).map((n) => squash(n.name));
      expect(names).to.have.length(4);
      names.forEach((name, i) => {
        expect(name.startsWith(`${i + 1} `), `"${name}" starts with "${i + 1} "`).to.equal(true);
        expect(name).to.contain(titles[i]);
      });
    }
    buttons.forEach((b, i) => {
      // What is seen: the number; the title is clipped to 1 px.
      const number = b.querySelector<HTMLElement>('.stepper-number')!;
      expect(number.textContent!.trim()).to.equal(String(i + 1));
      expect(number.getBoundingClientRect().width).to.be.greaterThan(5);
      expect(b.querySelector('.stepper-title')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(Boolean(number.closest('[aria-hidden="true"]')), 'visible number hidden from assistive technology').to.equal(false);
    });
    await expect(el).to.be.accessible();
  });
});
