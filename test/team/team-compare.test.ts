// Team mode: comparing the current round with an earlier one (median per pillar), keeping the
// group-size rule for both rounds.
import { expect, fixture, html } from '@open-wc/testing';
import { compareRounds } from '../../src/team/team-compare.js';
import { aggregate } from '../../src/team/aggregate.js';
import '../../src/sociale-veiligheid-quickscan.js';
import { mountScan, part, viewRoot, type Scan } from '../support/scan.js';
import { content, file, result, team } from './support.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function until(el: Element & { updateComplete: Promise<unknown> }, condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(condition(), 'waited in vain').to.equal(true);
}

describe('team mode: comparison with an earlier round', () => {
  it('compareRounds: medians then and now; nothing below the group size in either round; hidden pillars get no difference', () => {
    const now = aggregate(content, team([4, 4, 5]), { minGroupSize: 3 });
    const then = aggregate(content, team([2, 3, 3]), { minGroupSize: 3 });
    const c = compareRounds(now, then);
    expect(c.ready).to.equal(true);
    if (!c.ready) return;
    expect(c.pillars.map((p) => [p.median, p.baselineMedian, p.delta])).to.deep.equal(content.pillars.map(() => [75, 50, 25]));
    expect(compareRounds(now, aggregate(content, team([2, 3]), { minGroupSize: 3 }))).to.deep.equal({ ready: false, waiting: ['then'] });
    // A pillar where too few people had a score in the earlier round: hidden, no difference.
    const first = new Set(content.pillars[0].statements.map((s) => s.id));
    const sparse = aggregate(content, [result((id) => (first.has(id) ? null : 3), 0), result((id) => (first.has(id) ? null : 3), 1), result(3, 2)], { minGroupSize: 3 });
    const hidden = compareRounds(now, sparse);
    expect(hidden.ready && hidden.pillars[0]).to.deep.equal({ id: content.pillars[0].id, median: 75, baselineMedian: null, delta: null });
  });

  it('in the element: a second file input for the earlier round shows per pillar the median then and now, in words', async () => {
    const el: Scan = await mountScan(html`<sociale-veiligheid-quickscan mode="team" .results=${team([4, 4, 5])}></sociale-veiligheid-quickscan>`);
    await until(el, () => !!viewRoot(el).querySelector('[part~="team-baseline-file-input"]'));
    const input = part(el, 'team-baseline-file-input') as HTMLInputElement;
    const choose = (files: File[]) => {
      const transfer = new DataTransfer();
      files.forEach((f) => transfer.items.add(f));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    // Two files: below the group size, so nothing of the earlier round shows.
    choose(team([2, 3]).map((r, i) => file(r, `ronde1-${i}.json`)));
    await until(el, () => text(part(el, 'team-compare')).includes('minstens 3 uitkomsten nodig'));
    expect(viewRoot(el).querySelectorAll('[part~="team-compare"] [part~="pillar-delta"]')).to.have.length(0);
    choose([file(result(3, 7), 'ronde1-2.json')]);
    await until(el, () => viewRoot(el).querySelectorAll('[part~="team-compare"] [part~="pillar-delta"]').length === 4);
    const first = text(viewRoot(el).querySelector('[part~="team-compare"] [part~="pillar-delta"]'));
    expect(first).to.contain('mediaan toen 50, nu 75').and.contain('+25, hoger dan de vorige ronde');
    await expect(el).to.be.accessible();
  });

  it('mode="team" passes baselineResults on to the team element', async () => {
    const el: Scan = await mountScan(html`<sociale-veiligheid-quickscan mode="team" .results=${team([4, 4, 4])} .baselineResults=${team([4, 4, 4])}></sociale-veiligheid-quickscan>`);
    await until(el, () => viewRoot(el).querySelectorAll('[part~="team-compare"] [part~="pillar-delta"]').length === 4);
    expect(text(viewRoot(el).querySelector('[part~="team-compare"] [part~="pillar-delta"]'))).to.contain('gelijk aan de vorige ronde');
  });

  it('the team element takes the earlier round as the baselineResults property', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<sociale-veiligheid-quickscan-team .results=${team([3, 3, 3])} .baselineResults=${team([4, 4, 4])}></sociale-veiligheid-quickscan-team>`,
    );
    await until(el, () => (el.shadowRoot!.querySelectorAll('[part~="pillar-delta"]').length === 4));
    expect(text(el.shadowRoot!.querySelector('[part~="pillar-delta"]'))).to.contain('−25, lager dan de vorige ronde');
  });
});
