import { expect } from '@open-wc/testing';
import type { Result } from '../../src/scoring/result-schema.js';
import { toXapiStatement, xapiExtensionKeys, XAPI_EXTENSION_BASE } from '../../src/adapters/xapi.js';
import { overallScore } from '../../src/adapters/measures.js';
import { completeScan, mountScan } from '../support/scan.js';
import { requireCjs } from './cjs.js';

// The real xAPI validation library (Learning Locker's xapi-validation): returns its warnings.
const validate: (statement: unknown) => { message: string; path: string[]; name: string }[] = requireCjs('xapi-validation').default;
const problems = (statement: unknown) => validate(statement).map((w) => `${w.name} at ${w.path.join('.')}`);

const actor = { objectType: 'Agent' as const, name: 'Sam de Vries', mbox: 'mailto:sam@example.org' };
const activityId = 'https://intranet.example.org/quickscan/sociale-veiligheid';

describe('xAPI statement', () => {
  it('the validator is real: it rejects broken statements', () => {
    expect(problems({})).to.not.be.empty;
    expect(problems({ actor, verb: { id: 'completed' }, object: { id: activityId } })).to.not.be.empty;
  });

  it('builds a valid "completed" statement from a real completed scan', async () => {
    const el = await mountScan();
    const startedAt = new Date(Date.now() - 95_000);
    const result: Result = await completeScan(el, (_id, i) => (i % 3 === 2 ? 'unknown' : ((i % 5) + 1) as number));
    const statement = toXapiStatement(result, {
      actor,
      activityId,
      startedAt,
      id: '6f1e2a8e-8d3c-4f5b-9a63-2f0c8d9b7e41',
      registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
      platform: 'Intranet',
    });
    expect(problems(statement)).to.deep.equal([]);

    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(statement.object.definition.type).to.equal('http://adlnet.gov/expapi/activities/assessment');
    expect(statement.object.id).to.equal(activityId);
    expect(statement.timestamp).to.equal(result.completedAt);
    expect(statement.result.completion).to.equal(true);
    const overall = overallScore(result)!;
    expect(statement.result.score).to.deep.equal({ scaled: overall / 100, raw: overall, min: 0, max: 100 });
    expect(statement.result.duration).to.match(/^PT(\d+M)?\d+(\.\d+)?S$/);
    const keys = xapiExtensionKeys();
    const pillars = statement.result.extensions[keys.pillars] as { id: string; score: number | null }[];
    expect(pillars.map((p) => p.id)).to.deep.equal(result.pillars.map((p) => p.id));
    expect(pillars.map((p) => p.score)).to.deep.equal(result.pillars.map((p) => p.score));
    expect(statement.result.extensions[keys.priorities]).to.deep.equal(result.priorities);
    expect(statement.context.extensions[keys.content]).to.include({ id: result.content.id, version: result.content.version });
    expect(statement.context.language).to.equal('nl');
    // JSON as an LRS receives it: still valid.
    expect(problems(JSON.parse(JSON.stringify(statement)))).to.deep.equal([]);
  });

  it('stays valid without a score (every answer "unknown"), with an account actor and own extension IRIs', async () => {
    const el = await mountScan();
    const result = await completeScan(el, () => 'unknown');
    expect(overallScore(result)).to.equal(null);
    const statement = toXapiStatement(result, {
      actor: { account: { homePage: 'https://lms.example.org', name: 'u-1234' } },
      activityId,
      durationMs: 3_723_450,
      name: { nl: 'Quickscan', 'en-GB': 'Quickscan' },
      description: 'Vier pijlers',
      extensionBase: 'https://lrs.example.org/extensions/quickscan/',
    });
    expect(statement.result.score).to.equal(undefined);
    expect(statement.result.duration).to.equal('PT1H2M3.45S');
    expect(Object.keys(statement.result.extensions)[0]).to.equal('https://lrs.example.org/extensions/quickscan/pillars');
    expect(problems(statement)).to.deep.equal([]);
  });

  it('default extension keys are valid IRIs and a bad actor is caught by the validator, not hidden', async () => {
    const el = await mountScan();
    const result = await completeScan(el);
    const statement = toXapiStatement(result, { actor, activityId });
    expect(Object.keys(statement.result.extensions).every((k) => k.startsWith(XAPI_EXTENSION_BASE))).to.equal(true);
    expect(problems(statement)).to.deep.equal([]);
    expect(problems(toXapiStatement(result, { actor: { name: 'no identifier' } as never, activityId }))).to.not.be.empty;
    expect(problems(toXapiStatement(result, { actor, activityId: 'not an iri' }))).to.not.be.empty;
  });
});
