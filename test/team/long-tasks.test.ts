// 10,000 results set through `results`: counted in slices, so no task on the main thread takes longer
// than 50 ms (the Long Tasks API, Chromium), with a progress indication while counting; the summary is
// the same as aggregate() over all of them at once.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import type { QuickscanTeamElement } from '../../src/team/team-element.js';
import { aggregate, prepareTeam } from '../../src/team/aggregate.js';
import { content, result } from './support.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const longTasks = PerformanceObserver.supportedEntryTypes.includes('longtask');

describe('a team of 10,000', () => {
  it('is counted without a main-thread task over 50 ms, showing progress, to the same summary', async function () {
    if (!longTasks) this.skip(); // the Long Tasks API is Chromium's; the counting itself is tested everywhere below
    this.timeout(120000);
    const results = Array.from({ length: 10_000 }, (_, i) => JSON.parse(JSON.stringify(result((id) => ((id.length * 7 + i * 13) % 6 === 0 ? null : ((id.length + i) % 5) + 1), i))));
    const el = await fixture<QuickscanTeamElement>(html`<sociale-veiligheid-quickscan-team></sociale-veiligheid-quickscan-team>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));

    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(Math.round(e.duration))));
    observer.observe({ type: 'longtask' });
    let sawProgress = false;
    const progress = () => el.shadowRoot!.querySelector('[part~="team-counting"] progress') as HTMLProgressElement | null;
    el.results = results;
    const started = performance.now();
    while (performance.now() - started < 60000) {
      await el.updateComplete;
      const bar = progress();
      if (bar) {
        sawProgress = true;
        expect(bar.max).to.equal(10_000);
        expect(text(el.shadowRoot!.querySelector('[part~="team-counting"]'))).to.match(/^Uitkomsten tellen: [\d.]+ van 10\.000$/);
      } else if (/10\.?000 uitkomsten tellen mee/.test(text(el.shadowRoot!.querySelector('[part~="team"]')))) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    expect(tasks, 'main-thread tasks over 50 ms').to.deep.equal([]);
    expect(sawProgress, 'a progress indication while counting').to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[part~="team"]'))).to.match(/10\.?000 uitkomsten tellen mee/);

    const expected = aggregate(content, prepareTeam(content, results).accepted);
    const shown = el.shadowRoot!.querySelector('[part~="team-pillar"]');
    expect(text(shown)).to.contain(`Mediaan ${expected.pillars[0].median!.toLocaleString('nl-NL')} van 100`);
    await expect(el).to.be.accessible();
  });
});
