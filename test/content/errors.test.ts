import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { custom } from '../fixtures/custom-content.js';
import { $, $$, part, type Scan } from '../support/scan.js';
import { waitFor } from '../support/frame.js';

async function failing(template: ReturnType<typeof html>) {
  const holder = document.createElement('div');
  document.body.append(holder);
  const el = await fixture<Scan>(template, { parentNode: holder });
  return el;
}

async function errorOf(src: string, lang = 'nl') {
  const el = document.createElement('sociale-veiligheid-quickscan') as Scan;
  el.setAttribute('lang', lang);
  const error = oneEvent(el, 'quickscan-error');
  el.src = src;
  document.body.append(el);
  const event = await error;
  await el.updateComplete;
  return { el, detail: event.detail, event };
}

describe('clear errors for editors', () => {
  afterEach(() => document.querySelectorAll('body > sociale-veiligheid-quickscan').forEach((n) => n.remove()));

  it('network failure: kind "network", readable message, a retry', async () => {
    const { el, detail, event } = await errorOf('http://127.0.0.1:9/quickscan.json');
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('kon niet worden opgehaald');
    expect(detail.issues).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(part(el, 'error').textContent).to.contain('De quickscan kan niet worden getoond');
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const status of [404, 500]) {
    it(`HTTP ${status}: kind "http" with the status, and a retry`, async () => {
      const { el, detail } = await errorOf(`/__fixtures/status/${status}`);
      expect(detail).to.include({ kind: 'http', status });
      expect(detail.message).to.contain(`HTTP ${status}`);
      expect(part(el, 'error').textContent).to.contain(`HTTP ${status}`);
      expect(part(el, 'retry-button')).to.exist;
    });
  }

  it('a body that is not JSON: kind "parse", no retry', async () => {
    const { el, detail } = await errorOf(`/__fixtures/body?text=${encodeURIComponent('<html>not json')}`);
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.equal('De inhoud is geen geldige JSON.');
    expect($$(el, '[part~="retry-button"]')).to.have.length(0);
  });

  it('JSON that fails the schema: kind "invalid" with every issue and its path', async () => {
    const broken = structuredClone(custom) as Record<string, any>;
    delete broken.pillars[1].statements[0].text;
    broken.pillars[0].tools[0].url = 'javascript:alert(1)';
    broken.scale.options[2].value = 1;
    const { el, detail } = await errorOf(`/__fixtures/body?text=${encodeURIComponent(JSON.stringify(broken))}`);
    expect(detail.kind).to.equal('invalid');
    const byPath = Object.fromEntries(detail.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(byPath).to.deep.include({
      'pillars[1].statements[0].text': 'verplicht',
      'pillars[0].tools[0].url': 'alleen https:-, http:-, mailto:- of relatieve links zijn toegestaan',
      'scale.options[2].value': 'de waarden van de schaal moeten oplopen',
    });
    const shown = part(el, 'error-issues').textContent!;
    expect(shown).to.contain('pillars[1].statements[0].text');
    expect(shown).to.contain('verplicht');
    // Nothing half-renders: no step, no intro.
    expect($$(el, '[part~="intro"], [part~="step"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names the id that is not unique', async () => {
    const dup = structuredClone(custom) as Record<string, any>;
    dup.pillars[1].statements[0].id = 'samen-1';
    dup.pillars[1].id = 'samen';
    const { detail } = await errorOf(`/__fixtures/body?text=${encodeURIComponent(JSON.stringify(dup))}`);
    expect(detail.kind).to.equal('invalid');
    expect(detail.issues).to.deep.include({ path: 'pillars[1].id', message: 'id „samen” komt vaker voor; ids moeten uniek zijn' });
    expect(detail.issues).to.deep.include({ path: 'pillars[1].statements[0].id', message: 'id „samen-1” komt vaker voor; ids moeten uniek zijn' });
  });

  it('retry after a failed load shows the content', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const { el, detail } = await errorOf(`/__fixtures/flaky/${key}/test/fixtures/custom-content.json`);
    expect(detail).to.include({ kind: 'http', status: 503 });
    const ready = oneEvent(el, 'quickscan-ready');
    part(el, 'retry-button').click();
    await ready;
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.contain('Teamcheck Acme');
  });

  it('an invalid content property shows the error view and fires quickscan-error; nothing throws', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    const el = await failing(html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`);
    const error = oneEvent(el, 'quickscan-error');
    el.content = { id: 'x' };
    const detail = (await error).detail;
    await el.updateComplete;
    expect(detail.kind).to.equal('invalid');
    expect(detail.issues.map((i: { path: string }) => i.path)).to.include.members(['version', 'title', 'scale', 'bands', 'pillars']);
    expect(part(el, 'error')).to.exist;
    window.removeEventListener('error', onError);
    expect(uncaught).to.deep.equal([]);
  });

  it('refuses text of only invisible characters (zero-width, format, bidi marks) as empty', async () => {
    // Each renders as nothing: a statement group without a name, a title nobody sees.
    const invisible = ['\u200b\u200b', '\u200c\u200d', '\u2060\ufeff', '\u200e\u200f\u202a\u202c\u2066\u2069', '\u00ad', ' \u200b\t'];
    for (const text of invisible) {
      const el = await failing(html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`);
      const bad = structuredClone(custom) as Record<string, any>;
      bad.pillars[1].statements[0].text = text;
      bad.pillars[0].title = text;
      bad.scale.options[0].label = text;
      const settled = Promise.race([oneEvent(el, 'quickscan-error'), oneEvent(el, 'quickscan-ready')]);
      el.content = bad;
      const event = await settled;
      await el.updateComplete;
      expect(event.type, `${JSON.stringify(text)} is refused`).to.equal('quickscan-error');
      const detail = event.detail;
      expect(detail.kind, JSON.stringify(text)).to.equal('invalid');
      const paths = detail.issues.map((i: { path: string }) => i.path);
      expect(paths, JSON.stringify(text)).to.include.members(['pillars[1].statements[0].text', 'pillars[0].title', 'scale.options[0].label']);
      expect(detail.issues.find((i: { path: string }) => i.path === 'pillars[0].title').message).to.equal('te kort of te weinig (minimaal 1)');
      expect(part(el, 'error-issues').textContent).to.contain('pillars[1].statements[0].text');
      expect($$(el, 'fieldset[part~="statement"]')).to.have.length(0);
    }
    // Visible text next to an invisible character is still text.
    const ok = structuredClone(custom) as Record<string, any>;
    ok.pillars[1].statements[0].text = '\u200bZichtbaar\u200d';
    const el = await failing(html`<sociale-veiligheid-quickscan .content=${ok}></sociale-veiligheid-quickscan>`);
    expect($$(el, '[part~="error"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the error in the page\'s language', async () => {
    const { detail } = await errorOf('/__fixtures/status/404', 'en');
    await waitFor(() => detail);
    expect(detail.message).to.contain('HTTP 404');
    expect(detail.message).to.not.contain('De server');
  });
});
