import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { custom } from '../fixtures/custom-content.js';
import { $$, choose, completeScan, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';

const editAll = (el: Scan) => $$(el, '[part~="edit-button"]').find((b) => b.textContent!.includes('Antwoorden aanpassen'))!;

describe('events a host receives', () => {
  it('quickscan-ready: content loaded and valid, with id, version and locale', async () => {
    const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
    const ready = oneEvent(el, 'quickscan-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.detail).to.deep.equal({ contentId: 'jzw-quickscan-sociale-veiligheid', contentVersion: '2024-05', locale: 'nl' });
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });

  it('quickscan-answer: for every answer and change, with value null for "Weet ik niet"', async () => {
    const el = await mountScan();
    await start(el);
    const fieldsets = statements(el);
    let event = oneEvent(el, 'quickscan-answer');
    choose(fieldsets[0], 4);
    expect((await event).detail).to.deep.equal({ statementId: 'p1-s1', pillarId: 'sociaal-psychologisch-veilig', value: 4, answered: 1, total: 18 });
    event = oneEvent(el, 'quickscan-answer');
    choose(fieldsets[0], 'unknown');
    expect((await event).detail).to.deep.equal({ statementId: 'p1-s1', pillarId: 'sociaal-psychologisch-veilig', value: null, answered: 1, total: 18 });
    event = oneEvent(el, 'quickscan-answer');
    choose(fieldsets[1], 1);
    const e = await event;
    expect(e.detail).to.deep.equal({ statementId: 'p1-s2', pillarId: 'sociaal-psychologisch-veilig', value: 1, answered: 2, total: 18 });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('quickscan-complete: the exact result shape', async () => {
    const el = await mountScan();
    const before = Date.now();
    const result = await completeScan(el, (id) => (id.startsWith('p1') ? 5 : id.startsWith('p2') ? 'unknown' : 3));
    const after = Date.now();
    const completedAt = Date.parse(result.completedAt);
    expect(completedAt).to.be.within(before - 1, after + 1);
    expect(result.completedAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect({ ...result, completedAt: 'x', answers: result.answers.length }).to.deep.equal({
      schemaVersion: 1,
      content: { id: 'jzw-quickscan-sociale-veiligheid', version: '2024-05', locale: 'nl' },
      completedAt: 'x',
      scale: { min: 1, max: 5 },
      answers: 18,
      pillars: [
        { id: 'sociaal-psychologisch-veilig', title: 'Sociaal en psychologisch veilig werken', score: 100, mean: 5, answered: 6, unknown: 0, total: 6, band: 'in-order' },
        { id: 'risicos-preventie', title: 'Risico’s en preventie', score: null, mean: null, answered: 4, unknown: 4, total: 4, band: 'insufficient' },
        { id: 'reageren', title: 'Reageren op ongewenst gedrag', score: 50, mean: 3, answered: 3, unknown: 0, total: 3, band: 'attention' },
        { id: 'afhandeling-nazorg', title: 'Afhandeling en nazorg', score: 50, mean: 3, answered: 5, unknown: 0, total: 5, band: 'attention' },
      ],
      priorities: ['reageren', 'afhandeling-nazorg'],
    });
    expect(result.answers[0]).to.deep.equal({ statementId: 'p1-s1', pillarId: 'sociaal-psychologisch-veilig', value: 5 });
    expect(result.answers[6]).to.deep.equal({ statementId: 'p2-s1', pillarId: 'risicos-preventie', value: null });
  });

  it('quickscan-step: when the person moves between steps', async () => {
    const el = await mountScan();
    const event = oneEvent(el, 'quickscan-step');
    part(el, 'start-button').click();
    expect((await event).detail).to.deep.equal({ step: 0, pillarId: 'sociaal-psychologisch-veilig' });
  });

  it('quickscan-complete fires again only when answers changed since the last completion', async () => {
    const el = await mountScan();
    const first = await completeScan(el, () => 4);
    const completes: CustomEvent[] = [];
    el.addEventListener('quickscan-complete', (e) => completes.push(e as CustomEvent));
    const finish = async () => {
      editAll(el).click();
      await settle(el);
      for (let s = 0; s < 4; s++) await next(el);
    };
    await finish();
    expect(part(el, 'results')).to.exist;
    expect(completes, 'finishing again unchanged').to.have.length(0);
    expect(el.result!.completedAt).to.equal(first.completedAt);
    // A change and its undo is no change either.
    editAll(el).click();
    await settle(el);
    choose(statements(el)[0], 1);
    choose(statements(el)[0], 4);
    for (let s = 0; s < 4; s++) await next(el);
    expect(completes).to.have.length(0);
    // A real change fires once more.
    editAll(el).click();
    await settle(el);
    choose(statements(el)[0], 1);
    for (let s = 0; s < 4; s++) await next(el);
    expect(completes).to.have.length(1);
    expect(completes[0].detail.answers[0].value).to.equal(1);
    await finish();
    expect(completes).to.have.length(1);
  });

  it('setting properties from the host fires no event', async () => {
    const el = await mountScan();
    const done = await completeScan(el, () => 4);
    const other = await fixture<Scan>(html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`);
    const seen: string[] = [];
    for (const name of ['quickscan-answer', 'quickscan-complete', 'quickscan-step', 'quickscan-error']) other.addEventListener(name, () => seen.push(name));
    other.answers = { 'p1-s1': 2, 'p1-s2': 2, 'p1-s3': 2, 'p1-s4': 2, 'p1-s5': 2, 'p1-s6': null };
    other.step = 1;
    await settle(other);
    expect(part(other, 'progress').textContent).to.match(/Stap 2 van 4/);
    other.result = done;
    await settle(other);
    expect(part(other, 'results')).to.exist;
    expect(other.result!.pillars).to.deep.equal(done.pillars);
    other.lang = 'en';
    await settle(other);
    expect(seen).to.deep.equal([]);
  });

  it('README states the rule for host changes, and the element keeps it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const rule = readme.slice(readme.indexOf('Events describe what the person did'), readme.indexOf('| event (`bubbles`'));
    expect(readme.includes('Setting a property never fires an event'), 'the old promise is gone').to.equal(false);
    for (const name of ['quickscan-answer', 'quickscan-step', 'quickscan-complete', 'quickscan-team-summary']) {
      expect(rule, `the rule names ${name}`).to.contain(`\`${name}\``);
    }
    expect(rule).to.match(/`quickscan-ready` once it is loaded and valid, or `quickscan-error`/);

    const el = await mountScan();
    const done = structuredClone(await completeScan(el, () => 4));
    const other = await mountScan();
    const seen: string[] = [];
    const names = ['quickscan-ready', 'quickscan-answer', 'quickscan-step', 'quickscan-complete', 'quickscan-error', 'quickscan-team-summary'];
    for (const name of names) other.addEventListener(name, () => seen.push(name));
    const during = async (change: () => void) => {
      seen.length = 0;
      change();
      await settle(other);
      await new Promise((r) => setTimeout(r, 50));
      return [...seen];
    };
    expect(await during(() => (other.answers = { 'p1-s1': 2 }))).to.deep.equal([]);
    expect(await during(() => (other.step = 0))).to.deep.equal([]);
    expect(await during(() => (other.result = done))).to.deep.equal([]);
    expect(await during(() => (other.result = { ...done, answers: [] }))).to.deep.equal(['quickscan-error']);
    expect(await during(() => (other.content = custom))).to.deep.equal(['quickscan-ready']);
    expect(await during(() => (other.content = { ...custom, pillars: [] }))).to.deep.equal(['quickscan-error']);
  });
});
