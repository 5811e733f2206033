// <sociale-veiligheid-quickscan mode="team">: results by property and by file, refused and duplicate
// files, the minimum group size, mixed versions, the summary event, accessibility and the CSV export.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { TeamSummary } from '../../src/team/aggregate.js';
import { $$, mountScan, part, type Scan } from '../support/scan.js';
import { contentEn, file, result, team } from './support.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const mountTeam = (results: unknown[], minGroupSize?: number, lang = 'nl') =>
  mountScan(html`<sociale-veiligheid-quickscan mode="team" lang=${lang} min-group-size=${minGroupSize ?? 3} .results=${results}></sociale-veiligheid-quickscan>`);

async function choose(el: Scan, files: File[]) {
  const input = part(el, 'team-file-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves when the element rendered the files (the status line counts them). */
async function settled(el: Scan, counted: number) {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (text(part(el, 'team')).includes(`${counted} uitkomst`)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never counted ${counted}`);
}

describe('team mode of the element', () => {
  it('aggregates results set as a property, fires nothing for it, and is accessible', async () => {
    let fired = 0;
    const listener = () => (fired += 1);
    document.addEventListener('quickscan-team-summary', listener);
    const el = await mountTeam(team([1, 3, 5, 4]));
    document.removeEventListener('quickscan-team-summary', listener);
    expect(fired).to.equal(0);
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);
    expect(text(part(el, 'team-pillar'))).to.contain('Mediaan 62,5 van 100');
    expect(part(el, 'team-lists')).to.exist;
    expect($$(el, '[part~="start-button"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows nothing below the minimum group size; min-group-size is configurable but never below 2', async () => {
    const two = team([2, 4]);
    let el = await mountTeam(two);
    expect(text(part(el, 'team-waiting'))).to.contain('minstens 3 uitkomsten');
    expect($$(el, '[part~="team-pillar"]')).to.have.length(0);
    await expect(el).to.be.accessible();

    el = await mountTeam(two, 2);
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);

    el = await mountTeam(team([4]), 1);
    expect(text(part(el, 'team-waiting'))).to.contain('minstens 2 uitkomsten');

    el.minGroupSize = 5;
    el.results = team([1, 2, 3, 4]);
    await el.updateComplete;
    expect(text(part(el, 'team-waiting'))).to.contain('minstens 5 uitkomsten');
  });

  it('reads files from the file input and fires quickscan-team-summary with the aggregate', async () => {
    const el = await mountTeam(team([2, 3]));
    const event = oneEvent(el, 'quickscan-team-summary') as Promise<CustomEvent<TeamSummary>>;
    await choose(el, [file(result(5, 7), 'cas.json')]);
    const { detail } = await event;
    expect(detail).to.deep.include({ ready: true, respondents: 3, contentId: 'jzw-quickscan-sociale-veiligheid', version: '2024-05' });
    expect(detail.pillars).to.have.length(4);
    await settled(el, 3);
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);
  });

  it('lists invalid and refused files with the reason, counts a duplicate once and keeps the rest', async () => {
    const el = await mountTeam([]);
    const [a, b] = team([2, 3]);
    let fired = 0;
    el.addEventListener('quickscan-team-summary', () => (fired += 1));
    await choose(el, [
      file(a, 'anna.json'),
      file('{ not json', 'kapot.json'),
      file({ schemaVersion: 1 }, 'half.json'),
      file(a, 'anna-kopie.json'),
      file(b, 'bram.json'),
    ]);
    await settled(el, 2);
    expect($$(el, '[part~="team-rejected"] li').map(text)).to.deep.equal([
      'kapot.json: geen leesbaar JSON-bestand',
      'half.json: geen uitkomst van de quickscan: het formaat klopt niet',
    ]);
    expect(text(part(el, 'team'))).to.contain('1 uitkomst kwam dubbel voor en telt één keer mee.');
    expect(part(el, 'team-waiting')).to.exist;
    expect(fired, 'not ready yet: no summary to store').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('refuses results of another version or another quickscan, with a clear message', async () => {
    const [a, b, c, d] = team([2, 3, 4, 5]);
    const el = await mountTeam([a, { ...b, content: { ...b.content, version: '2023-01' } }, c, { ...d, content: { ...d.content, id: 'andere-scan' } }]);
    expect($$(el, '[part~="team-rejected"] li').map(text)).to.deep.equal([
      'Uitkomst 2: hoort bij een andere versie van deze quickscan',
      'Uitkomst 4: hoort bij een andere quickscan',
    ]);
    expect(part(el, 'team-waiting')).to.exist;
  });

  it('counts results from another language of the same content', async () => {
    const el = await mountTeam([result(2, 1, 'en'), result(4, 2), result(5, 3, 'en')], 3, 'en');
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);
    expect(text(part(el, 'team-pillar'))).to.contain(contentEn.pillars[0].title);
  });

  it('downloads a CSV of the aggregate, never of individuals', async () => {
    const results = team([1, 3, 5]);
    const el = await mountTeam(results);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      part(el, 'team-download-button').click();
    } finally {
      URL.createObjectURL = original.create;
      HTMLAnchorElement.prototype.click = original.click;
    }
    expect(blobs).to.have.length(1);
    expect(names[0]).to.match(/^quickscan-team-jzw-quickscan-sociale-veiligheid-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer());
    expect(csv.startsWith('\uFEFFPijler,')).to.equal(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(19);
    expect(lines[1]).to.contain(',3,50,50,0,100,25,75,50,1,1,1,0,p1-s1,');
    for (const r of results) expect(csv).not.to.contain(r.completedAt);
  });

  it('leaves the scan itself alone without mode="team"', async () => {
    const el = await mountScan();
    expect(part(el, 'start-button')).to.exist;
    expect($$(el, '[part~="team"]')).to.have.length(0);
  });
});
