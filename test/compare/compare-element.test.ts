import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { completeScan, mountScan, part, $$, settle, type Scan } from '../support/scan.js';
import { compareLoaded, earlierResult } from './support.js';

/** What the element offers as a download (the blob's text), captured from its link. */
async function captureDownload(trigger: () => void): Promise<string> {
  const original = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), original.call(URL, b));
  HTMLAnchorElement.prototype.click = () => {};
  try {
    trigger();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await blob!.arrayBuffer()));
}

const deltas = (el: Scan) => $$(el, '[part~="pillar-delta"]').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** A completed scan on its results, with the comparison loaded; `choose` picks a file with this text. */
async function atResultsWithFileInput() {
  const el = await mountScan();
  const result = await completeScan(el, () => 4);
  await compareLoaded(el);
  const input = part(el, 'compare-file-input') as HTMLInputElement;
  const choose = (text: string) => {
    const files = new DataTransfer();
    files.items.add(new File([text], 'uitkomst.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return { el, result, choose };
}

describe('comparison with an earlier result', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('by property: shows per pillar then, now and the difference in words, and fires quickscan-compare', async () => {
    const el = await mountScan();
    await completeScan(el, () => 4);
    await compareLoaded(el);
    const baseline = earlierResult(el, () => 3);
    const fired = oneEvent(el, 'quickscan-compare');
    el.baseline = baseline;
    const event = (await fired) as CustomEvent;
    expect(event.detail).to.deep.equal({
      baseline: { completedAt: '2026-03-03T10:00:00.000Z', contentVersion: el.loadedContent!.version },
      pillars: el.loadedContent!.pillars.map((p) => ({ id: p.id, score: 75, baselineScore: 50, delta: 25 })),
    });
    expect(deltas(el)).to.have.length(4);
    expect(deltas(el)[0]).to.contain('toen 50, nu 75').and.contain('+25, hoger dan op 3 maart');
    await expect(el).to.be.accessible();
  });

  it('by attribute (JSON), with a lower and an equal pillar, and no score then', async () => {
    const el = await mountScan();
    await completeScan(el, () => 3);
    await compareLoaded(el);
    const content = el.loadedContent!;
    const [first, second, third] = content.pillars.map((p) => new Set(p.statements.map((s) => s.id)));
    const baseline = earlierResult(el, (id) => (first.has(id) ? 5 : second.has(id) ? 3 : third.has(id) ? null : 1));
    const fired = oneEvent(el, 'quickscan-compare');
    el.setAttribute('baseline', JSON.stringify(baseline));
    const { detail } = (await fired) as CustomEvent;
    expect(detail.pillars.map((p: { delta: number | null }) => p.delta)).to.deep.equal([-50, 0, null, 50]);
    const words = deltas(el);
    expect(words[0]).to.contain('−50, lager dan op 3 maart');
    expect(words[1]).to.contain('gelijk');
    expect(words[2]).to.contain('geen score toen');
    expect(words[3]).to.contain('+50, hoger dan op 3 maart');
    // Statements that moved two or more positions, up and down.
    const moved = part(el, 'compare').querySelectorAll('.moved li');
    expect(moved.length).to.equal(content.pillars[0].statements.length + content.pillars[3].statements.length);
  });

  it('by file input: a downloaded result is compared; a file that is not JSON gets a readable message and loses nothing', async () => {
    const { el, result, choose } = await atResultsWithFileInput();
    const error = oneEvent(el, 'quickscan-error');
    choose('{ dit is geen json');
    const { detail } = (await error) as CustomEvent;
    expect(detail.kind).to.equal('parse');
    await settle(el);
    expect(part(el, 'compare-error').textContent).to.contain('geen geldige JSON');
    expect(el.result).to.deep.equal(result);
    expect(el.step).to.equal('results');

    const fired = oneEvent(el, 'quickscan-compare');
    choose(JSON.stringify(earlierResult(el, () => 2)));
    const compared = (await fired) as CustomEvent;
    expect(compared.detail.pillars[0]).to.deep.equal({ id: el.loadedContent!.pillars[0].id, score: 75, baselineScore: 25, delta: 50 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="compare-error"]') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a chosen file that is JSON but no result: the refusal and its issues are shown, quickscan-error fires, nothing is lost; a good file then compares', async () => {
    const { el, result, choose } = await atResultsWithFileInput();
    const error = oneEvent(el, 'quickscan-error');
    const broken = { ...earlierResult(el, () => 3), completedAt: 'gisteren' } as Record<string, unknown>;
    delete broken.answers;
    choose(JSON.stringify(broken));
    const { detail } = (await error) as CustomEvent;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('De eerdere uitkomst past niet in het formaat van een uitkomst van de quickscan; er is niets vergeleken.');
    expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['completedAt', 'answers']);
    await settle(el);
    const shown = part(el, 'compare-error');
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.textContent).to.contain('past niet in het formaat');
    expect([...shown.querySelectorAll('.issues code')].map((c) => c.textContent)).to.deep.equal(['completedAt', 'answers']);
    expect(el.result).to.deep.equal(result);
    expect(el.step).to.equal('results');
    await expect(el).to.be.accessible();

    const fired = oneEvent(el, 'quickscan-compare');
    choose(JSON.stringify(earlierResult(el, () => 3)));
    expect(((await fired) as CustomEvent).detail.pillars[0]).to.include({ score: 75, baselineScore: 50, delta: 25 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="compare-error"]') === null).to.equal(true);
    expect($$(el, '[part~="pillar-delta"]')).to.have.length(4);
  });

  it('refuses a baseline of another quickscan, one dated after the result, and says so without losing anything', async () => {
    const el = await mountScan();
    const result = await completeScan(el, () => 4);
    await compareLoaded(el);
    const other = { ...earlierResult(el, () => 3), content: { id: 'iets-anders', version: '1', locale: 'nl' } };
    let error = oneEvent(el, 'quickscan-error');
    el.baseline = other;
    expect(((await error) as CustomEvent).detail.message).to.equal('De eerdere uitkomst hoort bij een andere quickscan; er is niets vergeleken.');
    await settle(el);
    expect(part(el, 'compare-error').textContent).to.contain('andere quickscan');

    error = oneEvent(el, 'quickscan-error');
    el.baseline = earlierResult(el, () => 3, '2999-01-01T00:00:00.000Z');
    expect(((await error) as CustomEvent).detail.message).to.contain('van na deze uitkomst');
    expect(el.result).to.deep.equal(result);
    expect($$(el, '[part~="pillar-delta"]')).to.have.length(0);
  });

  it('a forged baseline (scores that do not match its answers) is re-scored from its answers, and says so', async () => {
    const el = await mountScan();
    await completeScan(el, () => 4);
    await compareLoaded(el);
    const forged = earlierResult(el, () => 2);
    forged.pillars.forEach((p) => (p.score = 100));
    const fired = oneEvent(el, 'quickscan-compare');
    el.baseline = JSON.stringify(forged);
    const { detail } = (await fired) as CustomEvent;
    expect(detail.pillars.every((p: { baselineScore: number }) => p.baselineScore === 25)).to.equal(true);
    await settle(el);
    expect(part(el, 'compare').textContent).to.contain('opnieuw berekend');
  });

  it("shows the earlier plan's measures with their status", async () => {
    const el = await mountScan();
    await completeScan(el, () => 4);
    await compareLoaded(el);
    const pillar = el.loadedContent!.pillars[0].id;
    const baseline = {
      ...earlierResult(el, () => 3),
      plan: {
        updatedAt: '2026-03-04T10:00:00.000Z',
        measures: [
          { id: 'm1', pillarId: pillar, text: 'Vertrouwenspersoon aanstellen', status: 'done' },
          { id: 'm2', pillarId: pillar, text: 'Gedragscode bespreken', status: 'doing' },
        ],
      },
    };
    el.baseline = baseline;
    await oneEvent(el, 'quickscan-compare');
    await settle(el);
    const text = part(el, 'compare').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Wat is er gedaan sinds de vorige scan');
    expect(text).to.contain('Vertrouwenspersoon aanstellen — Klaar');
    expect(text).to.contain('Gedragscode bespreken — Bezig');
  });

  it('persisted history: keeps completed results (last 5, with persist only), offers the previous one, and forgets them', async () => {
    const KEY = 'sociale-veiligheid-quickscan:history:jzw-quickscan-sociale-veiligheid';
    const first = await mountScan();
    await completeScan(first, () => 2);
    await compareLoaded(first);
    expect(localStorage.getItem(KEY), 'nothing kept without persist').to.equal(null);
    first.remove();

    // Six earlier results kept: only the last five stay.
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    await completeScan(el, () => 4);
    await compareLoaded(el);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part~="history-offer"]') === null, 'nothing earlier yet').to.equal(true);
    el.remove();

    const older = (day: number) => ({ ...JSON.parse(localStorage.getItem(KEY)!)[0], completedAt: `2026-03-0${day}T09:00:00.000Z` });
    const current = JSON.parse(localStorage.getItem(KEY)!)[0];
    localStorage.setItem(KEY, JSON.stringify([current, ...[6, 5, 4, 3, 2].map(older)]));
    const again = await fixture<Scan>(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    await again.updateComplete;
    again.result = current;
    await compareLoaded(again);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(5);
    const offer = part(again, 'history-offer');
    expect(offer.textContent!.replace(/\s+/g, ' ')).to.contain('Je vorige scan was op 6 maart 2026 — vergelijk');
    const fired = oneEvent(again, 'quickscan-compare');
    part(again, 'history-compare-button').click();
    expect(((await fired) as CustomEvent).detail.baseline.completedAt).to.equal('2026-03-06T09:00:00.000Z');
    await settle(again);
    expect(deltas(again)[0]).to.contain('gelijk');
    await expect(again).to.be.accessible();

    part(again, 'history-forget-button').click();
    await settle(again);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(again.shadowRoot!.querySelector('[part~="history-forget-button"]') === null).to.equal(true);
  });

  it('downloads: JSON and CSV carry the baseline columns while a comparison is shown, and not without one', async () => {
    const el = await mountScan();
    await completeScan(el, () => 4);
    await compareLoaded(el);
    const [json, csv] = $$(el, '[part~="download-button"]');
    expect(JSON.parse(await captureDownload(() => json.click()))).to.not.have.property('comparison');
    expect((await captureDownload(() => csv.click())).split('\r\n')[0]).to.not.contain('eerder');

    el.baseline = earlierResult(el, () => 3);
    await oneEvent(el, 'quickscan-compare');
    const saved = JSON.parse(await captureDownload(() => json.click()));
    expect(saved.comparison.baseline).to.deep.equal({ completedAt: '2026-03-03T10:00:00.000Z', contentVersion: el.loadedContent!.version });
    expect(saved.comparison.pillars[0]).to.deep.equal({ id: el.loadedContent!.pillars[0].id, score: 75, baselineScore: 50, delta: 25 });
    const rows = (await captureDownload(() => csv.click())).trim().split('\r\n').map((r) => r.split(';'));
    expect(rows[0].slice(-2)).to.deep.equal(['Score pijler eerder', 'Verschil']);
    expect(rows[1].slice(-2)).to.deep.equal(['50', '25']);
    // The file with a comparison is still a result: it shows again and compares again.
    const other = await mountScan();
    other.result = saved;
    await settle(other);
    expect(other.step).to.equal('results');
  });

  it('in English, with a baseline attribute set before the scan, another content version and at 320 px', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const probe = await mountScan(html`<sociale-veiligheid-quickscan lang="en"></sociale-veiligheid-quickscan>`);
      const content = probe.loadedContent!;
      const last = new Set(content.pillars[3].statements.map((s) => s.id));
      // Made with another version that did not have the last pillar's statements.
      const baseline = earlierResult(probe, () => 2);
      baseline.content.version = '2023-01';
      baseline.answers = baseline.answers.filter((a) => !last.has(a.statementId));
      probe.remove();
      const el = await mountScan(html`<sociale-veiligheid-quickscan lang="en" baseline=${JSON.stringify(baseline)}></sociale-veiligheid-quickscan>`);
      const fired = oneEvent(el, 'quickscan-compare');
      await completeScan(el, () => 4);
      const { detail } = (await fired) as CustomEvent;
      expect(detail.baseline.contentVersion).to.equal('2023-01');
      expect(detail.pillars[3]).to.deep.equal({ id: content.pillars[3].id, score: null, baselineScore: null, delta: null });
      await settle(el);
      const words = deltas(el);
      expect(words[0]).to.contain('then 25, now 75').and.contain('+50, higher than on March 3');
      expect(words[3]).to.contain('no score then or now');
      const shared = content.pillars.slice(0, 3).reduce((n, p) => n + p.statements.length, 0);
      expect(part(el, 'compare').textContent!.replace(/\s+/g, ' ')).to.contain(`version 2023-01 of the quickscan; compared are the ${shared} of the ${shared + last.size} statements`);
      expect(el.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
