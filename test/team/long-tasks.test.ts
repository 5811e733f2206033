// 10,000 results set through `results`: counted in slices, so no task on the main thread takes longer
// than 50 ms (the Long Tasks API in Chromium, a message ping loop elsewhere), with a progress indication while counting; the summary is
// the same as aggregate() over all of them at once.
//
// Long tasks are wall-clock time: on a machine loaded far beyond its cores the operating system can
// stretch an 8 ms slice past 50 ms. So the count is measured up to three times on fresh elements and
// one clean count is required. Counting at once fails every attempt (one task of ~330 ms on this
// machine; checked by setting COUNT_AT_ONCE above 10,000), so the test still catches that regression.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import type { QuickscanTeamElement } from '../../src/team/team-element.js';
import { aggregate, prepareTeam } from '../../src/team/aggregate.js';
import { formatNumber } from '../../src/internal/format.js';
import { content, result } from './support.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const longTasks = PerformanceObserver.supportedEntryTypes.includes('longtask');
const ATTEMPTS = 3;

interface Attempt {
  tasks: number[];
  sawProgress: boolean;
  el: QuickscanTeamElement;
}

async function countOnce(results: unknown[]): Promise<Attempt> {
  const el = await fixture<QuickscanTeamElement>(html`<sociale-veiligheid-quickscan-team></sociale-veiligheid-quickscan-team>`);
  await el.updateComplete;
  // The team view's extras (code input, progress) are a lazily loaded module: loaded before measuring.
  for (let i = 0; i < 500 && !el.shadowRoot!.querySelector('[part~="team-code-input"]'); i++) await new Promise((r) => setTimeout(r, 10));
  expect(el.shadowRoot!.querySelector('[part~="team-code-input"]'), 'extras loaded').to.exist;
  for (let i = 0; i < 3; i++) await new Promise((r) => (window.requestIdleCallback ? requestIdleCallback(r, { timeout: 200 }) : setTimeout(r, 50)));

  const tasks: number[] = [];
  // Chromium reports long tasks itself; elsewhere a message ping loop measures how long the main thread
  // was away between two pings (a task over 50 ms shows as a gap over 50 ms).
  let stop = () => {};
  if (longTasks) {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(Math.round(e.duration))));
    observer.observe({ type: 'longtask' });
    stop = () => observer.disconnect();
  } else {
    const channel = new MessageChannel();
    let last = performance.now();
    let running = true;
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 50) tasks.push(Math.round(now - last));
      last = now;
      if (running) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    stop = () => {
      running = false;
      channel.port1.close();
    };
  }
  let sawProgress = false;
  el.results = results;
  const started = performance.now();
  while (performance.now() - started < 60000) {
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLProgressElement>('[part~="team-counting"] progress');
    if (bar) {
      sawProgress = true;
      expect(bar.max).to.equal(10_000);
      expect(text(el.shadowRoot!.querySelector('[part~="team-counting"]'))).to.match(/^Uitkomsten tellen: [\d.]+ van 10\.000$/);
    } else if (/10\.?000 uitkomsten tellen mee/.test(text(el.shadowRoot!.querySelector('[part~="team"]')))) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 100));
  stop();
  return { tasks, sawProgress, el };
}

describe('a team of 10,000', () => {
  it('is counted without a main-thread task over 50 ms, showing progress, to the same summary', async function () {
    this.timeout(180000);
    const results = Array.from({ length: 10_000 }, (_, i) => result((id) => ((id.length * 7 + i * 13) % 6 === 0 ? null : ((id.length + i) % 5) + 1), i));
    const attempts: Attempt[] = [];
    for (let i = 0; i < ATTEMPTS; i++) {
      const attempt = await countOnce(results);
      attempts.push(attempt);
      expect(attempt.sawProgress, 'a progress indication while counting').to.equal(true);
      expect(text(attempt.el.shadowRoot!.querySelector('[part~="team"]'))).to.match(/10\.?000 uitkomsten tellen mee/);
      if (!attempt.tasks.length) break;
    }
    expect(attempts.map((a) => a.tasks), `main-thread tasks over 50 ms in ${attempts.length} attempt(s)`).to.satisfy((all: number[][]) => all.some((t) => t.length === 0));

    const el = attempts[attempts.length - 1].el;
    const expected = aggregate(content, prepareTeam(content, results).accepted);
    expect(text(el.shadowRoot!.querySelector('[part~="team-pillar"]'))).to.contain(`Mediaan ${formatNumber('nl', expected.pillars[0].median!, 1)} van 100`);
    await expect(el).to.be.accessible();
  });
});
