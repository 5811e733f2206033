// <sociale-veiligheid-quickscan mode="team">: results by property and by file, refused and duplicate
// files, the minimum group size, mixed versions, the summary event, accessibility and the CSV export.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TeamSummary } from '../../src/team/aggregate.js';
import { $$, mountScan, part, viewRoot, type Scan } from '../support/scan.js';
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
  await waitUntil(() => viewRoot(el).querySelector('[part~="team"]')?.textContent?.includes(`${counted} uitkomst`), `never counted ${counted}`);
}

async function until(el: Scan, condition: () => boolean) {
  await waitUntil(condition, 'waited in vain');
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
    expect(names[0]).to.match(/^quickscan-team-jzw-quickscan-sociale-veiligheid-\d{4}-\d{2}-\d{2}-\d{6}\.csv$/);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer());
    expect(csv.startsWith('\uFEFFPijler;')).to.equal(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(19);
    expect(lines[1]).to.contain(';3;50;50;0;100;25;75;50;1;1;1;0;p1-s1;');
    for (const r of results) expect(csv).not.to.contain(r.completedAt);
  });

  it('downloads the team CSV as a Dutch or English spreadsheet expects, named with the time of day', async () => {
    const download = async (el: Scan) => {
      const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
      let blob: Blob | undefined;
      let name = '';
      URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        name = this.download;
      };
      try {
        part(el, 'team-download-button').click();
      } finally {
        URL.createObjectURL = original.create;
        HTMLAnchorElement.prototype.click = original.click;
      }
      return { name, lines: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer()).trimEnd().split('\r\n') };
    };
    const before = new Date();
    before.setMilliseconds(0);
    const nl = await download(await mountTeam(team([2, 3, 5, 5])));
    const after = new Date();
    const [, y, mo, d, h, mi, sec] = /-(\d{4})-(\d\d)-(\d\d)-(\d\d)(\d\d)(\d\d)\.csv$/.exec(nl.name)!.map(Number);
    const stamped = new Date(y, mo - 1, d, h, mi, sec).getTime();
    expect(stamped, 'local time of the download, to the second').to.be.within(before.getTime(), after.getTime());
    // Dutch Excel: semicolons and a decimal comma (pillar 1: scores 25, 50, 100 and 100).
    expect(nl.lines[0].startsWith('\uFEFFPijler;Aantal met score;Mediaan;Gemiddelde;')).to.equal(true);
    expect(nl.lines[1]).to.contain(';4;75;68,75;25;100;43,75;100;56,25;');
    const en = await download(await mountTeam(team([2, 3, 5, 5]), 3, 'en'));
    expect(en.lines[0].startsWith('\uFEFFPillar,')).to.equal(true);
    expect(en.lines[1]).to.contain(',4,75,68.75,25,100,43.75,100,56.25,');
  });

  it('moves focus to the file input when the chosen files are removed, by keyboard and by mouse', async () => {
    const el = await mountTeam(team([2, 3]));
    for (const how of ['keyboard', 'mouse']) {
      await choose(el, [file(result(5, 7), `cas-${how}.json`)]);
      await until(el, () => $$(el, '[part~="team-clear-button"]').length === 1);
      const button = part(el, 'team-clear-button');
      if (how === 'keyboard') {
        button.focus();
        await sendKeys({ press: 'Enter' });
      } else {
        button.scrollIntoView({ block: 'center' });
        const box = button.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      }
      await until(el, () => $$(el, '[part~="team-clear-button"]').length === 0);
      // Names, not nodes: a failing comparison of DOM nodes stalls the test runner's error report.
      const name = (node: Element | null) => (node ? `${node.localName}${node.id ? `#${node.id}` : ''}` : 'nothing');
      expect(name(document.activeElement), how).to.equal('sociale-veiligheid-quickscan');
      expect(name(viewRoot(el).activeElement), how).to.equal('input#team-files');
    }
    await expect(el).to.be.accessible();
  });

  it('summarises thousands of refused results by reason instead of listing each, and stays fast', async () => {
    const good = team([2, 3, 4]);
    const junk = [
      ...Array.from({ length: 9997 }, (_, i) => ({ schemaVersion: 1, answers: i })),
      { ...good[0], content: { ...good[0].content, version: '2023-01' } },
      { ...good[1], content: { ...good[1].content, id: 'andere-scan' } },
      { ...good[2], content: { ...good[2].content, id: 'andere-scan' } },
    ];
    const started = performance.now();
    const el = await mountTeam([...good, ...junk]);
    // Over 1,000 results are counted in slices (test/team/long-tasks.test.ts): wait for the count.
    for (let i = 0; i < 1000 && !text(part(el, 'team')).includes('3 uitkomsten tellen mee'); i++) await new Promise((r) => setTimeout(r, 5));
    const elapsed = performance.now() - started;
    const items = $$(el, '[part~="team-rejected"] li').map(text);
    expect(items.length, 'list items').to.equal(3);
    expect(items).to.deep.equal([
      '9.997 keer: geen uitkomst van de quickscan: het formaat klopt niet',
      '2 keer: hoort bij een andere quickscan',
      '1 keer: hoort bij een andere versie van deze quickscan',
    ]);
    expect(text(part(el, 'team-rejected'))).to.contain('10.000 uitkomsten niet meegeteld, per reden:');
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);
    expect(elapsed, 'ms to validate and render 10,003 results').to.be.below(2000);
    await expect(el).to.be.accessible();

    // Up to twenty are still listed one by one, with their names; English says it in English.
    const twenty = await mountTeam(junk.slice(0, 20));
    expect($$(twenty, '[part~="team-rejected"] li')).to.have.length(20);
    expect(text(part(twenty, 'team-rejected'))).to.contain('Uitkomst 20: geen uitkomst');
    const english = await mountTeam(junk.slice(9975), 3, 'en');
    expect($$(english, '[part~="team-rejected"] li').map(text)).to.have.length(3);
    expect($$(english, '[part~="team-rejected"] li').map(text)).to.deep.equal([
      '22 times: not a quickscan result: the format is incorrect',
      '2 times: belongs to a different quickscan',
      'Once: belongs to a different version of this quickscan',
    ]);
  });

  it('leaves the scan itself alone without mode="team"', async () => {
    const el = await mountScan();
    expect(part(el, 'start-button')).to.exist;
    expect($$(el, '[part~="team"]')).to.have.length(0);
  });
});
