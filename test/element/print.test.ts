// Printing the results: what is folded on screen (glossary, the table) is unfolded on paper, links
// show their address, and the buttons are left out. Checked with Chromium's print media emulation; a
// real PDF is checked by test/print/print-pdf.mjs.
import { expect } from '@open-wc/testing';
import { $, $$, completeScan, mountScan, part, type Scan } from '../support/scan.js';
import { emulateFeatures, resetFeatures } from '../support/media.js';

const shown = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;

async function printed(el: Scan): Promise<boolean> {
  const emulated = await emulateFeatures([], 'print');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return emulated && matchMedia('print').matches;
}

describe('print', () => {
  afterEach(() => resetFeatures());

  it('unfolds the glossary and the results table, prints link addresses, and leaves the buttons out', async () => {
    const el = await mountScan();
    await completeScan(el, () => 2);
    const table = part(el, 'results-table');
    const definitions = $$(el, '[part~="glossary"] details p');
    const tool = $(el, '[part~="pillar-result"] .tools a');
    // On screen: folded, no addresses.
    expect(shown(table)).to.equal(false);
    expect(definitions.some(shown)).to.equal(false);
    expect(part(el, 'pillar-result').innerText).to.not.contain('https://');
    if (!(await printed(el))) {
      // No print emulation (Firefox): the print rules must at least exist.
      const css = el.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
      expect(css).to.match(/@media print[^@]*::details-content/);
      return;
    }
    expect(shown(table), 'table printed').to.equal(true);
    expect(table.querySelectorAll('tbody tr')).to.have.length(4);
    expect(definitions.length).to.be.greaterThan(5);
    definitions.forEach((p, i) => expect(shown(p), `glossary definition ${i}`).to.equal(true));
    const target = tool.parentElement!.querySelector<HTMLElement>('.link-target')!;
    expect(shown(target)).to.equal(true);
    expect(target.textContent!.trim()).to.equal('(https://www.jeugdzorg-werkt.nl/werkgevers/tools-voor-interne-sociale-veiligheid)');
    // The tool's name, then its address, in reading order.
    const end = [...tool.getClientRects()].pop()!;
    const start = target.getClientRects()[0];
    expect(start.top > end.bottom - 2 || start.left >= end.right - 1, 'address after the name').to.equal(true);
    expect(shown(part(el, 'results-actions'))).to.equal(false);
    expect($$(el, '[part~="edit-button"]').some(shown)).to.equal(false);
  });

  it('prints a relative link with its full address', async () => {
    const el = await mountScan();
    const content = structuredClone(el.loadedContent!) as { pillars: { tools?: { title: string; url?: string }[] }[] };
    content.pillars[0].tools = [{ title: 'Onze gedragscode', url: '/beleid/gedragscode' }];
    el.content = content;
    await el.updateComplete;
    await completeScan(el, () => 2);
    const link = $(el, '[part~="pillar-result"] .tools a');
    expect(link.getAttribute('href')).to.equal('/beleid/gedragscode');
    const target = link.parentElement!.querySelector('.link-target')!;
    expect(target.textContent!.trim()).to.equal(`(${location.origin}/beleid/gedragscode)`);
  });
});
