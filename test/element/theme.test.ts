// Theming: one palette chosen by color-scheme, which native controls follow too, and band colours that
// come from a band's place among the content's bands rather than from the built-in band ids.
import { expect, fixture, html } from '@open-wc/testing';
import { custom } from '../fixtures/custom-content.js';
import { $, $$, completeScan, mountScan, start, type Scan } from '../support/scan.js';

/** The colour a CSS colour value computes to on a probe inside the element (to compare with). */
function colourOf(el: Scan, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  el.shadowRoot!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('theme and colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`native controls (radios) follow theme="${theme}" through color-scheme`, async () => {
      const el = await mountScan(html`<sociale-veiligheid-quickscan theme=${theme}></sociale-veiligheid-quickscan>`);
      await start(el);
      const radio = $(el, 'input[type="radio"]');
      expect(getComputedStyle(radio).colorScheme).to.equal(theme);
      expect(getComputedStyle(el).colorScheme).to.equal(theme);
      await expect(el).to.be.accessible();
    });
  }

  it('without theme, the element offers both schemes to the page preference', async () => {
    const el = await mountScan();
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('reflects theme set as a property', async () => {
    const el = await mountScan();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it("gives a content's own bands the band colours: lowest, between and highest", async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan theme="light" .content=${custom}></sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    // Pillar 1 all "Nee" (score 0: laag), pillar 2 "Ja" (100: hoog).
    await completeScan(el, (id) => (id.startsWith('samen') ? 0 : 2));
    // (The pillars' bands in words; the overview chart's band areas are `rect.band` too.)
    const bands = $$(el, '[part~="pillar-result"] .band');
    expect(bands.map((b) => b.textContent!.trim())).to.deep.equal(['Werk aan de winkel', 'Sterk']);
    expect(getComputedStyle(bands[0]).color).to.equal(colourOf(el, '#b3261e'));
    expect(getComputedStyle(bands[1]).color).to.equal(colourOf(el, '#1e6b3a'));
    await expect(el).to.be.accessible();
  });
});
