import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CSV_COMMA, CSV_SEMICOLON, csvFormat, csvText, downloadName, resultToCsv } from '../../src/scoring/export.js';
import { resultSchema } from '../../src/scoring/result-schema.js';
import { $$, completeScan, mountScan, part, settle, type Scan } from '../support/scan.js';
import { captureDownload } from '../support/downloads.js';

/** Minimal RFC 4180 parser for the test: quoted fields, doubled quotes, CRLF rows; `;` for Dutch files. */
function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

describe('results worth keeping: print, JSON and CSV', () => {
  it('downloads the result as JSON that validates and shows again through the result property', async () => {
    const el = await mountScan();
    const result = await completeScan(el, (id) => (id.endsWith('1') ? 'unknown' : 2));
    const buttons = $$(el, '[part~="download-button"]');
    const file = await captureDownload(() => buttons[0].click());
    const done = new Date(result.completedAt);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const stamp = `${done.getFullYear()}-${p2(done.getMonth() + 1)}-${p2(done.getDate())}-${p2(done.getHours())}${p2(done.getMinutes())}${p2(done.getSeconds())}`;
    expect(file.name, 'named with the local date and time of completion').to.equal(`quickscan-jzw-quickscan-sociale-veiligheid-${stamp}.json`);
    expect(file.type).to.equal('application/json');
    const parsed = JSON.parse(file.text);
    expect(resultSchema.safeParse(parsed).success).to.equal(true);
    expect(parsed).to.deep.equal(result);
    const again = await fixture<Scan>(html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`);
    again.result = parsed;
    await settle(again);
    expect(part(again, 'results')).to.exist;
    expect(again.result).to.deep.equal(result);
    expect(part(again, 'priorities').textContent).to.equal(part(el, 'priorities').textContent);
  });

  it('downloads a CSV with one row per statement, UTF-8 with BOM, semicolons for Dutch Excel, spreadsheet-safe', async () => {
    const el = await mountScan();
    await completeScan(el, (id) => (id === 'p1-s2' ? 'unknown' : id.startsWith('p2') ? 5 : 1));
    const file = await captureDownload(() => $$(el, '[part~="download-button"]')[1].click());
    expect(file.name).to.match(/^quickscan-jzw-quickscan-sociale-veiligheid-\d{4}-\d\d-\d\d-\d{6}\.csv$/);
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(file.text.charCodeAt(0)).to.equal(0xfeff);
    expect(file.text.slice(1).split('\r\n')[0]).to.equal('Pijler;Stelling-id;Stelling;Waarde;Antwoord;Score pijler;Beoordeling');
    const rows = parseCsv(file.text.slice(1));
    expect(rows).to.have.length(19);
    expect(rows[0]).to.deep.equal(['Pijler', 'Stelling-id', 'Stelling', 'Waarde', 'Antwoord', 'Score pijler', 'Beoordeling']);
    expect(rows[1]).to.deep.equal(['Sociaal en psychologisch veilig werken', 'p1-s1', 'Het is binnen onze organisatie helder wat we samen willen bereiken en hoe (functies, rollen, taken en doelen zijn helder).', '1', 'Helemaal oneens', '0', 'Prioriteit']);
    expect(rows[2].slice(1, 5)).to.deep.equal(['p1-s2', 'We hebben binnen onze organisatie gedeelde normen en waarden over hoe we onderling met elkaar omgaan en een actuele gedragscode.', '', 'Weet ik niet']);
    expect(rows[7][0]).to.equal('Risico’s en preventie');
    expect(rows[7].slice(3)).to.deep.equal(['5', 'Helemaal eens', '100', 'Op orde']);
  });

  it('downloads an English CSV with commas', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan lang="en"></sociale-veiligheid-quickscan>`);
    await completeScan(el, () => 4);
    const file = await captureDownload(() => $$(el, '[part~="download-button"]')[1].click());
    expect(file.text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(file.text.slice(1), ',');
    expect(rows[0]).to.deep.equal(['Pillar', 'Statement ID', 'Statement', 'Value', 'Answer', 'Pillar score', 'Rating']);
    expect(rows[1].slice(1, 2)).to.deep.equal(['p1-s1']);
    expect(rows[1].slice(3, 6)).to.deep.equal(['4', 'Agree', '75']);
    expect(rows).to.have.length(19);
    expect(rows.every((r) => r.length === 7)).to.equal(true);
  });

  it('writes decimals as a Dutch or English spreadsheet reads them, and guards formulas with either separator', () => {
    expect([csvFormat('nl'), csvFormat('nl-BE'), csvFormat('en'), csvFormat('en-GB')]).to.deep.equal([CSV_SEMICOLON, CSV_SEMICOLON, CSV_COMMA, CSV_COMMA]);
    const rows = [['a;b', 2.5, -1.25, '=1+1', '-x', 'x,y', 'say "hi"', null]];
    expect(csvText(rows, CSV_SEMICOLON)).to.equal(`\uFEFF"a;b";2,5;-1,25;'=1+1;'-x;"x,y";"say ""hi""";\r\n`);
    expect(csvText(rows, CSV_COMMA)).to.equal(`\uFEFF"a;b",2.5,-1.25,'=1+1,'-x,"x,y","say ""hi""",\r\n`);
    // resultToCsv keeps its old behaviour (commas) for callers that pass no format.
    const content = {
      id: 'h', version: '1', title: 'H', scale: { options: [{ value: 0.5, label: 'Half' }, { value: 1.5, label: 'Meer' }] },
      bands: [{ id: 'b', label: 'B', min: 0 }],
      pillars: [{ id: 'p', title: 'P', statements: [{ id: 's', text: 'S' }] }],
    } as never;
    const result = { answers: [{ statementId: 's', pillarId: 'p', value: 0.5 }], pillars: [{ id: 'p', score: 0, band: 'b' }] } as never;
    const labels = { pillar: 'P', statementId: 'I', statement: 'S', value: 'V', answer: 'A', pillarScore: 'PS', band: 'B' };
    expect(resultToCsv(result, content, labels, (b) => b).split('\r\n')[1]).to.equal('P,s,S,0.5,Half,0,b');
    expect(resultToCsv(result, content, labels, (b) => b, CSV_SEMICOLON).split('\r\n')[1]).to.equal('P;s;S;0,5;Half;0;b');
  });

  it('names downloads with the local date and time to the second, safe for any file system', () => {
    const when = new Date(2026, 10, 24, 14, 5, 9);
    expect(downloadName(['quickscan', 'jzw'], when, 'json')).to.equal('quickscan-jzw-2026-11-24-140509.json');
    expect(downloadName(['quickscan-team', 'jzw'], new Date(2026, 0, 2, 3, 4, 5), 'csv')).to.equal('quickscan-team-jzw-2026-01-02-030405.csv');
    expect(downloadName(['quickscan', '../a/b:c*?"<>|'], when, 'csv')).to.equal('quickscan-a-b-c-2026-11-24-140509.csv');
    expect(downloadName(['quickscan', 'x'], new Date('garbage'), 'json')).to.equal('quickscan-x.json');
    expect(downloadName(['quickscan', 'x'], new Date(2026, 10, 24, 14, 5, 10), 'json')).not.to.equal(downloadName(['quickscan', 'x'], when, 'json'));
  });

  it('keeps formula-like content out of spreadsheet evaluation, and negative values numeric', async () => {
    const content = {
      id: 'f', version: '1', title: 'F', scale: { options: [{ value: -2, label: 'Nee' }, { value: 1, label: '=cmd|calc' }, { value: 2, label: 'Ja' }] },
      bands: [{ id: 'b', label: '+B', min: 0 }],
      pillars: [{ id: 'p', title: '@P', statements: [{ id: 's', text: '=HYPERLINK("x")' }] }],
    };
    const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content}></sociale-veiligheid-quickscan>`);
    await completeScan(el, () => 1);
    const file = await captureDownload(() => $$(el, '[part~="download-button"]')[1].click());
    const rows = parseCsv(file.text.slice(1));
    expect(rows[1]).to.deep.equal(["'@P", 's', `'=HYPERLINK("x")`, '1', "'=cmd|calc", '75', "'+B"]);
    const el2 = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content}></sociale-veiligheid-quickscan>`);
    await completeScan(el2, () => -2);
    const file2 = await captureDownload(() => $$(el2, '[part~="download-button"]')[1].click());
    expect(parseCsv(file2.text.slice(1))[1].slice(3, 6)).to.deep.equal(['-2', 'Nee', '0']);
  });

  it('prints: the print button calls the browser print, and print styles hide buttons and break between pillars', async () => {
    const el = await mountScan();
    await completeScan(el);
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    part(el, 'print-button').click();
    window.print = original;
    expect(printed).to.equal(1);
    const css = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    // Every sheet's print rules (the media sheet's and the results sheet's).
    const prints = css.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    const text = prints.flatMap((print) => [...print.cssRules].map((r) => r.cssText)).join('\n');
    expect(text).to.match(/\.no-print[^{]*\{[^}]*display: none/);
    expect(text).to.match(/\.actions[^{]*\{[^}]*display: none/);
    expect(text).to.contain('break-before: page');
    expect(text).to.contain('break-inside: avoid');
  });

  it('shows a saved result given as a JSON attribute, without redoing the scan', async () => {
    const el = await mountScan();
    const result = await completeScan(el, () => 5);
    const shown = await fixture<Scan>(html`<sociale-veiligheid-quickscan result=${JSON.stringify(result)}></sociale-veiligheid-quickscan>`);
    await settle(shown);
    expect(part(shown, 'results')).to.exist;
    expect(shown.result!.pillars.map((p) => p.score)).to.deep.equal([100, 100, 100, 100]);
  });

  it('refuses a result of another scan with an error event, keeping the current view', async () => {
    const el = await mountScan();
    const error = oneEvent(el, 'quickscan-error');
    el.result = { schemaVersion: 1, content: { id: 'other', version: '1', locale: 'nl' }, completedAt: new Date().toISOString(), scale: { min: 1, max: 5 }, answers: [], pillars: [], priorities: [] };
    const detail = (await error).detail;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('Deze uitkomst hoort bij een andere quickscan.');
    expect(part(el, 'intro')).to.exist;
  });
});
