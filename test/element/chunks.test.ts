// Code splitting seen from the element (src/, through the test runner's esbuild: dynamic imports load
// as in the bundle). The English test comes first: in a fresh page the English chunk is not there yet.
import { expect, html } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import { nl } from '../../src/generated/builtin-content.js';
import { completeScan, mountScan, part, type Scan } from '../support/scan.js';

/** The Dutch UI strings (xliff sources whose English differs), without placeholders. */
async function dutchUiStrings(): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await (await fetch('/xliff/en.xlf')).text(), 'application/xml');
  return [...xliff.querySelectorAll('trans-unit')]
    .filter((u) => !u.querySelector('source x, source ph') && u.querySelector('target'))
    .map((u) => [u.querySelector('source')!.textContent!, u.querySelector('target')!.textContent!])
    .filter(([source, target]) => source !== target && source.length > 3)
    .map(([source]) => source);
}

describe('chunks: English, results, built-in content', () => {
  it('an English element shows a busy state without Dutch until its chunk arrives, then English only', async () => {
    const dutch = await dutchUiStrings();
    expect(dutch.length).to.be.greaterThan(20);
    const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
    el.lang = 'en';
    const seen: string[] = [];
    document.body.append(el);
    // The first render happens before the chunk can have arrived (a network round trip).
    for (let i = 0; i < 50 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.hasUpdated).to.equal(true);
    seen.push(el.shadowRoot!.textContent!);
    expect(part(el, 'loading')).to.exist;
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    await el.updateComplete;
    const final = el.shadowRoot!.textContent!;
    seen.push(final);
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
    for (const text of seen) for (const d of dutch) expect(text, d).to.not.include(d);
    await expect(el).to.be.accessible();
    // Through to the results (another chunk): still no Dutch UI text.
    await completeScan(el, () => 3);
    await el.updateComplete;
    expect(part(el, 'results')).to.exist;
    const results = el.shadowRoot!.textContent!;
    for (const d of dutch) expect(results, d).to.not.include(d);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('the built-in content is frozen: writes throw (modules are strict) and change nothing', async () => {
    const statement = nl.pillars[0].statements[0];
    const before = statement.text;
    expect(Object.isFrozen(nl)).to.equal(true);
    expect(() => {
      (statement as { text: string }).text = 'changed';
    }).to.throw(TypeError);
    expect(() => (nl.pillars as unknown[]).push({})).to.throw(TypeError);
    expect(statement.text).to.equal(before);
    // The element shows that very object: nothing it does can change it.
    const el = await mountScan(html`<sociale-veiligheid-quickscan lang="nl"></sociale-veiligheid-quickscan>`);
    expect(el.loadedContent).to.equal(nl);
    await completeScan(el, () => 2);
    expect(JSON.stringify(el.loadedContent)).to.equal(JSON.stringify(nl));
    expect(nl.pillars[0].statements[0].text).to.equal(before);
  });
});
