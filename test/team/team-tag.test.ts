// <sociale-veiligheid-quickscan-team> on its own, and what mode="team" passes on to it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import type { QuickscanTeamElement } from '../../src/team/team-element.js';
import { mountScan } from '../support/scan.js';
import { file, team } from './support.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team')!;
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

describe('<sociale-veiligheid-quickscan-team>', () => {
  it('aggregates the results it is given, in the language of its lang, and is accessible', async () => {
    const el = await fixture<QuickscanTeamElement>(html`<sociale-veiligheid-quickscan-team lang="en" .results=${team([2, 3, 4])}></sociale-veiligheid-quickscan-team>`);
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(parts(el, 'team-pillar')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Team');
    await expect(el).to.be.accessible();
  });

  it('fires quickscan-team-summary when files the facilitator adds make the team large enough', async () => {
    const el = await fixture<QuickscanTeamElement>(html`<sociale-veiligheid-quickscan-team .results=${team([2, 4])}></sociale-veiligheid-quickscan-team>`);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file(team([5])[0], 'vijf.json'));
    input.files = transfer.files;
    const summary = oneEvent(el, 'quickscan-team-summary');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await summary).detail.respondents).to.equal(3);
  });

  it('in mode="team" the scan element fires quickscan-ready once, passes theme on, and exports the parts', async () => {
    let readies = 0;
    const count = () => (readies += 1);
    document.addEventListener('quickscan-ready', count);
    try {
      const el = await mountScan(html`<sociale-veiligheid-quickscan mode="team" theme="dark" .results=${team([2, 3, 4])}></sociale-veiligheid-quickscan>`);
      await inner(el).updateComplete;
      expect(readies).to.equal(1);
      expect(inner(el).getAttribute('theme')).to.equal('dark');
      const exported = inner(el).getAttribute('exportparts')!.split(',').map((p) => p.trim());
      expect(exported).to.include.members(['team', 'team-file-input', 'team-pillar', 'team-download-button']);
    } finally {
      document.removeEventListener('quickscan-ready', count);
    }
  });
});
