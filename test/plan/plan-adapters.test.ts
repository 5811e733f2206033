// The plan of action through the other channels: the iframe page posts `plan` messages, and an xAPI
// statement carries the plan's counts, never its texts or owners.
import { expect } from '@open-wc/testing';
import { isEmbedMessage } from '../../src/adapters/embed-protocol.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/adapters/suspend-data.js';
import { toXapiStatement, xapiExtensionKeys } from '../../src/adapters/xapi.js';
import { HERE, addFrame, cleanup, embedUrl, recordMessages, waitFor } from '../adapters/helpers.js';
import { completeScan, type Scan } from '../support/scan.js';
import { p1 as P1, p2 as P2 } from './support.js';
import { scanAtResults } from './support-view.js';

describe('plan of action: embed page and xAPI', () => {
  afterEach(() => cleanup());

  it('the iframe page posts a plan message with the quickscan-plan detail', async () => {
    const messages = recordMessages();
    try {
      const frame = addFrame({ src: embedUrl(HERE, { origin: HERE }) });
      const el = await waitFor(() => {
        const found = frame.contentDocument?.querySelector('sociale-veiligheid-quickscan') as Scan | null;
        return found?.shadowRoot?.querySelector('[part~="start-button"]') ? found : null;
      }, 8000, 'the embed page');
      await completeScan(el, (id) => (id.startsWith('p1-') ? 1 : 5));
      const button = await waitFor(
        () => el.shadowRoot!.querySelector('svq-plan')?.shadowRoot?.querySelector('[part~="suggest-measure-button"]') as HTMLElement | null,
        4000,
        'the plan view',
      );
      button.click();
      const message = await waitFor(() => messages.from(frame).find((m) => m.data.type === 'plan'), 4000, 'a plan message');
      expect(isEmbedMessage(message.data)).to.equal(true);
      expect(message.origin).to.equal(HERE);
      expect(message.data.detail).to.deep.equal({ plan: el.plan, change: 'add', measureId: el.plan!.measures[0].id });
    } finally {
      messages.stop();
    }
  });

  it('toXapiStatement carries the plan counts and none of its words', async () => {
    const el = await scanAtResults();
    el.plan = {
      updatedAt: '2026-01-01T00:00:00.000Z',
      measures: [
        { id: 'a', pillarId: P1, text: 'Gesprek met Sam de Vries', owner: 'Anne Jansen', due: '2026-06-01', status: 'doing' },
        { id: 'b', pillarId: P1, text: 'Geheim', status: 'done' },
        { id: 'c', pillarId: P2, text: 'Nog een', status: 'open' },
      ],
    };
    await el.updateComplete;
    const statement = toXapiStatement(el.result!, { actor: { objectType: 'Agent', mbox: 'mailto:x@example.org' }, activityId: 'https://example.org/q' });
    const counts = statement.result.extensions[xapiExtensionKeys().plan];
    expect(counts).to.deep.equal({ measures: 3, open: 1, doing: 1, done: 1, withOwner: 1, withDue: 1, perPillar: { [P1]: 2, [P2]: 1 } });
    const text = JSON.stringify(statement);
    for (const word of ['Sam de Vries', 'Anne Jansen', 'Geheim', 'Nog een', '2026-06-01']) expect(text).to.not.contain(word);
    // Without a plan: no plan extension.
    el.plan = null;
    await el.updateComplete;
    const plain = toXapiStatement(el.result!, { actor: { objectType: 'Agent', mbox: 'mailto:x@example.org' }, activityId: 'https://example.org/q' });
    expect(plain.result.extensions).to.not.have.property(xapiExtensionKeys().plan);
  });

  it('suspend data keeps a plan beside the answers (keyed and positional forms); a damaged plan is dropped, not the answers', () => {
    const plan = { updatedAt: '2026-01-01T00:00:00.000Z', measures: [{ id: 'a', pillarId: P1, text: 'Met | pijp, %, "quotes" en é', status: 'open' }] };
    const progress = { answers: { 'p1-s1': 2, 'p1-s2': null }, step: 'results' as const, completedAt: '2026-01-01T00:00:00.000Z', plan };
    const keyed = encodeSuspendData(progress)!;
    expect(decodeSuspendData(keyed)).to.deep.equal(progress);
    const layout = { statementIds: Array.from({ length: 300 }, (_, i) => `statement-with-a-long-id-${i}`), values: [1, 2, 3, 4, 5] };
    const many = { ...progress, answers: Object.fromEntries(layout.statementIds.map((id) => [id, 3])) };
    const positional = encodeSuspendData(many, { layout })!;
    expect(positional.startsWith('q1p|')).to.equal(true);
    expect(decodeSuspendData(positional, layout)).to.deep.equal(many);
    expect(encodeSuspendData({ ...progress, plan: { measures: 'x'.repeat(5000) } }), 'too long for 1.2').to.equal(null);
    const damaged = `${keyed.slice(0, keyed.lastIndexOf('|'))}|%7B%22broken`;
    expect(decodeSuspendData(damaged)).to.deep.equal({ answers: progress.answers, step: 'results', completedAt: progress.completedAt });
  });
});
