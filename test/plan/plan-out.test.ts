// What a person takes along: the plan as CSV and .ics (parsed back, the calendar with ical.js), the
// plan inside the JSON result, and the printed plan (one table per pillar, the editing left out).
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { resultSchema } from '../../src/scoring/result-schema.js';
import { emulateFeatures, resetFeatures } from '../support/media.js';
import { $$, type Scan } from '../support/scan.js';
import { content, p1 as P1, p2 as P2 } from './support.js';
import { allInPlan, inPlan, planSettle, scanAtResults } from './support-view.js';
import { captureDownload, readCsv } from '../support/downloads.js';

const PLAN = {
  updatedAt: '2026-01-01T00:00:00.000Z',
  measures: [
    { id: 'a', pillarId: P2, text: 'Gesprek; met "iedereen", en\neen tweede regel', owner: 'Jan, Piet', due: '2099-05-01', status: 'doing' as const },
    { id: 'b', pillarId: P1, statementId: content.pillars[0].statements[0].id, text: 'Vertrouwenspersoon', status: 'open' as const },
    { id: 'c', pillarId: P1, text: 'Oud', due: '2020-01-01', status: 'open' as const },
  ],
};

async function withPlan(): Promise<{ el: Scan; root: ShadowRoot }> {
  const el = await scanAtResults();
  el.plan = PLAN;
  const root = await planSettle(el);
  return { el, root };
}

const title = (id: string) => content.pillars.find((p) => p.id === id)!.title;

describe('plan of action: downloads and print', () => {
  afterEach(() => resetFeatures());

  it('downloads the plan as a Dutch Excel CSV, read back row by row', async () => {
    const { root } = await withPlan();
    const [csvButton] = allInPlan(root, '[part~="plan-download-button"]');
    const file = await captureDownload(() => csvButton.click());
    expect(file.name).to.match(/^plan-van-aanpak-jzw-quickscan-sociale-veiligheid-\d{4}-\d{2}-\d{2}-\d{6}\.csv$/);
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(file.text.startsWith('\uFEFF')).to.equal(true);
    const rows = readCsv(file.text.slice(1), ';');
    expect(rows).to.deep.equal([
      ['Pijler', 'Maatregel', 'Wie', 'Klaar op', 'Status', 'Stelling', 'Tool'],
      [title(P1), 'Vertrouwenspersoon', '', '', 'Open', content.pillars[0].statements[0].text, ''],
      [title(P1), 'Oud', '', '2020-01-01', 'Open', '', ''],
      [title(P2), 'Gesprek; met "iedereen", en\neen tweede regel', 'Jan, Piet', '2099-05-01', 'Bezig', '', ''],
    ]);
  });

  it('downloads the dated measures as an .ics calendar that a parser reads back', async () => {
    const { root } = await withPlan();
    const [, icsButton] = allInPlan<HTMLButtonElement>(root, '[part~="plan-download-button"]');
    expect(icsButton.disabled).to.equal(false);
    const file = await captureDownload(() => icsButton.click());
    expect(file.name).to.match(/\.ics$/);
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    for (const line of file.text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString()])).to.deep.equal([
      ['c@sociale-veiligheid-quickscan', 'Oud', '2020-01-01'],
      ['a@sociale-veiligheid-quickscan', 'Gesprek; met "iedereen", en\neen tweede regel', '2099-05-01'],
    ]);
    expect(events[1].description).to.equal(`Pijler: ${title(P2)}\nWie: Jan, Piet\nStatus: Bezig`);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal(`Plan van aanpak: ${content.title}`);
  });

  it('offers no calendar while no measure has a date, and says why', async () => {
    const el = await scanAtResults();
    el.plan = { updatedAt: PLAN.updatedAt, measures: [PLAN.measures[1]] };
    const root = await planSettle(el);
    const [, icsButton] = allInPlan<HTMLButtonElement>(root, '[part~="plan-download-button"]');
    expect(icsButton.disabled).to.equal(true);
    expect(inPlan(root, `#${icsButton.getAttribute('aria-describedby')}`).textContent).to.equal('Voor de agenda heeft minstens één maatregel een datum nodig.');
  });

  it('puts the plan in the JSON download of the result', async () => {
    const { el } = await withPlan();
    const json = $$(el, '[part~="download-button"]').find((b) => b.textContent!.includes('JSON'))!;
    const file = await captureDownload(() => json.click());
    const parsed = resultSchema.parse(JSON.parse(file.text));
    expect(parsed.plan).to.deep.equal(PLAN);
  });

  it('prints one table per pillar (measure, owner, date, status) and leaves the editing out', async () => {
    const { el, root } = await withPlan();
    const shown = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;
    const edit = inPlan(root, '.plan-edit');
    expect(shown(edit), 'editing on screen').to.equal(true);
    expect(allInPlan(root, '.plan-table').some(shown), 'tables not on screen').to.equal(false);
    const emulated = await emulateFeatures([], 'print');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    if (!emulated || !matchMedia('print').matches) {
      const css = (root.adoptedStyleSheets ?? []).map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
      expect(css).to.match(/@media print[^@]*\.print-only/);
      return;
    }
    expect(shown(edit), 'editing printed').to.equal(false);
    expect(allInPlan(root, '[part~="plan-download-button"]').some(shown)).to.equal(false);
    const tables = allInPlan<HTMLTableElement>(root, '.plan-table');
    tables.forEach((t) => expect(shown(t)).to.equal(true));
    const read = (t: HTMLTableElement) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(tables.map((t) => t.caption!.textContent)).to.deep.equal([title(P1), title(P2)]);
    expect(read(tables[0])).to.deep.equal([
      ['Maatregel', 'Wie', 'Klaar op', 'Status'],
      ['Vertrouwenspersoon', '', '', 'Open'],
      ['Oud', '', '2020-01-01 (verlopen)', 'Open'],
    ]);
    expect(read(tables[1])[1]).to.deep.equal(['Gesprek; met "iedereen", en\neen tweede regel', 'Jan, Piet', '2099-05-01', 'Bezig']);
  });
});
