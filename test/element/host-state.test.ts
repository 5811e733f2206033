// What a host can do to the element's state (set result, answers, step, content; move it in the DOM),
// and that the element stays consistent and never fires person-events for it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { custom } from '../fixtures/custom-content.js';
import { $, $$, answerStep, completeScan, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';
import { waitFor } from '../support/frame.js';

const allAnswers = (value: number | null) => {
  const answers: Record<string, number | null> = {};
  for (let p = 1; p <= 4; p++) for (let s = 1; s <= [6, 4, 3, 5][p - 1]; s++) answers[`p${p}-s${s}`] = value;
  return answers;
};

describe('host changes to the state', () => {
  it('keeps loading when moved in the DOM while content loads, and does not reload loaded content after a move', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
    el.src = '/__fixtures/file/test/fixtures/custom-content.json?delay=300';
    wrap.querySelector('#a')!.append(el);
    await el.updateComplete;
    wrap.querySelector('#b')!.append(el); // moved while loading
    await waitFor(() => el.loadedContent, 3000);
    await settle(el);
    expect($(el, 'h2').textContent).to.contain('Teamcheck Acme');
    let fetches = 0;
    const original = window.fetch;
    window.fetch = (...args) => (fetches++, original(...args));
    try {
      wrap.querySelector('#a')!.append(el); // moved after loading
      await settle(el);
      part(el, 'start-button').click();
      await settle(el);
      expect(fetches).to.equal(0);
      expect(part(el, 'step')).to.exist;
    } finally {
      window.fetch = original;
    }
  });

  it('result = null on the results view goes back to the intro, keeping the answers', async () => {
    const el = await mountScan();
    await completeScan(el);
    el.result = null;
    await settle(el);
    expect(part(el, 'intro')).to.exist;
    expect(Object.keys(el.answers)).to.have.length(18);
  });

  it('answers set while the results are shown re-score them; incomplete answers leave the results', async () => {
    const el = await mountScan();
    await completeScan(el, () => 5);
    el.answers = allAnswers(1);
    await settle(el);
    expect(el.result!.pillars.every((p) => p.score === 0)).to.equal(true);
    expect(part(el, 'pillar-result').textContent).to.contain('0 van 100');
    const partial = allAnswers(1);
    delete partial['p3-s1'];
    el.answers = partial;
    await settle(el);
    expect(el.result).to.equal(null);
    expect(part(el, 'progress').textContent).to.match(/Stap 3 van 4/);
  });

  it('another scan as content clears the result of the previous one', async () => {
    const el = await mountScan();
    await completeScan(el);
    el.content = custom;
    await settle(el);
    expect(el.result).to.equal(null);
    expect(part(el, 'intro')).to.exist;
  });

  it('a host cannot put the person past open pillars, and finishing checks every pillar', async () => {
    const el = await mountScan();
    el.step = 3;
    await settle(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 1 van 4/);
    let completes = 0;
    el.addEventListener('quickscan-complete', () => completes++);
    const some = allAnswers(4);
    delete some['p2-s1'];
    el.answers = some;
    el.step = 3;
    await settle(el);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
    expect(completes).to.equal(0);
  });

  it('hands out copies: editing an event\'s result or el.result changes nothing inside', async () => {
    const el = await mountScan();
    const result = await completeScan(el, () => 5);
    result.answers.length = 0;
    result.pillars[0].score = 0;
    const copy = el.result!;
    copy.pillars[0].score = 1;
    expect(el.result!.answers).to.have.length(18);
    expect(el.result!.pillars[0].score).to.equal(100);
    expect($$(el, '[part~="pillar-result"]')[0].textContent).to.contain('100 van 100');
  });

  it('reset() also drops values the host set just before it', async () => {
    const el = await mountScan();
    el.answers = { 'p1-s1': 2 };
    el.step = 1;
    el.reset();
    await settle(el);
    expect(el.answers).to.deep.equal({});
    expect(part(el, 'intro')).to.exist;
  });

  it('clicking the current step in the stepper fires no step event', async () => {
    const el = await mountScan();
    await start(el);
    let steps = 0;
    el.addEventListener('quickscan-step', () => steps++);
    $$(el, '[part~="stepper-item"]')[0].click();
    await settle(el);
    expect(steps).to.equal(0);
  });

  it('the "next" alert keeps its text while the person answers, and clears when nothing is open', async () => {
    const el = await mountScan();
    await start(el);
    await next(el);
    const guard = part(el, 'guard');
    const text = guard.textContent;
    expect(text).to.contain('Er zijn nog 6 stellingen open');
    (statements(el)[0].querySelector('input[value="3"]')!.closest('label') as HTMLElement).click();
    await el.updateComplete;
    expect(guard.textContent).to.equal(text);
    await answerStep(el, () => 3);
    expect(guard.textContent).to.equal('');
  });

  it('the live region follows the language', async () => {
    const el = await mountScan();
    await start(el);
    const status = $(el, '[role="status"][aria-live="polite"]');
    expect(status.textContent!.trim()).to.equal('Stap 1 van 4: Sociaal en psychologisch veilig werken');
    el.lang = 'en';
    await settle(el);
    expect(status.textContent!.trim()).to.match(/^Step 1 of 4: /);
  });

  it('follows a lang change on an ancestor inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="nl"><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan></section>';
    const el = root.querySelector('sociale-veiligheid-quickscan') as Scan;
    await el.updateComplete;
    expect(el.locale).to.equal('nl');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await waitFor(() => el.locale === 'en', 2000);
    await el.updateComplete;
    expect(part(el, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
  });

  it('focuses the view that a retry ends in', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
    const error = oneEvent(el, 'quickscan-error');
    el.src = `/__fixtures/flaky/${key}/test/fixtures/custom-content.json`;
    document.body.append(el);
    await error;
    await el.updateComplete;
    const ready = oneEvent(el, 'quickscan-ready');
    part(el, 'retry-button').click();
    await ready;
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('view-heading');
    el.remove();
  });
});

describe('results set by the host that do not fit the content', () => {
  const alertText = (el: Scan) => el.shadowRoot!.querySelector('.result-error[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

  async function refused(el: Scan, value: unknown) {
    const error = oneEvent(el, 'quickscan-error');
    el.result = value;
    const detail = (await error).detail;
    await settle(el);
    return detail;
  }

  async function midScan() {
    const el = await mountScan();
    const done = structuredClone(await completeScan(el, () => 4));
    const person = await mountScan();
    await start(person);
    await answerStep(person, () => 2);
    await next(person);
    return { done, person, answers: person.answers };
  }

  it('refuses a result without answers, says so on screen and keeps what the person did', async () => {
    const { done, person, answers } = await midScan();
    const detail = await refused(person, { ...done, answers: [] });
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('De antwoorden in deze uitkomst passen niet bij deze quickscan.');
    expect(detail.issues).to.have.length(1);
    expect(detail.issues![0].path).to.equal('answers');
    expect(detail.issues![0].message).to.match(/^geen antwoord op: p1-s1, p1-s2/);
    expect(alertText(person)).to.contain('De antwoorden in deze uitkomst passen niet bij deze quickscan.');
    expect(alertText(person)).to.contain('geen antwoord op: p1-s1');
    expect(person.step).to.equal(1);
    expect(part(person, 'step')).to.exist;
    expect(person.answers).to.deep.equal(answers);
    expect(person.result).to.equal(null);
    await expect(person).to.be.accessible();
    // Moving on clears the notice.
    part(person, 'back-button').click();
    await settle(person);
    expect(alertText(person)).to.equal('');
  });

  it('refuses off-scale values and unknown statements, naming each in the content errors\' path style', async () => {
    const { done, person } = await midScan();
    const answers = structuredClone(done.answers);
    answers[0].value = 9;
    answers[1].statementId = 'p9-s9';
    const detail = await refused(person, { ...done, answers });
    expect(detail.issues!.slice(0, 2)).to.deep.equal([
      { path: 'answers[0].value', message: 'waarde 9 past niet op de schaal van deze quickscan' },
      { path: 'answers[1].statementId', message: 'stelling „p9-s9” bestaat niet in deze quickscan' },
    ]);
    expect(alertText(person)).to.contain('answers[0].value');
    expect(part(person, 'step')).to.exist;
  });

  it('refuses a result of another content version and says which version it came from', async () => {
    const { done, person } = await midScan();
    const detail = await refused(person, { ...done, content: { ...done.content, version: '2023-01' } });
    expect(detail.message).to.equal('Deze uitkomst hoort bij versie 2023-01 van deze quickscan; hier staat versie 2024-05.');
    expect(alertText(person)).to.contain('versie 2023-01');
  });

  it('gives format errors localized, in the path style of content errors, and shows them', async () => {
    const { done, person } = await midScan();
    const pillars = structuredClone(done.pillars) as unknown as Array<Record<string, unknown>>;
    pillars[0].score = 'hoog';
    const detail = await refused(person, { ...done, pillars });
    expect(detail.message).to.equal('Deze uitkomst kan niet worden getoond: het formaat klopt niet.');
    expect(detail.issues).to.deep.equal([{ path: 'pillars[0].score', message: 'verwacht number, maar kreeg string' }]);
    expect(alertText(person)).to.contain('pillars[0].score');
    person.lang = 'en';
    const english = await refused(person, { ...done, pillars });
    expect(english.message).to.equal('This result cannot be shown: the format is incorrect.');
    expect(english.issues).to.deep.equal([{ path: 'pillars[0].score', message: 'expected number, received string' }]);
    expect(alertText(person)).to.contain('This result cannot be shown');
    expect(Object.keys(person.answers)).to.have.length(6);
  });

  it('keeps a result shown across a language switch', async () => {
    const el = await mountScan();
    const done = structuredClone(await completeScan(el, (_id, i) => ((i % 5) + 1) as number));
    const shown = await fixture<Scan>(html`<sociale-veiligheid-quickscan result=${JSON.stringify(done)}></sociale-veiligheid-quickscan>`);
    await settle(shown);
    expect(part(shown, 'results')).to.exist;
    shown.lang = 'en';
    await settle(shown);
    expect(part(shown, 'results')).to.exist;
    expect(part(shown, 'results').textContent).to.contain('Quickscan result');
    expect(shown.result!.answers).to.deep.equal(done.answers);
    expect(shown.result!.completedAt).to.equal(done.completedAt);
  });
});

describe('properties read back what the host just set', () => {
  it('answers and step return the new values before the update, checked against the content', async () => {
    const el = await mountScan();
    const pillar1 = Object.fromEntries(Object.entries(allAnswers(3)).filter(([id]) => id.startsWith('p1-')));
    el.answers = { ...pillar1, 'p2-s1': 9, nope: 2 } as Record<string, number | null>;
    expect(el.answers, 'right after setting').to.deep.equal(pillar1);
    el.step = 1;
    expect(el.step, 'right after setting').to.equal(1);
    el.step = 3; // not reachable: pillar 2 is open
    expect(el.step).to.equal(1);
    await settle(el);
    expect(el.answers).to.deep.equal(pillar1);
    expect(el.step).to.equal(1);
    expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
    el.answers = allAnswers(null);
    el.step = 'results';
    expect(el.step).to.equal('results');
    expect(Object.keys(el.answers)).to.have.length(18);
    await settle(el);
    expect(el.step).to.equal('results');
    expect(part(el, 'results')).to.exist;
    // Fewer answers leave the results for the first open pillar, at once.
    el.answers = pillar1;
    expect(el.step).to.equal(1);
    await settle(el);
    expect(el.step).to.equal(1);
  });

  it('before the content is there, answers read back as given (number or null values only)', async () => {
    const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
    el.src = '/__fixtures/file/content/nl.json?delay=300';
    document.body.append(el);
    try {
      el.answers = { 'p1-s1': 2, 'p1-s2': null, 'p1-s3': 'x' } as unknown as Record<string, number | null>;
      el.step = 'intro';
      expect(el.answers).to.deep.equal({ 'p1-s1': 2, 'p1-s2': null });
      expect(el.step).to.equal('intro');
      await waitFor(() => el.loadedContent, 5000);
      await settle(el);
      expect(el.answers).to.deep.equal({ 'p1-s1': 2, 'p1-s2': null });
    } finally {
      el.remove();
    }
  });

  it('mode reflects only a value other than the default', async () => {
    const el = await mountScan();
    expect(el.mode).to.equal('scan');
    expect(el.hasAttribute('mode')).to.equal(false);
    el.mode = 'team';
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('team');
    el.mode = 'scan';
    await el.updateComplete;
    expect(el.hasAttribute('mode')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
