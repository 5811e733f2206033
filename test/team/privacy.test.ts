// Team mode never shows a figure that fewer than `min-group-size` people gave a value for: not in the
// pure aggregate (servers reuse it), not in the view, not in the CSV, not in quickscan-team-summary.
import { expect, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregate, type TeamSummary } from '../../src/team/aggregate.js';
import { teamToCsv, type TeamCsvLabels } from '../../src/team/team-csv.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import { $$, mountScan, part, viewRoot, type Scan } from '../support/scan.js';
import { content, file, parseCsv, result, statementIds } from './support.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const P4 = 'afhandeling-nazorg';

/**
 * The case: three results, only person 0 answers pillar 4 (all 2: a score of 25); the other
 * two answer 3 everywhere else and "Weet ik niet" on pillar 4.
 */
function loneAnswerer() {
  return [0, 1, 2].map((i) => result((id) => (i === 0 ? (id.startsWith('p4') ? 2 : 4) : id.startsWith('p4') ? null : 3), i));
}

const labels: TeamCsvLabels = {
  pillar: 'Pijler', respondents: 'Met score', median: 'Mediaan', mean: 'Gemiddelde', min: 'Min', max: 'Max', q1: 'Q1', q3: 'Q3', iqr: 'IQR',
  statementId: 'Stelling-id', statement: 'Stelling', answered: 'Beantwoord', statementMean: 'Gemiddelde stelling', spread: 'Spreiding', list: 'Lijst',
  lists: { strong: 'Sterk', 'needs-work': 'Werk', disagree: 'Verschil' },
  hidden: 'Verborgen', hiddenPillar: 'pijler: te weinig', hiddenStatement: 'stelling: te weinig',
};

describe('team privacy: no figure backed by fewer than min-group-size value-givers', () => {
  it('aggregate suppresses a pillar and its statements that only one person gave a value', () => {
    const summary = aggregate(content, loneAnswerer());
    expect(summary.ready).to.equal(true);
    const p4 = summary.pillars.find((p) => p.id === P4)!;
    expect(p4).to.deep.include({ respondents: 1, suppressed: true, median: null, mean: null, min: null, max: null, q1: null, q3: null, iqr: null });
    expect(p4.bands, 'only the count without a score is left').to.deep.equal({ insufficient: 2 });
    for (const s of summary.statements.filter((x) => x.pillarId === P4)) {
      expect(s).to.deep.include({ answered: 3, valued: 1, suppressed: true, mean: null, spread: null, agreement: null });
      expect(s.distribution).to.deep.equal({ unknown: 2 });
    }
    // The other pillars are backed by all three and stay as they were.
    const p1 = summary.pillars[0];
    expect(p1).to.deep.include({ respondents: 3, suppressed: false, min: 50, max: 75 });
    expect(summary.statements[0]).to.deep.include({ suppressed: false, valued: 3 });
  });

  it('also suppresses a statement two of four people gave a value, and keeps it out of the lists', () => {
    const rows: Record<string, AnswerValue[]> = { 'p3-s1': [1, 5, null, null], 'p3-s2': [1, 5, 1, null] };
    const results = [0, 1, 2, 3].map((i) => result((id) => (id in rows ? rows[id][i] : 3), i));
    const summary = aggregate(content, results);
    const s1 = summary.statements.find((s) => s.id === 'p3-s1')!;
    expect(s1).to.deep.include({ valued: 2, suppressed: true, mean: null, spread: null });
    expect(s1.distribution).to.deep.equal({ unknown: 2 });
    expect(summary.statements.find((s) => s.id === 'p3-s2')).to.deep.include({ valued: 3, suppressed: false });
    expect(summary.lists.disagree.map((x) => x.statementId)).to.deep.equal(['p3-s2']);
    // With min-group-size 2 the two values are enough.
    expect(aggregate(content, results, { minGroupSize: 2 }).lists.disagree.map((x) => x.statementId)).to.deep.equal(['p3-s1', 'p3-s2']);
  });

  it('law: every figure shown is backed by at least min-group-size people (fast-check)', () => {
    const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, null, null, null);
    const person = fc.array(value, { minLength: statementIds.length, maxLength: statementIds.length });
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 8 }), fc.integer({ min: 2, max: 5 }), (people, min) => {
        const results = people.map((answers, i) => result((id) => answers[statementIds.indexOf(id)], i));
        const summary = aggregate(content, results, { minGroupSize: min });
        if (!summary.ready) return;
        for (const p of summary.pillars) {
          expect(p.suppressed).to.equal(p.respondents < min);
          if (p.suppressed) {
            expect([p.median, p.mean, p.min, p.max, p.q1, p.q3, p.iqr]).to.deep.equal([null, null, null, null, null, null, null]);
            expect(Object.keys(p.bands)).to.deep.equal(['insufficient']);
          }
        }
        for (const s of summary.statements) {
          expect(s.suppressed).to.equal(s.valued < min);
          if (s.suppressed) {
            expect([s.mean, s.spread, s.agreement]).to.deep.equal([null, null, null]);
            expect(Object.keys(s.distribution)).to.deep.equal(['unknown']);
          }
        }
        const listed = [...summary.lists.strong, ...summary.lists.needsWork, ...summary.lists.disagree];
        for (const x of listed) expect(summary.statements.find((s) => s.id === x.statementId)!.valued).to.be.at.least(min);
      }),
      { numRuns: 200 },
    );
  });

  it("the CSV leaves the suppressed figures empty and says why, never the one person's answers", () => {
    const csv = teamToCsv(aggregate(content, loneAnswerer()), content, labels, (b) => b);
    const rows = parseCsv(csv);
    expect(rows).to.have.length(1 + statementIds.length);
    const header = rows[0];
    expect(header.at(-1)).to.equal('Verborgen');
    const col = (name: string) => header.indexOf(name);
    for (const row of rows.filter((r) => r[col('Stelling-id')]?.startsWith('p4'))) {
      expect(row.slice(col('Met score'), col('IQR') + 1)).to.deep.equal(['1', '', '', '', '', '', '', '']);
      expect([row[col('priority')], row[col('insufficient')]]).to.deep.equal(['', '2']);
      expect(row.slice(col('Helemaal oneens'), col('Helemaal eens') + 1)).to.deep.equal(['', '', '', '', '']);
      expect(row[col('Weet ik niet')]).to.equal('2');
      expect([row[col('Gemiddelde stelling')], row[col('Spreiding')]]).to.deep.equal(['', '']);
      expect(row.at(-1)).to.equal('pijler: te weinig stelling: te weinig');
    }
    const p1 = rows.find((r) => r[col('Stelling-id')] === 'p1-s1')!;
    expect(p1.slice(col('Met score'), col('Max') + 1)).to.deep.equal(['3', '50', '58.33', '50', '75']);
    expect(p1.at(-1)).to.equal('');
  });

  it('the view hides the pillar figures and says why; the event detail and the CSV download are suppressed too', async () => {
    const [a, b, c] = loneAnswerer();
    const el = await mountScan(html`<sociale-veiligheid-quickscan mode="team" .results=${[a, b]}></sociale-veiligheid-quickscan>`);
    const event = oneEvent(el, 'quickscan-team-summary') as Promise<CustomEvent<TeamSummary>>;
    const input = part(el, 'team-file-input') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file(c, 'cas.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const { detail } = await event;
    await el.updateComplete;
    const p4 = detail.pillars.find((p) => p.id === P4)!;
    expect(p4).to.deep.include({ suppressed: true, median: null, min: null, max: null });
    expect(JSON.stringify(detail.statements.filter((s) => s.pillarId === P4).map((s) => s.distribution))).not.to.match(/"[1-5]"/);

    const shown = text($$(el, '[part~="team-pillar"]').find((x) => x.dataset.pillar === P4)!);
    expect(shown).not.to.contain('Mediaan');
    expect(shown).not.to.contain('25');
    expect(shown).to.contain('Minder dan 3 mensen hebben een score voor deze pijler');
    expect(shown).to.contain('zo blijft ieders antwoord anoniem');
    const row = $$(el, 'table tbody tr').find((r) => text(r).startsWith(content.pillars[3].title))!;
    expect([...row.children].map(text)).to.deep.equal([content.pillars[3].title, '1', '–', '–', '–', '–', '–', '–', '–', '2']);
    expect(text(viewRoot(el).querySelector('.team-lists .suppressed'))).to.contain('5 stellingen staan niet in deze lijsten: minder dan 3 mensen');
    await expect(el).to.be.accessible();
  });

  it('says it in English too', async () => {
    const el: Scan = await mountScan(html`<sociale-veiligheid-quickscan mode="team" lang="en" .results=${loneAnswerer()}></sociale-veiligheid-quickscan>`);
    const shown = text($$(el, '[part~="team-pillar"]').find((x) => x.dataset.pillar === P4)!);
    expect(shown).to.contain('Fewer than 3 people have a score for this pillar');
    expect(text(viewRoot(el).querySelector('.team-lists .suppressed'))).to.contain('5 statements are not in these lists');
  });
});
