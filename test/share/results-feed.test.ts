import { expect } from '@open-wc/testing';
import { toXapiStatement, xapiExtensionKeys } from '../../src/adapters/xapi.js';
import { parseResultsFeed, resolveMoreUrl } from '../../src/share/results-feed.js';
import { aggregate, prepareTeam } from '../../src/team/aggregate.js';
import { score } from '../../src/scoring/score.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { ids, nl } from './support.js';

const actor = { account: { homePage: 'https://lms.example.org', name: 'u-1' } };
const activityId = 'https://intranet.example.org/quickscan/sociale-veiligheid';
const person = (n: number): Result =>
  score(nl, Object.fromEntries(ids(nl).map((id, i) => [id, (i + n) % 6 === 0 ? null : ((i * n) % 5) + 1])), {
    locale: n % 2 ? 'nl' : 'en',
    completedAt: new Date(Date.UTC(2024, 5, 1, 9, n)),
  });
const team = [1, 2, 3, 4].map(person);
/** As an LRS returns them: JSON, with an id and a stored time added. */
const statements = team.map((r, i) => ({
  ...JSON.parse(JSON.stringify(toXapiStatement(r, { actor, activityId }))),
  id: `00000000-0000-4000-8000-00000000000${i}`,
  stored: '2024-06-02T10:00:00.000Z',
}));

describe('results feed: one page of results from a server', () => {
  it('reads a JSON array of results as given (validation is the team checks\')', () => {
    const feed = parseResultsFeed(JSON.parse(JSON.stringify(team)));
    expect(feed).to.deep.equal({ ok: true, kind: 'array', results: team, rejected: [] });
  });

  it('reads { "results": [...] }, with or without a "more" link, and the body as text', () => {
    expect(parseResultsFeed({ results: team })).to.deep.equal({ ok: true, kind: 'results', results: team, rejected: [] });
    expect(parseResultsFeed(JSON.stringify({ results: team, more: '/team/results?page=2' }))).to.deep.equal({ ok: true, kind: 'results', results: team, rejected: [], more: '/team/results?page=2' });
  });

  it('reads an xAPI StatementResult: the results recovered from the statements, "more" kept, others rejected with a reason', () => {
    const keys = xapiExtensionKeys();
    const other = { ...statements[0], verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { en: 'attempted' } } };
    const broken = JSON.parse(JSON.stringify(statements[1]));
    broken.result.extensions[keys.answers][0].value = 42;
    const body = { statements: [statements[0], other, statements[1], statements[2], broken, 'x', statements[3]], more: '/xapi/statements?more=abc' };
    const feed = parseResultsFeed(JSON.stringify(body), { content: nl });
    expect(feed.ok).to.equal(true);
    if (!feed.ok) return;
    expect(feed.kind).to.equal('statements');
    expect(feed.more).to.equal('/xapi/statements?more=abc');
    expect(feed.results).to.deep.equal(team);
    expect(feed.rejected.map(({ index, reason }) => ({ index, reason }))).to.deep.equal([
      { index: 1, reason: 'not-ours' },
      { index: 4, reason: 'invalid' },
      { index: 5, reason: 'not-ours' },
    ]);
    expect(feed.rejected.every((r) => typeof r.message === 'string' && r.message.length > 0)).to.equal(true);
    // The team checks and the aggregation take them as they take files.
    const prepared = prepareTeam(nl, feed.results);
    expect(prepared.accepted).to.have.length(4);
    expect(aggregate(nl, prepared.accepted)).to.deep.equal(aggregate(nl, team));
  });

  it('without the content, rebuilds the results from the statements themselves', () => {
    const feed = parseResultsFeed({ statements, more: '' });
    expect(feed).to.deep.equal({ ok: true, kind: 'statements', results: team, rejected: [] });
  });

  it('takes statements inside a plain list too, and passes other items on for the team checks', () => {
    const feed = parseResultsFeed([team[0], statements[1], { verb: { id: 'x' } }, 'nonsense'], { content: nl });
    expect(feed.ok && feed.results).to.deep.equal([team[0], team[1], 'nonsense']);
    expect(feed.ok && feed.rejected.map((r) => [r.index, r.reason])).to.deep.equal([[2, 'not-ours']]);
  });

  it('says what is wrong with a body of another shape, and never throws', () => {
    expect(parseResultsFeed('{"results": [')).to.deep.include({ ok: false, reason: 'json' });
    for (const bad of [null, 42, {}, { statements: 'none' }, { results: { a: 1 } }, true, '"text"']) {
      expect(parseResultsFeed(bad), JSON.stringify(bad)).to.deep.include({ ok: false, reason: 'shape' });
    }
  });
});

describe('results feed: following "more"', () => {
  const cases: [string, unknown, ReturnType<typeof resolveMoreUrl>][] = [
    ['https://lrs.example.org/xapi/statements?verb=x', '/xapi/statements?more=abc', { ok: true, url: 'https://lrs.example.org/xapi/statements?more=abc' }],
    ['http://lrs.example.org:8080/data/xAPI/statements', '/data/xAPI/statements?more=2', { ok: true, url: 'http://lrs.example.org:8080/data/xAPI/statements?more=2' }],
    ['https://host.example/team/results.json', 'results.json?page=2', { ok: true, url: 'https://host.example/team/results.json?page=2' }],
    ['https://host.example/team/', 'https://host.example/team/?page=3', { ok: true, url: 'https://host.example/team/?page=3' }],
    ['https://host.example/team/results', '', { ok: true, url: null }],
    ['https://host.example/team/results', undefined, { ok: true, url: null }],
    ['https://host.example/team/results', null, { ok: true, url: null }],
    ['https://host.example/team/results', 'https://evil.example/collect', { ok: false, reason: 'cross-origin' }],
    ['https://host.example/team/results', '//evil.example/collect', { ok: false, reason: 'cross-origin' }],
    ['https://host.example/team/results', 'http://host.example/team/results?page=2', { ok: false, reason: 'cross-origin' }],
    ['https://host.example/team/results', 'javascript:alert(1)', { ok: false, reason: 'invalid' }],
    ['https://host.example/team/results', 'data:application/json,[]', { ok: false, reason: 'invalid' }],
    ['https://host.example/team/results', 42, { ok: false, reason: 'invalid' }],
    ['not a url', '/more', { ok: false, reason: 'invalid' }],
    ['https://host.example/team/results?page=1', '/team/results?page=1', { ok: false, reason: 'loop' }],
    ['https://host.example/team/results?page=1', '?page=1#again', { ok: false, reason: 'loop' }],
  ];
  for (const [base, more, expected] of cases) {
    it(`${JSON.stringify(more)} from ${base} → ${JSON.stringify(expected)}`, () => expect(resolveMoreUrl(base, more)).to.deep.equal(expected));
  }
});
