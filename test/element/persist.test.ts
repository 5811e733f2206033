import { expect, fixture, html } from '@open-wc/testing';
import { openProgressStore, storageKey } from '../../src/internal/progress-store.js';
import { answerStep, choose, focused, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';

const KEY = storageKey('jzw-quickscan-sociale-veiligheid', '2024-05');

describe('resume without a host (persist)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('stores nothing without the persist attribute', async () => {
    const el = await mountScan();
    await start(el);
    await answerStep(el, () => 3);
    expect(localStorage.length).to.equal(0);
  });

  it('keeps answers and step in localStorage and offers them back on return', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    await start(el);
    await answerStep(el, () => 4);
    await next(el);
    choose(statements(el)[0], 'unknown');
    await el.updateComplete;
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.step).to.equal(1);
    expect(Object.keys(saved.answers)).to.have.length(7);
    el.remove();

    const back = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    expect(part(back, 'resume-offer').textContent).to.contain('7 van 18 stellingen beantwoord');
    await expect(back).to.be.accessible();
    part(back, 'resume-button').click();
    await settle(back);
    expect(part(back, 'progress').textContent).to.match(/Stap 2 van 4/);
    expect(back.answers['p2-s1']).to.equal(null);
    expect(back.answers['p1-s6']).to.equal(4);
  });

  it('"Opnieuw beginnen" on the offer clears what was kept', async () => {
    localStorage.setItem(KEY, JSON.stringify({ answers: { 'p1-s1': 2 }, step: 0, savedAt: new Date().toISOString() }));
    const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    part(el, 'discard-button').click();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(part(el, 'start-button')).to.exist;
    expect(el.answers).to.deep.equal({});
  });

  it('clears what was kept on start-over', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    await start(el);
    await answerStep(el, () => 4);
    expect(localStorage.getItem(KEY)).to.not.equal(null);
    el.reset();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('ignores stored answers that do not fit the content', async () => {
    localStorage.setItem(KEY, JSON.stringify({ answers: { 'p1-s1': 9, nope: 3, 'p1-s2': 'x' }, step: 99, savedAt: 'x' }));
    const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    expect(part(el, 'start-button')).to.exist;
    localStorage.setItem(KEY, '{broken json');
    const el2 = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    expect(part(el2, 'start-button')).to.exist;
  });

  it('degrades to memory with a quiet notice when storage throws, never an error', async () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    const errors: Event[] = [];
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    try {
      const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan persist @quickscan-error=${(e: Event) => errors.push(e)}></sociale-veiligheid-quickscan>`);
      await el.updateComplete;
      expect(part(el, 'storage-notice').textContent).to.contain('kunnen in deze browser niet worden bewaard');
      await start(el);
      await answerStep(el, () => 2);
      await next(el);
      expect(part(el, 'progress').textContent).to.match(/Stap 2 van 4/);
      expect(Object.keys(el.answers)).to.have.length(6);
      expect(errors).to.have.length(0);
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
    }
  });

  for (const [label, savedAt] of [['garbage', 'garbage'], ['missing', undefined], ['a number', 12]] as const) {
    it(`resumes progress whose savedAt is ${label}: no crash, focus on the view`, async () => {
      const ids = [6, 4, 3, 5].flatMap((n, p) => Array.from({ length: n }, (_, s) => `p${p + 1}-s${s + 1}`));
      const answers = Object.fromEntries(ids.map((id) => [id, 3]));
      localStorage.setItem(KEY, JSON.stringify({ answers, step: 'results', savedAt }));
      const errors: ErrorEvent[] = [];
      const onError = (e: ErrorEvent) => errors.push(e);
      window.addEventListener('error', onError);
      try {
        const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
        expect(part(el, 'resume-offer').textContent).to.contain('18 van 18 stellingen beantwoord');
        part(el, 'resume-button').click();
        await settle(el);
        expect(errors.map((e) => e.message)).to.deep.equal([]);
        expect(part(el, 'results')).to.exist;
        expect(focused(el)?.id).to.equal('view-heading');
        expect(el.result!.answers).to.have.length(18);
        expect(Number.isNaN(Date.parse(el.result!.completedAt))).to.equal(false);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('the store validates what it reads: wrong shapes give no progress, a bad date only loses the date', () => {
    const store = openProgressStore('k2');
    const read = (value: unknown) => {
      localStorage.setItem('k2', JSON.stringify(value));
      return store.load();
    };
    expect(read({ answers: { a: 1, b: null }, step: 2, savedAt: 'nope' })).to.deep.equal({ answers: { a: 1, b: null }, step: 2 });
    expect(read({ answers: { a: 1 }, step: 'results', savedAt: '2024-05-01T10:00:00.000Z' })).to.deep.equal({
      answers: { a: 1 },
      step: 'results',
      savedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(read({ answers: { a: '1' }, step: 0 })).to.equal(null);
    expect(read({ answers: [], step: 0 })).to.equal(null);
    expect(read({ answers: {}, step: 1.5 })).to.equal(null);
    expect(read({ answers: {}, step: 'elsewhere' })).to.equal(null);
    expect(read(null)).to.equal(null);
  });

  it('shows the storage notice on the step when storage fills up mid-scan, and drops the older save', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    await start(el);
    await answerStep(el, () => 4);
    await next(el);
    expect(localStorage.getItem(KEY)).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="storage-notice"]')).to.equal(null);
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    try {
      choose(statements(el)[0], 2);
      await settle(el);
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
    }
    expect(part(el, 'step')).to.exist;
    expect(part(el, 'storage-notice').textContent).to.contain('kunnen in deze browser niet worden bewaard');
    await expect(el).to.be.accessible();
    // The save from before (6 answers, step 1) would be older than what the person did since.
    expect(localStorage.getItem(KEY)).to.equal(null);
    el.remove();
    const back = await mountScan(html`<sociale-veiligheid-quickscan persist></sociale-veiligheid-quickscan>`);
    expect(back.shadowRoot!.querySelector('[part~="resume-offer"]')).to.equal(null);
    expect(part(back, 'start-button')).to.exist;
  });

  it('keeps two persisting scans of the same content apart by their element id', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <sociale-veiligheid-quickscan id="a" persist></sociale-veiligheid-quickscan>
      <sociale-veiligheid-quickscan id="b" persist></sociale-veiligheid-quickscan>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('sociale-veiligheid-quickscan')] as Scan[];
    await a.updateComplete;
    await start(a);
    await start(b);
    choose(statements(a)[0], 5);
    choose(statements(b)[1], 1);
    await a.updateComplete;
    expect(JSON.parse(localStorage.getItem(`${KEY}#a`)!).answers).to.deep.equal({ 'p1-s1': 5 });
    expect(JSON.parse(localStorage.getItem(`${KEY}#b`)!).answers).to.deep.equal({ 'p1-s2': 1 });
  });

  it('the store itself: blocked storage (getter throws) keeps progress in memory', () => {
    const store = openProgressStore('k', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(store.persistent).to.equal(false);
    expect(store.load()).to.equal(null);
    store.save({ answers: { a: 1 }, step: 0, savedAt: 'now' });
    expect(store.load()).to.deep.equal({ answers: { a: 1 }, step: 0, savedAt: 'now' });
    store.clear();
    expect(store.load()).to.equal(null);
  });
});
