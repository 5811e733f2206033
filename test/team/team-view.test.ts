// The team view on its own: renderTeam with a TeamController in a small test element, as the
// quickscan element will host it. (team-element.test.ts tests the element itself in mode="team".)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { base } from '../../src/styles/base.js';
import { media } from '../../src/styles/media.js';
import { resultStyles } from '../../src/styles/results.js';
import { tokens } from '../../src/styles/tokens.js';
import type { TeamSummary } from '../../src/team/aggregate.js';
import { TeamController } from '../../src/team/team-controller.js';
import { teamStyles } from '../../src/team/team.styles.js';
import { renderTeam, teamCsv } from '../../src/team/team-view.js';
import { content, file, result, team } from './support.js';

class TeamViewTest extends LitElement {
  static override styles = [tokens, base, resultStyles, media, teamStyles];
  minGroupSize = 3;
  readonly team = new TeamController(() => this.requestUpdate());
  readonly announced: TeamSummary[] = [];
  csv = '';
  printed = 0;

  override render() {
    this.team.content = content;
    this.team.minGroupSize = this.minGroupSize;
    const state = this.team.state!;
    return html`<div class="base">
      ${renderTeam(
        { content, locale: 'nl', team: state },
        {
          addFiles: async (files) => {
            const summary = await this.team.addFiles(files);
            if (summary) this.announced.push(summary);
          },
          clearFiles: () => this.team.clearFiles(),
          print: () => (this.printed += 1),
          downloadCsv: () => (this.csv = teamCsv(content, state.summary)),
        },
      )}
    </div>`;
  }
}
customElements.define('team-view-test', TeamViewTest);

async function mount(results: unknown[] = [], minGroupSize = 3) {
  const el = await fixture<TeamViewTest>(html`<team-view-test></team-view-test>`);
  el.minGroupSize = minGroupSize;
  el.team.setResults(results);
  await el.updateComplete;
  return el;
}

const q = (el: TeamViewTest, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: TeamViewTest, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function choose(el: TeamViewTest, files: File[]) {
  const before = el.team.state!.files;
  const input = q(el, '[part~="team-file-input"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => el.team.state!.files === before + files.length);
  await el.updateComplete;
}

async function waitFor(condition: () => boolean) {
  await waitUntil(condition, 'waited in vain');
}

describe('team view', () => {
  it('waits for the minimum group size and shows nothing of the results before', async () => {
    const el = await mount(team([1, 5]));
    expect(text(q(el, '[part~="team-waiting"]'))).to.contain('minstens 3 uitkomsten');
    expect(text(q(el, '[role="status"]'))).to.contain('2 uitkomsten tellen mee');
    expect(qa(el, '[part~="team-pillar"]')).to.have.length(0);
    expect(q(el, '[part~="team-lists"]')).to.equal(null);
    expect(q(el, '[part~="team-download-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows per pillar the median, range and band shares in text, with a table alternative', async () => {
    const el = await mount(team([1, 3, 5]));
    const pillars = qa(el, '[part~="team-pillar"]');
    expect(pillars).to.have.length(4);
    const first = text(pillars[0]);
    expect(first).to.contain('Sociaal en psychologisch veilig werken');
    expect(first).to.contain('Mediaan 50 van 100');
    expect(first).to.contain('Van 0 tot 100; de middelste helft van 25 tot 75.');
    expect(first).to.contain('Prioriteit: 1 (33%)');
    expect(first).to.contain('Op orde: 1 (33%)');
    expect(pillars[0].querySelector('.share-bar')!.getAttribute('aria-hidden')).to.equal('true');
    expect(pillars[0].querySelectorAll('.share-bar span')).to.have.length(3);
    const rows = qa(el, 'table tbody tr');
    expect(rows).to.have.length(4);
    expect([...rows[0].children].map(text)).to.deep.equal(['Sociaal en psychologisch veilig werken', '3', '50', '50', '0–100', '25–75', '1', '1', '1', '0']);
    expect(q(el, '[part~="first-tip"]')).to.exist;
    expect(q(el, '[part~="tips"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists where the team disagrees, agrees it is strong and agrees work is needed', async () => {
    const rows: Record<string, number[]> = { 'p1-s1': [5, 5, 5], 'p2-s1': [1, 1, 1], 'p3-s1': [1, 5, 1] };
    const el = await mount([0, 1, 2].map((i) => result((id) => rows[id]?.[i] ?? null, i)));
    const lists = q(el, '[part~="team-lists"]')!;
    const [disagree, strong, needsWork] = [...lists.querySelectorAll('section')].map(text);
    expect(disagree).to.contain(content.pillars[2].statements[0].text).and.to.contain('Helemaal oneens 2, Helemaal eens 1');
    expect(strong).to.contain('Het is binnen onze organisatie helder');
    expect(needsWork).to.contain(content.pillars[1].statements[0].text);
    await expect(el).to.be.accessible();
  });

  it('reads chosen files, lists refused ones with the reason and counts duplicates once', async () => {
    const el = await mount();
    const [a, b, c] = team([2, 3, 4]);
    await choose(el, [
      file(a, 'anna.json'),
      file('{ not json', 'kapot.json'),
      file({ hello: 'world' }, 'ander.json'),
      file(a, 'anna-kopie.json'),
      file(b, 'bram.json'),
      file({ ...c, content: { ...c.content, version: '2023-01' } }, 'oud.json'),
      file({ ...c, content: { ...c.content, id: 'andere-scan' } }, 'vreemd.json'),
    ]);
    const rejected = qa(el, '[part~="team-rejected"] li').map(text);
    expect(rejected).to.deep.equal([
      'kapot.json: geen leesbaar JSON-bestand',
      'ander.json: geen uitkomst van de quickscan: het formaat klopt niet',
      'oud.json: hoort bij een andere versie van deze quickscan',
      'vreemd.json: hoort bij een andere quickscan',
    ]);
    const status = text(q(el, '[role="status"]'));
    expect(status).to.contain('2 uitkomsten tellen mee.');
    expect(status).to.contain('1 uitkomst kwam dubbel voor en telt één keer mee.');
    expect(q(el, '[part~="team-waiting"]')).to.exist;
    expect(el.announced).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await choose(el, [file(c, 'cas.json')]);
    expect(qa(el, '[part~="team-pillar"]')).to.have.length(4);
    expect(el.announced).to.have.length(1);
    expect(el.announced[0]).to.deep.include({ ready: true, respondents: 3 });

    (q(el, '[part~="team-clear-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(qa(el, '[part~="team-rejected"]')).to.have.length(0);
    expect(text(q(el, '[role="status"]'))).to.contain('0 uitkomsten tellen mee.');
  });

  it('takes dropped files', async () => {
    const el = await mount(team([2, 3]));
    const transfer = new DataTransfer();
    transfer.items.add(file(result(5, 9), 'dropped.json'));
    q(el, '.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitFor(() => el.team.state!.files === 1);
    await el.updateComplete;
    expect(qa(el, '[part~="team-pillar"]')).to.have.length(4);
  });

  it('honours a configured group size, never below 2', async () => {
    const el = await mount(team([2, 4]), 2);
    expect(qa(el, '[part~="team-pillar"]')).to.have.length(4);
    el.minGroupSize = 1;
    el.team.setResults(team([4]));
    await el.updateComplete;
    expect(text(q(el, '[part~="team-waiting"]'))).to.contain('minstens 2 uitkomsten');
    el.minGroupSize = 5;
    el.team.setResults(team([1, 2, 3, 4]));
    await el.updateComplete;
    expect(text(q(el, '[part~="team-waiting"]'))).to.contain('minstens 5 uitkomsten');
  });

  it('prints and downloads a CSV of the aggregate only', async () => {
    const results = team([1, 3, 5]);
    const el = await mount(results);
    (q(el, '[part~="print-button"]') as HTMLButtonElement).click();
    (q(el, '[part~="team-download-button"]') as HTMLButtonElement).click();
    expect(el.printed).to.equal(1);
    expect(el.csv.startsWith('\uFEFFPijler;Aantal met score;Mediaan;Gemiddelde;Minimum;Maximum')).to.equal(true);
    expect(el.csv.trimEnd().split('\r\n')).to.have.length(19);
    for (const r of results) expect(el.csv).not.to.contain(r.completedAt);
  });
});
