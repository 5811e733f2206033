import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { custom } from '../fixtures/custom-content.js';
import { $, $$, answerStep, completeScan, mountScan, next, part, settle, start, type Scan } from '../support/scan.js';
import { waitFor } from '../support/frame.js';

const title = (el: Scan) => $(el, 'h2').textContent!.trim();
const withTitle = (t: string) => ({ ...custom, title: t });
const inline = (t: string) => JSON.stringify(withTitle(t));

/** Lets a held fixture response (/__fixtures/held/<key>/…) go; resolves once it is on its way. */
const release = (key: string) => fetch(`/__fixtures/release/${key}`);

async function ready(el: Scan, predicate: () => boolean) {
  await waitFor(() => predicate(), 5000);
  await el.updateComplete;
}

describe('content sources and their precedence', () => {
  it('uses the content property first (object or JSON text)', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${withTitle('Via property')} src="/content/en.json">
      <script type="application/json">${inline('Inline')}</script>
    </sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    expect(title(el)).to.equal('Via property');
    el.content = inline('Als tekst');
    await el.updateComplete;
    expect(title(el)).to.equal('Als tekst');
  });

  it('then an inline <script type="application/json"> child, and follows edits to it', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan src="/content/en.json">
      <script type="application/json">${inline('Inline')}</script>
    </sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    expect(title(el)).to.equal('Inline');
    el.querySelector('script')!.textContent = inline('Inline bewerkt');
    await ready(el, () => title(el) === 'Inline bewerkt');
    expect(title(el)).to.equal('Inline bewerkt');
  });

  it('then the src URL, with an accessible busy state while it loads', async () => {
    const key = `busy-${Math.random()}`;
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan src="/__fixtures/held/${key}/test/fixtures/custom-content.json"></sociale-veiligheid-quickscan>`);
    const loading = part(el, 'loading');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent).to.contain('De quickscan wordt geladen');
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'quickscan-ready');
    await release(key);
    await loaded;
    expect(title(el)).to.equal('Teamcheck Acme');
  });

  it('else the built-in content of the active language', async () => {
    const el = await mountScan();
    expect(title(el)).to.contain('Quickscan - vier pijlers');
  });

  it('reloads when src or content changes later, and falls back when they are removed', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan src="/__fixtures/file/test/fixtures/custom-content.json"></sociale-veiligheid-quickscan>`);
    await ready(el, () => !!el.loadedContent);
    expect(title(el)).to.equal('Teamcheck Acme');
    const next = oneEvent(el, 'quickscan-ready');
    el.src = '/content/nl.json';
    expect((await next).detail.contentId).to.equal('jzw-quickscan-sociale-veiligheid');
    el.content = withTitle('Nu via property');
    await el.updateComplete;
    expect(title(el)).to.equal('Nu via property');
    el.content = undefined;
    el.removeAttribute('src');
    await el.updateComplete;
    expect(title(el)).to.contain('Quickscan - vier pijlers');
  });

  it('never lets a slow earlier load win over a newer one (the old request is aborted)', async () => {
    const [slow, fast] = [`slow-${Math.random()}`, `fast-${Math.random()}`];
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan src="/__fixtures/held/${slow}/content/en.json"></sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    el.src = `/__fixtures/held/${fast}/test/fixtures/custom-content.json`;
    await el.updateComplete;
    await release(fast);
    await ready(el, () => !!el.loadedContent);
    expect(title(el)).to.equal('Teamcheck Acme');
    // The earlier request answers now; a request after it is a sentinel: once it is back, so is the earlier one.
    await release(slow);
    await fetch('/__fixtures/status/204');
    await el.updateComplete;
    expect(title(el)).to.equal('Teamcheck Acme');
    expect(el.loadedContent!.id).to.equal('acme-team-check');
  });

  it('keeps answers that still belong to the content when it reloads', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${custom}></sociale-veiligheid-quickscan>`);
    el.answers = { 'samen-1': 2, 'samen-2': 0, 'weg': 1 };
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ 'samen-1': 2, 'samen-2': 0 });
    el.content = { ...custom, version: '4' };
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ 'samen-1': 2, 'samen-2': 0 });
  });
});

describe('any valid content works: results follow the content', () => {
  it('a 3-point scale without "unknown", custom bands and two pillars', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${custom}></sociale-veiligheid-quickscan>`);
    expect(part(el, 'intro').textContent).to.contain('3 stellingen, verdeeld over 2 pijlers');
    const result = await completeScan(el, (id) => (id === 'samen-1' ? 2 : id === 'samen-2' ? 1 : 0));
    expect($$(el, 'fieldset').length).to.equal(0);
    expect(result.scale).to.deep.equal({ min: 0, max: 2 });
    expect(result.pillars.map((p: { id: string; score: number; band: string }) => [p.id, p.score, p.band])).to.deep.equal([
      ['samen', 75, 'midden'],
      ['melden', 0, 'laag'],
    ]);
    expect(result.priorities).to.deep.equal(['melden']);
    expect(result.content).to.deep.equal({ id: 'acme-team-check', version: '3', locale: 'nl' });
    expect(part(el, 'pillar-result').textContent).to.contain('Redelijk');
    const link = $(el, '[part~="pillar-result"] a');
    expect(link.getAttribute('href')).to.equal('/beleid/samenwerken');
    expect(link.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('offers no "Weet ik niet" when the scale has no unknown option', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${custom}></sociale-veiligheid-quickscan>`);
    part(el, 'start-button').click();
    await settle(el);
    expect($$(el, 'input[value="unknown"]')).to.have.length(0);
    expect($$(el, 'fieldset')[0].querySelectorAll('input')).to.have.length(3);
  });

  it('gives up on a src that never answers after `timeout` ms: a network error with a retry', async () => {
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan timeout="300"></sociale-veiligheid-quickscan>`);
    expect(el.timeout).to.equal(300);
    const failed = oneEvent(el, 'quickscan-error');
    el.src = '/__fixtures/hang';
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('kon niet worden opgehaald');
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('waits 15 s by default', async () => {
    const el = await mountScan();
    expect(el.timeout).to.equal(15000);
  });

  it('keeps the answers when src changes mid-scan to a URL that never answers', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, () => 3);
    await next(el);
    const answers = el.answers;
    expect(Object.keys(answers)).to.have.length(el.loadedContent!.pillars[0].statements.length);
    el.timeout = 250;
    let failed = oneEvent(el, 'quickscan-error');
    el.src = '/__fixtures/hang';
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    // Retrying a URL that still hangs ends the same way.
    failed = oneEvent(el, 'quickscan-error');
    part(el, 'retry-button').click();
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(el.answers).to.deep.equal(answers);
    const loaded = oneEvent(el, 'quickscan-ready');
    el.src = '/__fixtures/file/content/nl.json';
    await loaded;
    await settle(el);
    expect(el.answers).to.deep.equal(answers);
    expect(el.step).to.equal(1);
    expect(part(el, 'step')).to.exist;
  });
});
