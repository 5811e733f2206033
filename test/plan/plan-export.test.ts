import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { csvSeparator, foldIcsLine, planToCsv, planToIcs, type PlanCsvLabels } from '../../src/plan/plan-export.js';
import type { MeasureStatus } from '../../src/plan/plan-schema.js';
import { content, measure, plan, p1, p2, p4, NOW } from './support.js';
import { readCsv } from '../support/downloads.js';

const labels: PlanCsvLabels = { pillar: 'Pijler', measure: 'Maatregel', owner: 'Eigenaar', due: 'Datum', status: 'Status', statement: 'Stelling', tool: 'Tool' };
const statusLabel = (s: MeasureStatus) => ({ open: 'Open', doing: 'Bezig', done: 'Klaar' })[s];
const title = (id: string) => content.pillars.find((p) => p.id === id)!.title;

describe('plan CSV', () => {
  const statementId = content.pillars[0].statements[2].id;
  const thePlan = plan(
    measure('b', p2, { text: 'Tweede; met "quotes"\nen een regel', owner: 'Jan, Piet', due: '2026-05-01', status: 'doing' }),
    measure('a', p1, { text: '=HYPERLINK("http://x")', statementId, status: 'done' }),
    measure('c', p4, { text: '-1+2', owner: '@sam', tool: { title: 'Tips over opvang en nazorg' } }),
    measure('d', p1, { text: 'Gewoon' }),
  );

  for (const [locale, sep] of [['nl', ';'], ['nl-BE', ';'], ['en', ','], ['en-GB', ',']] as const) {
    it(`${locale}: separator "${sep}", BOM, CRLF, content order, and every cell read back`, () => {
      expect(csvSeparator(locale)).to.equal(sep);
      const csv = planToCsv(thePlan, content, labels, { statusLabel, separator: csvSeparator(locale) });
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(csv.endsWith('\r\n')).to.equal(true);
      expect(readCsv(csv.slice(1), sep)).to.deep.equal([
        ['Pijler', 'Maatregel', 'Eigenaar', 'Datum', 'Status', 'Stelling', 'Tool'],
        [title(p1), "'=HYPERLINK(\"http://x\")", '', '', 'Klaar', content.pillars[0].statements[2].text, ''],
        [title(p1), 'Gewoon', '', '', 'Open', '', ''],
        [title(p2), 'Tweede; met "quotes"\nen een regel', 'Jan, Piet', '2026-05-01', 'Bezig', '', ''],
        [title(p4), "'-1+2", "'@sam", '', 'Open', '', 'Tips over opvang en nazorg'],
      ]);
    });
  }

  it('an empty plan is the header row only', () => {
    expect(planToCsv(plan(), content, labels, { statusLabel, separator: ';' })).to.equal('\uFEFFPijler;Maatregel;Eigenaar;Datum;Status;Stelling;Tool\r\n');
  });
});

describe('plan ICS (RFC 5545), read back with ical.js', () => {
  const hostile = 'Back\\slash; semi, comma\nnew line — “quotes” é ü 😀 漢字';
  const thePlan = plan(
    measure('a', p1, { text: hostile, owner: 'Sam; HR, team\\2', due: '2026-03-31', status: 'doing' }),
    measure('b', p2, { text: 'Zonder datum' }),
    measure('c', p2, { text: 'Schrikkeldag', due: '2028-02-29' }),
    measure('d', p1, { text: 'é'.repeat(120), due: '2026-12-31', status: 'done' }),
  );
  const ics = planToIcs(thePlan, content, { pillar: 'Pijler', owner: 'Eigenaar', status: 'Status' }, { statusLabel, now: NOW, calendarName: 'Plan van aanpak' });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');

  it('is a VCALENDAR with VERSION 2.0, PRODID and a name', () => {
    expect(calendar.name).to.equal('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).to.contain('sociale-veiligheid-quickscan');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Plan van aanpak');
  });

  it('has one all-day event per measure with a due date, in content order', () => {
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal(['a@sociale-veiligheid-quickscan', 'd@sociale-veiligheid-quickscan', 'c@sociale-veiligheid-quickscan']);
    const cases: [number, string, string][] = [
      [0, '2026-03-31', '2026-04-01'],
      [1, '2026-12-31', '2027-01-01'],
      [2, '2028-02-29', '2028-03-01'],
    ];
    for (const [i, start, end] of cases) {
      const dtstart = events[i].getFirstProperty('dtstart')!;
      expect(dtstart.type).to.equal('date');
      expect((dtstart.getFirstValue() as ICAL.Time).toString()).to.equal(start);
      expect((events[i].getFirstPropertyValue('dtend') as ICAL.Time).toString()).to.equal(end);
      expect((events[i].getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).to.equal('2026-03-03T10:00:00Z');
    }
  });

  it('gives back summary and description exactly (escaping of \\ ; , and newlines)', () => {
    expect(events[0].getFirstPropertyValue('summary')).to.equal(hostile);
    expect(events[0].getFirstPropertyValue('description')).to.equal(`Pijler: ${title(p1)}\nEigenaar: Sam; HR, team\\2\nStatus: Bezig`);
    expect(events[1].getFirstPropertyValue('summary')).to.equal('é'.repeat(120));
    expect(events[1].getFirstPropertyValue('description')).to.equal(`Pijler: ${title(p1)}\nStatus: Klaar`);
  });

  it('writes the escapes themselves as RFC 5545 §3.3.11 says (a lenient parser would not notice a bare comma)', () => {
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).to.include('SUMMARY:Back\\\\slash\\; semi\\, comma\\nnew line — “quotes” é ü 😀 漢字');
    expect(unfolded).to.include(`DESCRIPTION:Pijler: ${title(p1)}\\nEigenaar: Sam\\; HR\\, team\\\\2\\nStatus: Bezig`);
  });

  it('uses CRLF only, and folds at 75 octets without splitting a UTF-8 character', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    const strict = new TextDecoder('utf-8', { fatal: true });
    const bytes = new TextEncoder();
    for (const line of lines) {
      const encoded = bytes.encode(line);
      expect(encoded.length, line).to.be.at.most(75);
      expect(strict.decode(encoded)).to.equal(line);
    }
    expect(lines.some((l) => l.startsWith(' ')), 'some line was folded').to.equal(true);
  });

  describe('folding, table-driven', () => {
    const cases: [string, string][] = [
      ['74 ASCII', 'x'.repeat(74)],
      ['75 ASCII (no fold)', 'x'.repeat(75)],
      ['76 ASCII', 'x'.repeat(76)],
      ['two-byte letters across the edge', `${'x'.repeat(74)}éééé`],
      ['four-byte emoji across the edge', `${'x'.repeat(73)}😀😀`],
      ['three-byte characters only', '漢'.repeat(60)],
    ];
    for (const [name, line] of cases) {
      it(name, () => {
        const folded = foldIcsLine(line).split('\r\n');
        folded.forEach((l, i) => {
          expect(new TextEncoder().encode(l).length).to.be.at.most(75);
          if (i > 0) expect(l.startsWith(' ')).to.equal(true);
        });
        expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(line);
        if (line.length === 75 || line.length === 74) expect(folded).to.have.length(1);
        else expect(folded.length).to.be.greaterThan(1);
      });
    }
  });

  it('any text survives the round trip (fast-check)', () => {
    const dropControls = (t: string) => t.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 }), (text, owner) => {
        const p = plan(measure('x', p1, { text, owner, due: '2026-01-01' }));
        const parsed = new ICAL.Component(ICAL.parse(planToIcs(p, content, { pillar: 'P', owner: 'O', status: 'S' }, { statusLabel, now: NOW })));
        const event = parsed.getFirstSubcomponent('vevent')!;
        expect(event.getFirstPropertyValue('summary') ?? '').to.equal(dropControls(text));
        expect(event.getFirstPropertyValue('description')).to.equal(owner ? `P: ${title(p1)}\nO: ${dropControls(owner)}\nS: Open` : `P: ${title(p1)}\nS: Open`);
      }),
      { numRuns: 200 },
    );
  });

  it('a plan without due dates is an empty but valid calendar', () => {
    const empty = new ICAL.Component(ICAL.parse(planToIcs(plan(measure('b', p2)), content, { pillar: 'P', owner: 'O', status: 'S' }, { statusLabel, now: NOW })));
    expect(empty.getAllSubcomponents('vevent')).to.have.length(0);
    expect(empty.getFirstPropertyValue('version')).to.equal('2.0');
  });
});
