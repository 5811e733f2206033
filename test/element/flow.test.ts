import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, answerStep, choose, completeScan, focused, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';

async function tabUntil(el: Scan, predicate: (node: Element | null) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (predicate(focused(el))) return focused(el)!;
  }
  throw new Error('focus never reached the expected element');
}

describe('walking through the scan', () => {
  it('names pillars without a score instead of calling everything fine when all answers are "Weet ik niet"', async () => {
    const el = await mountScan();
    await completeScan(el, () => 'unknown');
    const text = part(el, 'priorities').textContent!.replace(/\s+/g, ' ');
    expect(text).not.to.contain('Geen enkele pijler');
    expect(text).to.contain('Te weinig antwoorden om iets te zeggen over');
    for (const p of el.loadedContent!.pillars) expect(text).to.contain(p.title);
    await expect(el).to.be.accessible();
  });

  it('names the pillar without a score and says the others need no attention', async () => {
    const el = await mountScan();
    const first = new Set(el.loadedContent!.pillars[0].statements.map((s) => s.id));
    await completeScan(el, (id) => (first.has(id) ? 'unknown' : 5));
    const text = part(el, 'priorities').textContent!.replace(/\s+/g, ' ');
    const [p1, p2] = el.loadedContent!.pillars;
    expect(text).to.contain(`Te weinig antwoorden om iets te zeggen over ${p1.title}.`);
    expect(text).not.to.contain(p2.title);
    expect(text).to.contain('Geen van de andere pijlers valt in een band die om aandacht vraagt.');
  });

  it('completes the whole scan by mouse and shows the results', async () => {
    const el = await mountScan();
    const result = await completeScan(el, (_id, i) => ((i % 5) + 1) as number);
    expect(result.pillars).to.have.length(4);
    expect(part(el, 'results')).to.exist;
    expect($$(el, '[part~="pillar-result"]')).to.have.length(4);
    expect(el.result).to.deep.equal(result);
    await expect(el).to.be.accessible();
  });

  it('completes the whole scan by keyboard only, with focus on the step heading after every step', async () => {
    const el = await mountScan();
    await tabUntil(el, (n) => n?.getAttribute('part') === 'start-button');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let step = 0; step < 4; step++) {
      expect(focused(el)?.id, `focus after entering step ${step + 1}`).to.equal('view-heading');
      expect(focused(el)?.textContent).to.contain(el.loadedContent!.pillars[step].title);
      const count = statements(el).length;
      for (let s = 0; s < count; s++) {
        // Tab into the next unanswered radio group; ArrowRight checks its second option ("Oneens").
        await tabUntil(el, (n) => n instanceof HTMLInputElement && n.type === 'radio' && !statements(el)[s].querySelector('input:checked') && statements(el)[s].contains(n));
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      expect(statements(el).every((f) => f.querySelector('input:checked'))).to.equal(true);
      await tabUntil(el, (n) => n?.getAttribute('part') === 'next-button');
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
    expect(focused(el)?.id).to.equal('view-heading');
    expect(part(el, 'results')).to.exist;
    expect(el.result!.pillars.every((p) => p.score === 25)).to.equal(true);
  });

  it('"next" does not move on while a statement is open, and focuses the first open statement with a message', async () => {
    const el = await mountScan();
    await start(el);
    const fieldsets = statements(el);
    choose(fieldsets[0], 4);
    choose(fieldsets[1], 'unknown');
    choose(fieldsets[3], 2);
    await el.updateComplete;
    await next(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 1 van 4/);
    const guard = part(el, 'guard');
    expect(guard.getAttribute('role')).to.equal('alert');
    expect(guard.textContent).to.contain('Er zijn nog 3 stellingen open');
    expect(guard.textContent).to.contain('„Weet ik niet”');
    const open = statements(el)[2];
    expect(open.classList.contains('flagged')).to.equal(true);
    expect(open.contains(focused(el))).to.equal(true);
    expect(statements(el).filter((f) => f.classList.contains('flagged')).map((f) => f.dataset.statement)).to.deep.equal(['p1-s3', 'p1-s5', 'p1-s6']);
    await expect(el).to.be.accessible();
    // "Weet ik niet" counts as an answer.
    for (const f of statements(el)) if (!f.querySelector('input:checked')) choose(f, 'unknown');
    await el.updateComplete;
    expect(guard.textContent).to.equal('');
    await next(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
  });

  it('"back" and jumping to an earlier step keep all answers', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, (_id, i) => (i % 2 ? 5 : 1));
    await next(el);
    await answerStep(el, () => 'unknown');
    await next(el);
    part(el, 'back-button').click();
    await settle(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
    expect(statements(el).map((f) => (f.querySelector('input:checked') as HTMLInputElement)?.value)).to.deep.equal(['unknown', 'unknown', 'unknown', 'unknown']);
    $$(el, '[part~="stepper-item"]')[0].click();
    await settle(el);
    expect(statements(el).map((f) => (f.querySelector('input:checked') as HTMLInputElement)?.value)).to.deep.equal(['1', '5', '1', '5', '1', '5']);
    expect(el.answers).to.deep.include({ 'p1-s1': 1, 'p1-s2': 5, 'p2-s1': null });
    expect(Object.keys(el.answers)).to.have.length(10);
    // Steps after the first open one cannot be jumped to yet.
    const stepper = $$(el, '[part~="stepper-item"]') as HTMLButtonElement[];
    expect(stepper.map((b) => b.disabled)).to.deep.equal([false, false, false, true]);
  });

  it('shows each pillar its own answers when the step inputs are reused (forward, back, stepper jumps)', async () => {
    const el = await mountScan();
    await start(el);
    const shown = () => statements(el).map((f) => {
      const checked = [...f.querySelectorAll('input')].filter((i) => (i as HTMLInputElement).checked) as HTMLInputElement[];
      const marked = [...f.querySelectorAll('label.checked input')] as HTMLInputElement[];
      // One radio per group at most, and the card marked is the radio checked.
      expect(checked.length).to.be.at.most(1);
      expect(marked.map((i) => i.value)).to.deep.equal(checked.map((i) => i.value));
      return checked[0]?.value ?? '-';
    });
    await answerStep(el, (_id, i) => (i % 2 ? 2 : 4));
    await next(el);
    expect(shown().every((v) => v === '-')).to.equal(true);
    await answerStep(el, (_id, i) => (i % 2 ? 'unknown' : 3));
    await next(el);
    expect(shown().every((v) => v === '-')).to.equal(true);
    await answerStep(el, () => 1);
    // Pillar 3 → 1 (same inputs reused two steps apart), then 1 → 2 → 3 by the stepper.
    $$(el, '[part~="stepper-item"]')[0].click();
    await settle(el);
    expect(shown()).to.deep.equal(['4', '2', '4', '2', '4', '2']);
    $$(el, '[part~="stepper-item"]')[1].click();
    await settle(el);
    expect(shown()).to.deep.equal(['3', 'unknown', '3', 'unknown']);
    $$(el, '[part~="stepper-item"]')[2].click();
    await settle(el);
    expect(shown().every((v) => v === '1')).to.equal(true);
    // Changing an answer after the jumps changes only that statement.
    choose(statements(el)[0], 5);
    await settle(el);
    expect(shown()[0]).to.equal('5');
    expect(el.answers['p1-s1']).to.equal(4);
  });

  it('lets a person change answers from the results and fires the result again', async () => {
    const el = await mountScan();
    const first = await completeScan(el, () => 2);
    expect(first.priorities).to.have.length(4);
    ($$(el, '[part~="edit-button"]')[1] as HTMLButtonElement).click(); // the second pillar's "aanpassen"
    await settle(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
    await answerStep(el, () => 5);
    await next(el);
    await next(el);
    const again = oneEvent(el, 'quickscan-complete');
    await next(el);
    const second = (await again).detail;
    expect(second.pillars[1].score).to.equal(100);
    expect(second.priorities).to.not.include('risicos-preventie');
    expect(el.result).to.deep.equal(second);
  });

  it('starts over only after a confirmation', async () => {
    const el = await mountScan();
    await completeScan(el);
    part(el, 'restart-button').click();
    await settle(el);
    expect(part(el, 'confirm').textContent).to.contain('Weet je het zeker?');
    expect(focused(el)?.getAttribute('part')).to.equal('cancel-restart-button');
    part(el, 'cancel-restart-button').click();
    await settle(el);
    expect(part(el, 'results')).to.exist;
    expect(Object.keys(el.answers)).to.have.length(18);
    part(el, 'restart-button').click();
    await settle(el);
    part(el, 'confirm-restart-button').click();
    await settle(el);
    expect(part(el, 'intro')).to.exist;
    expect(el.answers).to.deep.equal({});
    expect(el.result).to.equal(null);
  });

  it('shows a results page worth discussing: priorities first, bands as text, lowest statements, tools, strengths, tips, glossary', async () => {
    const el = await mountScan();
    const answersByPillar: Record<string, number | 'unknown'> = { p1: 4, p2: 2, p3: 5, p4: 3 };
    await completeScan(el, (id) => (id === 'p4-s5' ? 'unknown' : answersByPillar[id.slice(0, 2)]));
    const results = part(el, 'results');
    const text = results.textContent!.replace(/\s+/g, ' ');
    const headings = $$(el, 'h3').map((h) => h.textContent!.trim());
    expect(headings.indexOf('Hier kun je mee aan de slag')).to.be.lessThan(headings.indexOf('Per pijler'));
    expect(part(el, 'first-tip').textContent).to.contain('Zie de uitkomst van de scan niet als de waarheid');
    expect(part(el, 'priorities').textContent).to.match(/Risico’s en preventie.*25 van 100.*Prioriteit/s);
    expect(part(el, 'priorities').textContent).to.match(/Afhandeling en nazorg.*50 van 100.*Aandacht nodig/s);
    const pillars = $$(el, '[part~="pillar-result"]');
    expect(pillars[0].querySelector('.band')!.textContent).to.equal('Op orde');
    expect(pillars[1].querySelector('.band')!.textContent).to.equal('Prioriteit');
    expect(pillars[3].textContent).to.contain('5 van 5 beantwoord');
    expect(pillars[3].textContent).to.contain('1 × „Weet ik niet”');
    expect(pillars[1].textContent).to.contain('Laagst gescoord');
    expect(pillars[1].textContent).to.contain('Ongewenst gedrag: overzicht websites en tools');
    const toolLink = pillars[0].querySelector('a')!;
    expect(toolLink.getAttribute('href')).to.equal('https://www.jeugdzorg-werkt.nl/werkgevers/tools-voor-interne-sociale-veiligheid');
    expect(toolLink.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(el, 'strengths').textContent).to.contain('Er is een duidelijke norm voor grensoverschrijdend gedrag.');
    expect(part(el, 'tips').querySelectorAll('li')).to.have.length(3);
    expect(part(el, 'glossary').querySelectorAll('details')).to.have.length(10);
    expect(text).to.contain('Jeugdzorg werkt!');
    await expect(el).to.be.accessible();
  });

  it('reset() clears answers and returns to the intro without events', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, () => 3);
    let events = 0;
    el.addEventListener('quickscan-answer', () => events++);
    el.addEventListener('quickscan-complete', () => events++);
    el.reset();
    await settle(el);
    expect(part(el, 'intro')).to.exist;
    expect(el.answers).to.deep.equal({});
    expect(events).to.equal(0);
  });
});

describe('two instances on one page', () => {
  it('keep their own answers and radio groups', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <sociale-veiligheid-quickscan id="a"></sociale-veiligheid-quickscan>
      <sociale-veiligheid-quickscan id="b"></sociale-veiligheid-quickscan>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('sociale-veiligheid-quickscan')] as Scan[];
    await a.updateComplete;
    await start(a);
    await start(b);
    choose(statements(a)[0], 5);
    choose(statements(b)[0], 1);
    await a.updateComplete;
    expect(a.answers).to.deep.equal({ 'p1-s1': 5 });
    expect(b.answers).to.deep.equal({ 'p1-s1': 1 });
    expect(($(a, 'input[value="5"]') as HTMLInputElement).checked).to.equal(true);
  });
});
