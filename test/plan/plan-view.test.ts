// The plan of action on the results view, as a person uses it (mouse and keyboard) and as a host sees
// it (events, the `plan` and `result` properties, persistence).
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { openProgressStore, storageKey } from '../../src/internal/progress-store.js';
import { resultSchema } from '../../src/scoring/result-schema.js';
import { choose, mountScan, next, part, settle, statements, viewRoot } from '../support/scan.js';
import { p1 as P1, p2 as P2, p3 as P3 } from './support.js';
import { allInPlan, inPlan, pillarOf, planRoot, planSettle, recordPlanEvents, scanAtResults, typeInto } from './support-view.js';

const KEY = storageKey('jzw-quickscan-sociale-veiligheid', '2024-05');

describe('plan of action: the view', () => {
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every pillar, priorities first and open, the others collapsed, with the why-sentence', async () => {
    const el = await scanAtResults();
    const root = await planRoot(el);
    const pillars = allInPlan<HTMLDetailsElement>(root, '[part~="plan-pillar"]');
    expect(pillars.map((p) => p.dataset.pillar)).to.deep.equal(el.loadedContent!.pillars.map((p) => p.id));
    expect(el.result!.priorities).to.deep.equal([P1]);
    expect(pillars.map((p) => p.open)).to.deep.equal([true, false, false, false]);
    expect(inPlan(root, '[part~="plan"]').textContent).to.contain('tenzij de website waarop je de scan invult het bewaart');
    // Suggestions: the pillar's lowest statements (answered 1 first) and its tools.
    const suggest = allInPlan(pillarOf(root, P1) as unknown as ShadowRoot, '[part~="suggest-measure-button"]');
    expect(suggest.length).to.be.greaterThan(1);
    expect(suggest[0].textContent!.trim()).to.equal('Maak hier een maatregel van');
    await expect(el).to.be.accessible();
  });

  it('by mouse: add from a suggestion, set status, reorder, remove and undo, with exact events', async () => {
    const el = await scanAtResults();
    const events = recordPlanEvents(el);
    let root = await planRoot(el);
    const lowest = el.loadedContent!.pillars[0].statements[0];

    (pillarOf(root, P1).querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    root = await planSettle(el);
    expect(events).to.have.length(1);
    const first = el.plan!.measures[0];
    expect(first).to.deep.equal({ id: first.id, pillarId: P1, statementId: lowest.id, text: lowest.text, status: 'open' });
    expect(events[0]).to.deep.equal({ plan: el.plan, change: 'add', measureId: first.id });
    expect(el.result!.plan).to.deep.equal(el.plan);
    // The used suggestion is no longer offered; focus is in the new measure's text.
    expect(pillarOf(root, P1).textContent).to.contain(lowest.text);
    expect(root.activeElement?.getAttribute('part')).to.equal('measure-text');
    await expect(el).to.be.accessible();

    // A second measure written by hand.
    const add = inPlan<HTMLTextAreaElement>(root, `[data-add="${P1}"]`);
    await typeInto(add, 'Vertrouwenspersoon <b>voorstellen</b>');
    expect(events, 'typing fires nothing').to.have.length(1);
    (pillarOf(root, P1).querySelector('[part~="add-measure-button"]') as HTMLElement).click();
    root = await planSettle(el);
    const second = el.plan!.measures[1];
    expect(second.text).to.equal('Vertrouwenspersoon <b>voorstellen</b>');
    expect(events[1]).to.deep.equal({ plan: el.plan, change: 'add', measureId: second.id });
    expect(root.querySelector('b'), 'hostile text stays text').to.equal(null);

    // Reorder: the second measure up; focus stays on its "up" button, the move is announced.
    const secondItem = inPlan(root, `[data-measure="${second.id}"]`);
    (secondItem.querySelector('[data-move="up"]') as HTMLElement).click();
    root = await planSettle(el);
    expect(el.plan!.measures.map((m) => m.id)).to.deep.equal([second.id, first.id]);
    expect(events[2]).to.deep.equal({ plan: el.plan, change: 'reorder', measureId: second.id });
    expect(root.activeElement).to.equal(inPlan(root, `[data-measure="${second.id}"] [data-move="up"]`));
    expect(inPlan(root, '[role="status"]').textContent).to.contain('Maatregel verplaatst naar plek 1 van 2.');

    // Remove with undo.
    (inPlan(root, `[data-measure="${first.id}"] [part~="remove-measure-button"]`)).click();
    root = await planSettle(el);
    expect(el.plan!.measures.map((m) => m.id)).to.deep.equal([second.id]);
    expect(events[3]).to.deep.equal({ plan: el.plan, change: 'remove', measureId: first.id });
    const undoNotice = inPlan(root, '.undo');
    expect(undoNotice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Maatregel verwijderd — Ongedaan maken');
    expect(root.activeElement).to.equal(undoNotice.querySelector('button'));
    await expect(el).to.be.accessible();
    (undoNotice.querySelector('button') as HTMLElement).click();
    root = await planSettle(el);
    expect(el.plan!.measures.map((m) => m.id)).to.deep.equal([second.id, first.id]);
    expect(el.plan!.measures[1]).to.deep.equal(first);
    expect(events[4]).to.deep.equal({ plan: el.plan, change: 'add', measureId: first.id });
    expect(root.querySelector('.undo')).to.equal(null);
    expect(events).to.have.length(5);
  });

  it('by keyboard only: add, edit text and owner on blur, status, due date (overdue marked), reorder, remove, undo', async () => {
    const el = await scanAtResults();
    const events = recordPlanEvents(el);
    let root = await planRoot(el);

    // Open a collapsed pillar with the keyboard and add a measure there.
    const p3 = pillarOf(root, P3);
    (p3.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(p3.open).to.equal(true);
    root = await planSettle(el);
    await typeInto(inPlan(root, `[data-add="${P3}"]`), 'Teamoverleg over omgangsvormen');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    root = await planSettle(el);
    const m = el.plan!.measures[0];
    expect(m).to.deep.equal({ id: m.id, pillarId: P3, text: 'Teamoverleg over omgangsvormen', status: 'open' });
    expect(events).to.deep.equal([{ plan: el.plan, change: 'add', measureId: m.id }]);
    const item = () => inPlan(root, `[data-measure="${m.id}"]`);

    // Text: Tab out commits (one event), typing alone does not.
    await typeInto(item().querySelector('[part~="measure-text"]') as HTMLElement, ' (maandelijks)');
    expect(events).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    root = await planSettle(el);
    expect(events).to.have.length(2);
    expect(events[1]).to.deep.equal({ plan: el.plan, change: 'edit', measureId: m.id });
    expect(el.plan!.measures[0].text).to.equal('Teamoverleg over omgangsvormen (maandelijks)');

    // Owner: focus went from the text to the owner field.
    expect(root.activeElement?.getAttribute('part')).to.equal('measure-owner');
    await sendKeys({ type: 'Teamleider' });
    await sendKeys({ press: 'Tab' });
    root = await planSettle(el);
    expect(events[2]).to.deep.equal({ plan: el.plan, change: 'edit', measureId: m.id });
    expect(el.plan!.measures[0].owner).to.equal('Teamleider');

    // Status with the arrow keys.
    (item().querySelector('[part~="measure-status"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    root = await planSettle(el);
    expect(el.plan!.measures[0].status).to.equal('doing');
    expect(events[3]).to.deep.equal({ plan: el.plan, change: 'status', measureId: m.id });

    // A due date in the past: allowed, marked "verlopen" in text.
    const due = item().querySelector('[part~="measure-due"]') as HTMLInputElement;
    due.focus();
    await sendKeys({ type: '01012020' });
    await sendKeys({ press: 'Tab' });
    root = await planSettle(el);
    expect(el.plan!.measures[0].due).to.equal('2020-01-01');
    expect(events.at(-1)).to.deep.equal({ plan: el.plan, change: 'edit', measureId: m.id });
    const overdue = item().querySelector('.overdue')!;
    expect(overdue.textContent).to.equal('verlopen');
    expect(due.getAttribute('aria-describedby')).to.equal(overdue.id);
    await expect(el).to.be.accessible();

    // A second measure, moved up with the keyboard; then removed and brought back.
    const before = events.length;
    await typeInto(inPlan(root, `[data-add="${P3}"]`), 'Tweede');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    root = await planSettle(el);
    const second = el.plan!.measures[1];
    (inPlan(root, `[data-measure="${second.id}"] [data-move="up"]`)).focus();
    await sendKeys({ press: 'Enter' });
    root = await planSettle(el);
    expect(el.plan!.measures.map((x) => x.id)).to.deep.equal([second.id, m.id]);
    expect(root.activeElement).to.equal(inPlan(root, `[data-measure="${second.id}"] [data-move="up"]`));
    // Already first: nothing changes, it is said.
    await sendKeys({ press: 'Enter' });
    root = await planSettle(el);
    expect(inPlan(root, '[role="status"]').textContent).to.contain('Deze maatregel staat al bovenaan.');
    (inPlan(root, `[data-measure="${second.id}"] [part~="remove-measure-button"]`)).focus();
    await sendKeys({ press: 'Enter' });
    root = await planSettle(el);
    expect(el.plan!.measures.map((x) => x.id)).to.deep.equal([m.id]);
    await sendKeys({ press: 'Enter' }); // focus is on "Ongedaan maken"
    root = await planSettle(el);
    expect(el.plan!.measures.map((x) => x.id)).to.deep.equal([second.id, m.id]);
    expect(events.slice(before).map((e) => [e.change, e.measureId])).to.deep.equal([
      ['add', second.id],
      ['reorder', second.id],
      ['remove', second.id],
      ['add', second.id],
    ]);
  });

  it('refuses an empty text with a readable message and keeps the old one', async () => {
    const el = await scanAtResults();
    const events = recordPlanEvents(el);
    let root = await planRoot(el);
    (pillarOf(root, P1).querySelector('[part~="add-measure-button"]') as HTMLElement).click();
    root = await planSettle(el);
    expect(events).to.have.length(0);
    const add = inPlan(root, `[data-add="${P1}"]`);
    expect(add.getAttribute('aria-invalid')).to.equal('true');
    expect(inPlan(root, `#${add.getAttribute('aria-describedby')}`).textContent).to.equal('Schrijf in een paar woorden wat de maatregel is.');
    await expect(el).to.be.accessible();

    (pillarOf(root, P1).querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    root = await planSettle(el);
    const m = el.plan!.measures[0];
    const text = inPlan<HTMLTextAreaElement>(root, `[data-measure="${m.id}"] [part~="measure-text"]`);
    await typeInto(text, '   ', { clear: true });
    await sendKeys({ press: 'Tab' });
    root = await planSettle(el);
    expect(el.plan!.measures[0].text).to.equal(m.text);
    expect(text.value).to.equal(m.text);
    expect(events).to.have.length(1);
    expect(inPlan(root, `[data-measure="${m.id}"] .field-error`).textContent).to.equal('Schrijf in een paar woorden wat de maatregel is.');
  });

  it('is accessible in every plan state, light and dark, and fits 320 px', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await scanAtResults(html`<sociale-veiligheid-quickscan theme=${theme}></sociale-veiligheid-quickscan>`);
      el.plan = {
        updatedAt: '2026-01-01T00:00:00.000Z',
        measures: [
          { id: 'a', pillarId: P1, text: 'Een maatregel met een heel lange tekst zonderspatiesdieheelergdoorloopt'.repeat(3), owner: 'Anne', due: '2020-01-01', status: 'doing' },
          { id: 'b', pillarId: P1, statementId: 'p1-s2', text: 'Klaar', status: 'done' },
          { id: 'c', pillarId: P2, tool: { title: 'Tool', url: 'https://example.org/' }, text: 'Met tool', status: 'open' },
        ],
      };
      let root = await planSettle(el);
      for (const d of allInPlan<HTMLDetailsElement>(root, 'details')) d.open = true;
      root = await planSettle(el);
      await expect(el, `${theme}: filled`).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await planSettle(el);
      const doc = document.documentElement;
      expect(doc.scrollWidth, `${theme}: page scrolls sideways at 320 px`).to.be.at.most(doc.clientWidth);
      for (const node of root.querySelectorAll<HTMLElement>('*')) {
        const r = node.getBoundingClientRect();
        if (r.width && r.right > doc.clientWidth + 1) throw new Error(`${theme}: ${node.tagName}.${node.className} sticks out at 320 px`);
      }
      (inPlan(root, '[data-measure="a"] [part~="remove-measure-button"]')).click();
      await planSettle(el);
      await expect(el, `${theme}: undo offered`).to.be.accessible();
      await setViewport({ width: 800, height: 600 });
      el.remove();
    }
  });
});

describe('plan of action: the host', () => {
  afterEach(() => localStorage.clear());

  it('a plan set by the host shows, fires no plan event, and reads back; one that does not fit is refused readably', async () => {
    const el = await scanAtResults();
    const events = recordPlanEvents(el);
    const plan = { updatedAt: '2026-01-01T00:00:00.000Z', measures: [{ id: 'x1', pillarId: P2, text: 'Van de host', status: 'open' as const }] };
    el.plan = plan;
    let root = await planSettle(el);
    expect(el.plan).to.deep.equal(plan);
    expect(pillarOf(root, P2).textContent).to.contain('1 maatregel');
    expect(events).to.have.length(0);

    const error = oneEvent(el, 'quickscan-error');
    el.plan = { updatedAt: '2026-01-01T00:00:00.000Z', measures: [{ id: 'x2', pillarId: 'p9', text: 'Onbekend', status: 'open' }] };
    const { detail } = await error;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('Dit plan van aanpak past niet bij deze quickscan en is niet overgenomen.');
    expect(detail.issues).to.deep.equal([{ path: 'measures[0].pillarId', message: 'pijler „p9” bestaat niet in deze quickscan' }]);
    root = await planSettle(el);
    expect(el.plan, 'the plan stays as it was').to.deep.equal(plan);
    expect(viewRoot(el).querySelector('.result-error')!.textContent).to.contain('Dit plan van aanpak past niet');
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a saved result with a plan shows the plan again; the result getter and the complete event carry it', async () => {
    const el = await scanAtResults();
    (pillarOf(await planRoot(el), P1).querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    await planSettle(el);
    const saved = el.result!;
    expect(resultSchema.safeParse(saved).success).to.equal(true);
    expect(saved.plan!.measures).to.have.length(1);

    // Finishing again after changing an answer: the complete event carries the plan too.
    part(el, 'edit-button').click();
    await settle(el);
    choose(statements(el)[1], 5);
    await el.updateComplete;
    const completed = oneEvent(el, 'quickscan-complete');
    for (let s = 0; s < 4; s++) await next(el);
    expect((await completed).detail.plan).to.deep.equal(saved.plan);

    const other = await mountScan();
    other.result = saved;
    const root = await planSettle(other);
    expect(other.plan).to.deep.equal(saved.plan);
    expect(root.querySelectorAll('[part~="measure"]')).to.have.length(1);

    // A result whose plan names an unknown pillar is refused like any result that does not fit.
    const third = await mountScan();
    const error = oneEvent(third, 'quickscan-error');
    third.result = { ...saved, plan: { ...saved.plan!, measures: [{ ...saved.plan!.measures[0], pillarId: 'nope', statementId: undefined }] } };
    expect((await error).detail.message).to.equal('Dit plan van aanpak past niet bij deze quickscan en is niet overgenomen.');
    expect(third.result).to.equal(null);
  });

  it('with persist: the plan is kept with the answers and offered back', async () => {
    localStorage.clear();
    const el = await scanAtResults(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    (pillarOf(await planRoot(el), P1).querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    await planSettle(el);
    const plan = el.plan!;
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.plan).to.deep.equal(plan);
    expect(stored.step).to.equal('results');
    el.remove();

    const back = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    part(back, 'resume-button').click();
    await settle(back);
    const root = await planSettle(back);
    expect(back.plan).to.deep.equal(plan);
    expect(inPlan<HTMLTextAreaElement>(root, '[part~="measure-text"]').value).to.equal(plan.measures[0].text);
    back.remove();

    // A kept plan that does not fit (edited storage) is dropped; the answers still come back.
    const store = openProgressStore(KEY);
    store.save({ ...store.load()!, plan: { updatedAt: 'x', measures: 'no' } });
    const third = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    part(third, 'resume-button').click();
    await settle(third);
    expect(third.plan).to.equal(null);
    expect(third.step).to.equal('results');
  });

  it('starting over forgets the plan', async () => {
    const el = await scanAtResults();
    (pillarOf(await planRoot(el), P1).querySelector('[part~="suggest-measure-button"]') as HTMLElement).click();
    await planSettle(el);
    expect(el.plan).to.not.equal(null);
    part(el, 'restart-button').click();
    await settle(el);
    part(el, 'confirm-restart-button').click();
    await settle(el);
    expect(el.plan).to.equal(null);
  });
});
