// <sociale-veiligheid-quickscan-team results-src>: results from the host's server as a JSON array, as
// { results }, and as a paged xAPI StatementResult (served by test/support/results-server.mjs), a 500 on
// page 2 (readable error, page 1 kept, retry), the page limit, and the README's proxy example.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import type { QuickscanTeamElement } from '../../src/team/team-element.js';
import { toXapiStatement } from '../../src/adapters/xapi.js';
import { loadResultsFeed } from '../../src/team/results-source.js';
import { result, team } from './support.js';

const actor = (n: number) => ({ account: { homePage: 'https://lms.example.org', name: `u-${n}` } });
const activityId = 'https://intranet.example.org/quickscan/sociale-veiligheid';
const people = (n: number) => Array.from({ length: n }, (_, i) => result((id) => ((id.length + i) % 5) + 1, i));
const statements = (n: number) =>
  people(n).map((r, i) => ({ ...JSON.parse(JSON.stringify(toXapiStatement(r, { actor: actor(i), activityId }))), id: crypto.randomUUID() }));

let sets = 0;
async function serve(data: Record<string, unknown>): Promise<string> {
  const name = `set-${Date.now()}-${sets++}`;
  await set(name, data);
  return name;
}
async function set(name: string, data: Record<string, unknown>) {
  const response = await fetch(`/__results/${name}`, { method: 'POST', body: JSON.stringify(data) });
  expect(response.ok).to.equal(true);
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const teamPart = (el: QuickscanTeamElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function until(el: QuickscanTeamElement, condition: () => boolean, what: string) {
  for (let i = 0; i < 300 && !condition(); i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(condition(), `waited in vain: ${what} (${text(teamPart(el, 'team'))})`).to.equal(true);
}

const mount = (src: string, lang = 'nl') =>
  fixture<QuickscanTeamElement>(html`<sociale-veiligheid-quickscan-team lang=${lang} results-src=${src}></sociale-veiligheid-quickscan-team>`);

describe('results-src: team results from the host\'s server', () => {
  it('reads a JSON array of results, fires no summary event for it, and is accessible', async () => {
    let fired = 0;
    const count = () => (fired += 1);
    document.addEventListener('quickscan-team-summary', count);
    try {
      const el = await mount(`/__results/${await serve({ shape: 'array', items: team([1, 3, 5, 4]) })}`);
      await until(el, () => text(teamPart(el, 'team')).includes('4 uitkomsten tellen mee'), 'four counted');
      expect(text(teamPart(el, 'team-feed'))).to.contain('4 uitkomsten opgehaald van de server (1 pagina');
      expect(el.shadowRoot!.querySelectorAll('[part~="team-pillar"]')).to.have.length(4);
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('quickscan-team-summary', count);
    }
  });

  it('reads { "results": [...] } and refuses what is not a result, as for files', async () => {
    const el = await mount(`/__results/${await serve({ shape: 'results', items: [...team([2, 3, 4]), { nonsense: true }] })}`);
    await until(el, () => text(teamPart(el, 'team')).includes('3 uitkomsten tellen mee'), 'three counted');
    expect(text(teamPart(el, 'team-rejected'))).to.contain('geen uitkomst van de quickscan');
  });

  it('follows the "more" links of a paged xAPI StatementResult', async () => {
    const el = await mount(`/__results/${await serve({ shape: 'statements', items: statements(7), pageSize: 3 })}`);
    await until(el, () => text(teamPart(el, 'team')).includes('7 uitkomsten tellen mee'), 'seven counted');
    expect(text(teamPart(el, 'team-feed'))).to.contain("7 uitkomsten opgehaald van de server (3 pagina's)");
    await expect(el).to.be.accessible();
  });

  it('a 500 on page 2: a readable error and an error event, page 1 still counted; retry gets the rest', async () => {
    const name = await serve({ shape: 'statements', items: statements(7), pageSize: 3, failPage: 2 });
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('quickscan-error', listener);
    try {
      const el = await mount(`/__results/${name}`);
      await until(el, () => !!el.shadowRoot!.querySelector('[part~="team-feed"] [role=alert]'), 'error shown');
      const alert = text(el.shadowRoot!.querySelector('[part~="team-feed"] [role=alert]'));
      expect(alert).to.contain('De server gaf een foutmelding (HTTP 500) bij het ophalen van de uitkomsten.');
      expect(alert).to.contain('De uitkomsten van de eerste pagina tellen mee.');
      await until(el, () => text(teamPart(el, 'team')).includes('3 uitkomsten tellen mee'), 'page 1 counted');
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { kind: 'http', status: 500, source: 'results', message: 'De server gaf een foutmelding (HTTP 500) bij het ophalen van de uitkomsten.' },
      ]);
      await expect(el).to.be.accessible();

      await set(name, { shape: 'statements', items: statements(7), pageSize: 3 });
      (el.shadowRoot!.querySelector('[part~="team-feed"] [part~="retry-button"]') as HTMLButtonElement).click();
      await until(el, () => text(teamPart(el, 'team')).includes('7 uitkomsten tellen mee'), 'all after retry');
      expect(el.shadowRoot!.querySelector('[part~="team-feed"] [role=alert]')).to.equal(null);
    } finally {
      document.removeEventListener('quickscan-error', listener);
    }
  });

  it('stops after 100 pages and says so', async () => {
    const name = await serve({ shape: 'statements', items: statements(3).flatMap((s) => Array.from({ length: 34 }, () => ({ ...s, id: crypto.randomUUID() }))), pageSize: 1 });
    const load = await loadResultsFeed(new URL(`/__results/${name}`, location.href).href);
    expect(load.pages).to.equal(100);
    expect(load.truncated).to.equal(true);
    expect(load.results).to.have.length(100);
    expect(load.error).to.equal(undefined);
  });

  it('the README example: a proxy adds the LRS credentials, the page holds none', async () => {
    const name = await serve({ shape: 'statements', items: statements(5), pageSize: 2 });
    const direct = await fetch(`/__results/lrs/${name}/statements`);
    expect(direct.status, 'the LRS without credentials').to.equal(401);
    const el = await mount(`/__results/proxy/${name}`);
    await until(el, () => text(teamPart(el, 'team')).includes('5 uitkomsten tellen mee'), 'five through the proxy');
    expect(text(teamPart(el, 'team-feed'))).to.contain("(3 pagina's)");
  });

  it('says in English what went wrong with lang="en"', async () => {
    const el = await mount('/__fixtures/status/503', 'en');
    await until(el, () => !!el.shadowRoot!.querySelector('[part~="team-feed"] [role=alert]'), 'error shown');
    expect(text(el.shadowRoot!.querySelector('[part~="team-feed"] [role=alert]'))).to.contain('The server returned an error (HTTP 503)');
    await expect(el).to.be.accessible();
  });

  it('works through <sociale-veiligheid-quickscan mode="team" results-src>, and its error reaches the host', async () => {
    const name = await serve({ shape: 'statements', items: statements(4), pageSize: 2, failPage: 2 });
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('quickscan-error', listener);
    try {
      const scan = await fixture<HTMLElement>(html`<sociale-veiligheid-quickscan mode="team" results-src=${`/__results/${name}`}></sociale-veiligheid-quickscan>`);
      await until(scan as never, () => !!scan.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team')?.shadowRoot?.querySelector('[part~="team-feed"] [role=alert]'), 'error shown');
      const team = scan.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team')!;
      expect(text(teamPart(team, 'team-feed'))).to.contain('HTTP 500');
      expect(errors.map((e) => [e.detail.kind, e.detail.source, e.target])).to.deep.equal([['http', 'results', scan]]);
      await expect(scan).to.be.accessible();
    } finally {
      document.removeEventListener('quickscan-error', listener);
    }
  });
});
