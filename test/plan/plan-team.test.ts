// The team's plan of action, made together in the team view: the team's priorities open, what the
// team disagrees on offered first ("Bespreek eerst: …"), the same quickscan-plan event.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mountScan, viewRoot, type Scan } from '../support/scan.js';
import { content, result } from '../team/support.js';
import type { QuickscanPlanDetail } from '../../src/events.js';

const [P1, P2] = content.pillars.map((p) => p.id);
const split = content.pillars[1].statements[0];

/** Four people: pillar 1 low for all, one statement of pillar 2 split between both ends, the rest high. */
function results() {
  return [0, 1, 2, 3].map((n) =>
    result((id) => (id === split.id ? (n < 2 ? 1 : 5) : id.startsWith('p1-') ? 1 : 5), n),
  );
}

async function teamPlan(el: Scan): Promise<ShadowRoot> {
  await customElements.whenDefined('svq-plan');
  const plan = viewRoot(el).querySelector('svq-plan') as HTMLElement & { updateComplete: Promise<boolean> };
  expect(plan, 'the team view renders the plan').to.exist;
  await plan.updateComplete;
  return plan.shadowRoot!;
}

describe('plan of action: the team view', () => {
  it('offers the disagreements first, opens the team priorities, and fires quickscan-plan from the team view', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan mode="team" .results=${results()}></sociale-veiligheid-quickscan>`);
    await el.updateComplete;
    let root = await teamPlan(el);
    const pillars = [...root.querySelectorAll<HTMLDetailsElement>('[part~="plan-pillar"]')];
    expect(pillars[0].dataset.pillar).to.equal(P1);
    expect(pillars.map((p) => p.open)).to.deep.equal([true, false, false, false]);
    const p2 = root.querySelector<HTMLDetailsElement>(`[data-pillar="${P2}"]`)!;
    p2.querySelector('summary')!.click();
    // The body of a pillar renders once it is opened.
    await waitUntil(() => p2.querySelector('.suggestions li'), 'the opened pillar shows its suggestions');
    const discuss = p2.querySelector('.suggestions li')!;
    expect(discuss.textContent).to.contain(`Bespreek eerst: ${split.text}`);
    await expect(el).to.be.accessible();

    const seen: QuickscanPlanDetail[] = [];
    el.addEventListener('quickscan-plan', (e) => seen.push(e.detail));
    (discuss.querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    const team = viewRoot(el).host as HTMLElement & { plan: { measures: { id: string; text: string; statementId?: string }[] } | null; updateComplete: Promise<boolean> };
    await team.updateComplete;
    root = await teamPlan(el);
    expect(seen).to.have.length(1);
    const m = team.plan!.measures[0];
    expect(m).to.deep.include({ pillarId: P2, statementId: split.id, text: `Bespreek eerst: ${split.text}`, status: 'open' });
    expect(seen[0]).to.deep.equal({ plan: team.plan, change: 'add', measureId: m.id });
    expect(root.querySelectorAll('[part~="measure"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a plan set on the team element that does not fit the content is refused readably', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan-team .results=${results()}></sociale-veiligheid-quickscan-team>`);
    const team = el as unknown as HTMLElement & { plan: unknown; updateComplete: Promise<boolean> };
    const error = oneEvent(team, 'quickscan-error');
    team.plan = { updatedAt: '2026-01-01T00:00:00.000Z', measures: [{ id: 'a', pillarId: 'nope', text: 'x', status: 'open' }] };
    const { detail } = await error;
    expect(detail.message).to.equal('Dit plan van aanpak past niet bij deze quickscan en is niet overgenomen.');
    expect(team.plan).to.equal(null);
    await team.updateComplete;
    expect(team.shadowRoot!.querySelector('.result-error')!.textContent).to.contain('Dit plan van aanpak past niet');
    const good = { updatedAt: '2026-01-01T00:00:00.000Z', measures: [{ id: 'a', pillarId: P1, text: 'Samen', status: 'open' }] };
    team.plan = good;
    await team.updateComplete;
    expect(team.plan).to.deep.equal(good);
  });
});
