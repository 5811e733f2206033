import { expect } from '@open-wc/testing';
import type { Result } from '../../src/scoring/result-schema.js';
import fc from 'fast-check';
import { resultFromXapiStatement, toXapiStatement, xapiExtensionKeys, XAPI_EXTENSION_BASE } from '../../src/adapters/xapi.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import { score } from '../../src/scoring/score.js';
import { prepareTeam } from '../../src/team/aggregate.js';
import { answersArb, en, ids, nl } from '../share/support.js';
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

describe('xAPI statement: the result travels with it and comes back', () => {
  const at = new Date(Date.UTC(2024, 5, 1, 9, 30, 15, 250));
  const resultOf = (answers: Record<string, AnswerValue>, locale = 'nl') => score(locale === 'en' ? en : nl, answers, { locale, completedAt: at });
  const someAnswers = Object.fromEntries(ids(nl).map((id, i) => [id, i % 4 === 3 ? null : (i % 5) + 1]));

  it('carries the answers (statement, pillar, value; no names) in a result extension and stays valid', () => {
    const result = resultOf(someAnswers);
    const statement = toXapiStatement(result, { actor, activityId });
    const keys = xapiExtensionKeys();
    expect(keys.answers).to.equal(`${XAPI_EXTENSION_BASE}answers`);
    expect(statement.result.extensions[keys.answers]).to.deep.equal(result.answers);
    expect(JSON.stringify(statement.result.extensions)).to.not.include(actor.name).and.not.include(actor.mbox);
    expect(problems(statement)).to.deep.equal([]);
    expect(problems(JSON.parse(JSON.stringify(statement)))).to.deep.equal([]);
  });

  it('gives back exactly the result, with and without the content, also after JSON as an LRS returns it (fast-check)', function () {
    this.timeout(120000); // each run validates two statements with xapi-validation
    fc.assert(
      fc.property(answersArb(nl), fc.constantFrom('nl', 'en'), (answers, locale) => {
        const result = resultOf(answers, locale);
        const statement = JSON.parse(JSON.stringify(toXapiStatement(result, { actor, activityId })));
        expect(problems(statement)).to.deep.equal([]);
        expect(resultFromXapiStatement(statement)).to.deep.equal({ ok: true, result });
        expect(resultFromXapiStatement(statement, locale === 'en' ? en : nl)).to.deep.equal({ ok: true, result });
      }),
      { numRuns: 50 },
    );
  });

  it('reads what an LRS adds and changes: id, stored, authority, a timestamp with an offset', () => {
    const result = resultOf(someAnswers);
    const statement = {
      ...JSON.parse(JSON.stringify(toXapiStatement(result, { actor, activityId }))),
      id: '6f1e2a8e-8d3c-4f5b-9a63-2f0c8d9b7e41',
      stored: '2024-06-01T09:31:00.000Z',
      authority: { objectType: 'Agent', account: { homePage: 'https://lrs.example.org', name: 'client' } },
      timestamp: '2024-06-01T11:30:15.250+02:00',
    };
    expect(resultFromXapiStatement(statement, nl)).to.deep.equal({ ok: true, result });
  });

  it('with the content of another id or version, rebuilds the result so the team checks tell "other content" and "other version"', () => {
    const other = score(nl, someAnswers, { locale: 'nl', completedAt: at });
    const statement = toXapiStatement({ ...other, content: { ...other.content, version: '2023-01' } }, { actor, activityId });
    const read = resultFromXapiStatement(statement, nl);
    expect(read.ok && read.result.content).to.deep.equal({ id: nl.id, version: '2023-01', locale: 'nl' });
    expect(prepareTeam(nl, [read.ok && read.result]).rejected).to.deep.equal([{ index: 0, reason: 'other-version' }]);
  });

  it('uses its own extension IRIs when told, and calls statements of others "not-ours"', () => {
    const result = resultOf(someAnswers);
    const extensionBase = 'https://lrs.example.org/extensions/quickscan/';
    const own = toXapiStatement(result, { actor, activityId, extensionBase });
    expect(resultFromXapiStatement(own, nl, { extensionBase })).to.deep.equal({ ok: true, result });
    expect(resultFromXapiStatement(own, nl)).to.deep.include({ ok: false, reason: 'not-ours' });
    const ours = toXapiStatement(result, { actor, activityId });
    const notOurs = [
      null,
      'statement',
      [],
      { ...ours, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } } },
      { ...ours, verb: undefined },
      { ...ours, result: { completion: true } },
      { ...ours, context: { language: 'nl' } },
    ];
    for (const s of notOurs) expect(resultFromXapiStatement(s, nl)).to.deep.include({ ok: false, reason: 'not-ours' });
  });

  it('calls a broken statement of ours "invalid", with a message, and never throws', () => {
    const result = resultOf(someAnswers);
    const keys = xapiExtensionKeys();
    const ours = JSON.parse(JSON.stringify(toXapiStatement(result, { actor, activityId })));
    const broken = (change: (s: any) => void) => {
      const copy = JSON.parse(JSON.stringify(ours));
      change(copy);
      return copy;
    };
    const cases = [
      broken((s) => (s.result.extensions[keys.answers] = 'all fine')),
      broken((s) => (s.result.extensions[keys.answers][0].value = 9)),
      broken((s) => s.result.extensions[keys.answers].push({ ...s.result.extensions[keys.answers][0] })),
      broken((s) => (s.result.extensions[keys.answers][2] = null)),
      broken((s) => (s.context.extensions[keys.content] = { id: 42 })),
      broken((s) => (s.timestamp = 'gisteren')),
      broken((s) => delete s.timestamp),
    ];
    for (const s of cases) {
      const read = resultFromXapiStatement(s, nl);
      expect(read).to.deep.include({ ok: false, reason: 'invalid' });
      expect(read.ok === false && read.message).to.be.a('string').and.not.empty;
    }
    // Without the content the result schema checks it.
    const noContent = [broken((s) => (s.result.extensions[keys.pillars] = undefined)), broken((s) => (s.result.extensions[keys.answers][0].value = 'vijf')), broken((s) => delete s.context.extensions[keys.content].scale)];
    for (const s of noContent) expect(resultFromXapiStatement(s)).to.deep.include({ ok: false, reason: 'invalid' });
  });
});
