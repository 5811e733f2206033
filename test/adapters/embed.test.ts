// The iframe page (dist/embed.html) and the host helper (dist/quickscan-embed-host.js), as built, on
// this origin and on a real second origin (127.0.0.1): postMessage protocol, resize, origin checks.
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { EMBED_PROTOCOL, hostMessage } from '../../src/adapters/embed-protocol.js';
import type { EmbedHost } from '../../src/adapters/embed-host.js';
import { completeScan, start, choose, statements, type Scan } from '../support/scan.js';
import {
  HERE,
  OTHER,
  addFrame,
  cleanup,
  embedUrl,
  loadScript,
  loaded,
  recordEvents,
  recordMessages,
  sleep,
  waitFor,
} from './helpers.js';

const EVENTS = ['quickscan-ready', 'quickscan-resize', 'quickscan-answer', 'quickscan-step', 'quickscan-complete', 'quickscan-error'];
const host = () => (window as unknown as { QuickscanEmbedHost: EmbedHost }).QuickscanEmbedHost;

async function scanIn(frame: HTMLIFrameElement): Promise<Scan> {
  const el = await waitFor(() => {
    const found = frame.contentDocument?.querySelector('sociale-veiligheid-quickscan') as Scan | null;
    return found?.shadowRoot?.querySelector('[part~="start-button"], [part~="step"], [part~="results"]') ? found : null;
  }, 8000, 'the scan in the frame');
  await el.updateComplete;
  return el;
}

/** All statements of the built-in content answered with 4. */
async function allAnswers(): Promise<Record<string, number>> {
  const { builtinContent } = await import('../../src/content/builtin.js');
  const nl = builtinContent('nl') as { pillars: { statements: { id: string }[] }[] };
  return Object.fromEntries(nl.pillars.flatMap((p) => p.statements.map((s) => [s.id, 4])));
}

/** Clicks, with the real mouse, at the place of `selector` in a same-origin twin, inside a cross-origin frame. */
async function clickLikeTwin(twin: HTMLIFrameElement, target: HTMLIFrameElement, find: (el: Scan) => Element) {
  const el = await scanIn(twin);
  const spot = find(el).getBoundingClientRect();
  const y = window.scrollY + target.getBoundingClientRect().top + spot.top + spot.height / 2;
  window.scrollTo(0, Math.max(0, y - 200));
  // Let the compositor catch up with the scroll: an out-of-process frame is hit-tested there.
  await new Promise((r) => requestAnimationFrame(r));
  await sleep(300);
  const frame = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frame.left + spot.left + spot.width / 2), Math.round(frame.top + spot.top + spot.height / 2)],
  });
}

/**
 * A sentinel round-trip: the parent says hello to an allowed frame and waits for the end of its answer
 * (a ready, then a resize). Messages sent to that frame before it (and the frame's own work queued before
 * them) have been handled by then, so "nothing happened" is checked after something observably did, not
 * after a guessed delay. `resizes` counts the frame's resize messages.
 */
async function roundTrip(frame: HTMLIFrameElement, resizes: () => number) {
  const before = resizes();
  frame.contentWindow!.postMessage(hostMessage('hello', {}), OTHER);
  await waitFor(() => resizes() > before, 4000, 'the answer to the sentinel hello');
}

describe('embed page (dist/embed.html)', () => {
  before(async () => {
    await loadScript('/dist/quickscan-embed-host.js');
  });
  afterEach(async () => {
    cleanup();
    window.scrollTo(0, 0);
    await resetMouse();
  });

  it('is a clean page: no inline script or handler, its own strict CSP, every file beside it', async () => {
    const text = await (await fetch('/dist/embed.html', { cache: 'no-store' })).text();
    const doc = new DOMParser().parseFromString(text, 'text/html');
    // (The test server adds its own /__web-dev-server… script to every page it serves.)
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts.length).to.be.greaterThan(0);
    for (const s of scripts) {
      expect(s.getAttribute('src'), 'external script').to.match(/^[\w.-]+\.js$/);
      expect(s.textContent!.trim()).to.equal('');
    }
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).to.equal(false);
    }
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("object-src 'none'");
    for (const link of doc.querySelectorAll('link[href]')) expect(link.getAttribute('href')).to.match(/^[\w.-]+\.css$/);
    const js = await (await fetch('/dist/embed.js', { cache: 'no-store' })).text();
    expect(js).to.contain('./sociale-veiligheid-quickscan.js');
    // Small: the element bundle stays beside it (the test server may add a source map to what it serves).
    expect(js).to.not.contain('customElements.define');
    expect(js.length).to.be.below(40000);
  });

  it('titles the page and sets its lang from the language and content in use, with the content title as its h1', async () => {
    const { builtinContent } = await import('../../src/content/builtin.js');
    const enTitle = (builtinContent('en') as { title: string }).title;
    const nlTitle = (builtinContent('nl') as { title: string }).title;
    expect(enTitle).to.not.equal(nlTitle);
    const custom = (await (await fetch('/test/fixtures/custom-content.json')).json()) as { title: string; lang: string };
    const cases = [
      { params: { lang: 'en' }, title: enTitle, lang: 'en' },
      { params: {}, title: nlTitle, lang: 'nl' },
      { params: { lang: 'en', src: '/test/fixtures/custom-content.json' }, title: custom.title, lang: 'en', contentLang: custom.lang },
    ];
    for (const c of cases) {
      const frame = addFrame({ src: embedUrl(HERE, c.params) });
      const el = await scanIn(frame);
      const doc = frame.contentDocument!;
      await waitFor(() => doc.title === c.title, 4000, `the title "${c.title}" (is "${doc.title}")`);
      expect(doc.documentElement.lang, JSON.stringify(c.params)).to.equal(c.lang);
      // The page outline: one h1 (the content's title) before the element, whose views start at h2.
      const h1s = [...doc.querySelectorAll('h1')];
      expect(h1s.map((h) => h.textContent!.trim()), JSON.stringify(c.params)).to.deep.equal([c.title]);
      expect(h1s[0]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(el.shadowRoot!.querySelector('#view-heading')!.tagName).to.equal('H2');
      // A Dutch content title on an English page says so (WCAG 3.1.2).
      expect(h1s[0]!.closest('[lang]')!.getAttribute('lang')).to.equal(c.contentLang ?? c.lang);
      // Read by screen readers, not shown twice on screen (the intro shows the title already).
      const box = h1s[0]!.getBoundingClientRect();
      expect(box.width * box.height).to.be.at.most(1);
      expect(frame.contentWindow!.getComputedStyle(h1s[0]!).display).to.not.equal('none');
      cleanup();
    }
  });

  it('posts ready, resize, step, answer and complete to the allowed origin (same origin, driven by clicks)', async () => {
    const messages = recordMessages();
    try {
      const frame = addFrame({ src: embedUrl(HERE, { origin: HERE }) });
      await waitFor(() => messages.from(frame).some((m) => m.data.type === 'ready'), 8000, 'ready');
      const ready = messages.from(frame).find((m) => m.data.type === 'ready')!;
      expect(ready.origin).to.equal(HERE);
      expect(ready.data).to.deep.include({ protocol: EMBED_PROTOCOL, version: 1 });
      expect(ready.data.detail).to.include({ contentId: 'jzw-quickscan-sociale-veiligheid', locale: 'nl' });

      const el = await scanIn(frame);
      const doc = frame.contentDocument!;
      // The page's own CSP (script-src 'self', style-src 'self', Trusted Types) must not block anything.
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      await start(el);
      await waitFor(() => messages.from(frame).some((m) => m.data.type === 'step'), 4000, 'step');
      expect(messages.from(frame).find((m) => m.data.type === 'step')!.data.detail.step).to.equal(0);

      choose(statements(el)[0], 2);
      const answer = await waitFor(() => messages.from(frame).find((m) => m.data.type === 'answer'), 4000, 'answer');
      expect(answer.data.detail).to.include({ statementId: 'p1-s1', pillarId: 'sociaal-psychologisch-veilig', value: 2, answered: 1, total: 18 });

      // The page grows with its content and says so; the reported height is the content's height.
      el.reset();
      await el.updateComplete;
      const result = await completeScan(el, () => 5);
      const complete = await waitFor(() => messages.from(frame).find((m) => m.data.type === 'complete'), 4000, 'complete');
      expect(complete.data.detail).to.deep.equal(result);
      expect(messages.from(frame).filter((m) => m.data.type === 'step').at(-1)!.data.detail.step).to.equal('results');
      // (The results come in stages and their views upgrade as they arrive: the last report must match the
      // height the page settles at.)
      const contentHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
      await waitFor(() => messages.from(frame).filter((m) => m.data.type === 'resize').at(-1)?.data.detail.height === contentHeight(), 4000, 'resize to the results');
      const height = contentHeight();
      // The helper sized the iframe to it: no scrollbar inside.
      await waitFor(() => frame.style.height === `${height}px`, 4000, 'the iframe sized');
      expect(doc.documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
      expect(messages.seen.every((m) => m.origin === HERE)).to.equal(true);

      // Host → page: a saved result shows the results view again.
      el.reset();
      await el.updateComplete;
      expect(el.step).to.equal('intro');
      frame.contentWindow!.postMessage(hostMessage('restore', { result }), HERE);
      await waitFor(() => el.step === 'results', 4000, 'the restored results');
      expect(el.result!.completedAt).to.equal(result.completedAt);
      expect(violations).to.deep.equal([]);
    } finally {
      messages.stop();
    }
  });

  it('across origins: the helper sizes the iframe and re-fires ready/resize/answer/step/complete as DOM events', async () => {
    const frame = addFrame({ 'data-quickscan-embed': '', src: embedUrl(OTHER, { origin: HERE, lang: 'en', theme: 'dark' }) });
    const twin = addFrame({ 'data-quickscan-embed': '', src: embedUrl(HERE, { origin: HERE, lang: 'en', theme: 'dark' }) });
    const events = recordEvents(frame, EVENTS);
    const onDocument = recordEvents(document, ['quickscan-complete']);
    try {
      const ready = await waitFor(() => events.of('quickscan-ready')[0], 8000, 'ready from the other origin');
      expect(ready.detail).to.include({ contentId: 'jzw-quickscan-sociale-veiligheid', locale: 'en' });
      // The intro's height (ready can come before the resize that follows the intro's first layout; an
      // earlier report is the loading state's).
      const firstHeight = await waitFor(() => events.of('quickscan-resize').map((e) => e.detail.height).find((h: number) => h > 200), 4000, 'the intro\'s height reported');
      expect(firstHeight).to.be.greaterThan(200);
      await waitFor(() => frame.style.height === `${events.of('quickscan-resize').at(-1)!.detail.height}px`, 4000, 'auto-size');
      await scanIn(twin);

      // Host → page: restore an empty first step in both; the page grows and reports it.
      for (const f of [frame, twin]) expect(host().send(f, 'restore', { answers: {}, step: 0 })).to.equal(true);
      await waitFor(() => events.of('quickscan-resize').at(-1)!.detail.height > firstHeight, 4000, 'a taller step');
      await waitFor(() => twin.style.height === frame.style.height, 4000, 'twins of one height');

      // A real click in the cross-origin page: an answer comes back as a DOM event.
      await clickLikeTwin(twin, frame, (el) => statements(el)[0].querySelector('input[value="4"]')!.closest('label')!);
      const answer = await waitFor(() => events.of('quickscan-answer')[0], 4000, 'answer');
      expect(answer.detail).to.include({ statementId: 'p1-s1', value: 4, answered: 1 });

      // Everything answered, on the last step; "next" completes the scan over there.
      const answers = await allAnswers();
      for (const f of [frame, twin]) host().send(f, 'restore', { answers, step: 3 });
      await waitFor(() => (twin.contentDocument!.querySelector('sociale-veiligheid-quickscan') as Scan).step === 3, 4000, 'twin on the last step');
      await sleep(300);
      await waitFor(() => twin.style.height === frame.style.height, 4000, 'twins of one height');
      await clickLikeTwin(twin, frame, (el) => el.shadowRoot!.querySelector('[part~="next-button"]')!);
      const complete = await waitFor(() => events.of('quickscan-complete')[0], 4000, 'complete');
      expect(complete.detail.content.locale).to.equal('en');
      expect(complete.detail.answers).to.have.length(18);
      expect(complete.detail.pillars.map((p: { score: number }) => p.score)).to.deep.equal([75, 75, 75, 75]);
      expect(events.of('quickscan-step').at(-1)!.detail.step).to.equal('results');
      expect(onDocument.of('quickscan-complete'), 'bubbles to the document').to.have.length(1);
      await waitFor(() => frame.style.height === `${events.of('quickscan-resize').at(-1)!.detail.height}px`, 4000, 'sized to the results');
      expect(events.of('quickscan-error')).to.have.length(0);
    } finally {
      events.stop();
      onDocument.stop();
    }
  });

  it('posts nothing without an allowed origin, with "*", or with another origin', async () => {
    const messages = recordMessages();
    try {
      const silent = [
        addFrame({ src: embedUrl(OTHER) }),
        addFrame({ src: embedUrl(OTHER, { origin: '*' }) }),
        addFrame({ src: embedUrl(OTHER, { origin: 'https://intranet.example.org' }) }),
        addFrame({ src: embedUrl(OTHER, { origin: `${HERE}/` + 'page' }) }),
      ];
      const control = addFrame({ src: embedUrl(OTHER, { origin: HERE }) });
      await Promise.all([...silent, control].map(loaded));
      await waitFor(() => messages.from(control).some((m) => m.data.type === 'ready'), 8000, 'the control frame');
      // The silent frames loaded with the control; once the control answered a later hello, they had their turn too.
      await roundTrip(control, () => messages.from(control).filter((m) => m.data.type === 'resize').length);
      for (const f of silent) expect(messages.from(f)).to.have.length(0);
      for (const f of silent) expect(f.style.height, 'not resized').to.equal('200px');
    } finally {
      messages.stop();
    }
  });

  it('accepts messages only from its parent on the allowed origin', async () => {
    const messages = recordMessages();
    try {
      const frame = addFrame({ src: embedUrl(OTHER, { origin: HERE }) });
      const readies = () => messages.from(frame).filter((m) => m.data.type === 'ready').length;
      const resizes = () => messages.from(frame).filter((m) => m.data.type === 'resize').length;
      await waitFor(() => readies() >= 1 && resizes() >= 1, 8000, 'ready');
      // The parent on the allowed origin asks again: answered.
      await roundTrip(frame, resizes);
      const before = readies() - 1;
      expect(before).to.equal(1);

      // A sibling on the page's own origin (not the allowed one), and a sibling on the allowed origin
      // that is not the parent: both ignored, for hello and for restore.
      const index = [...document.querySelectorAll('iframe')].indexOf(frame);
      const resizesBefore = resizes();
      for (const origin of [OTHER, HERE]) {
        for (const type of ['hello', 'restore']) {
          const sender = addFrame({ src: `${origin}/test/pages/adapters-sender.html?target=${index}&type=${type}` });
          await loaded(sender);
        }
      }
      // The senders posted on load; the parent's hello after them is answered once they were handled.
      await roundTrip(frame, resizes);
      expect(readies()).to.equal(before + 2);
      expect(resizes(), 'no restore took effect (one resize: the answer to the sentinel)').to.equal(resizesBefore + 1);

      // Malformed messages from the parent are ignored too.
      frame.contentWindow!.postMessage({ protocol: EMBED_PROTOCOL, version: 2, type: 'hello', detail: {} }, OTHER);
      frame.contentWindow!.postMessage('hello', OTHER);
      await roundTrip(frame, resizes);
      expect(readies()).to.equal(before + 3);
    } finally {
      messages.stop();
    }
  });

  it('the helper refuses messages whose origin is not that of the iframe src, and messages from other windows', async () => {
    const messages = recordMessages();
    const onDocument = recordEvents(document, EVENTS);
    try {
      // The frame's src is on this origin, but it navigates itself to the embed page on the other one.
      const go = embedUrl(OTHER, { origin: HERE });
      const frame = addFrame({ src: `${HERE}/test/pages/adapters-frame.html?go=${encodeURIComponent(go)}` });
      await waitFor(() => messages.from(frame).some((m) => m.data.type === 'ready' && m.origin === OTHER), 8000, 'the posted ready');
      // A protocol message from this very window (not an iframe).
      window.postMessage({ protocol: EMBED_PROTOCOL, version: 1, type: 'resize', detail: { height: 5 } }, HERE);
      // Sentinel: a second message to this window arrives after the first was handled (one queue, in order).
      await new Promise<void>((resolve) => {
        const sentinel = (e: MessageEvent) => e.data === 'sentinel' && (window.removeEventListener('message', sentinel), resolve());
        window.addEventListener('message', sentinel);
        window.postMessage('sentinel', HERE);
      });
      expect(onDocument.seen, 'no DOM events').to.have.length(0);
      expect(frame.style.height).to.equal('200px');
    } finally {
      messages.stop();
      onDocument.stop();
    }
  });

  it('completes data-src with this page origin', async () => {
    const frame = document.createElement('iframe');
    frame.dataset.quickscanEmbed = '';
    frame.dataset.src = embedUrl(OTHER, { lang: 'nl' });
    frame.style.border = '0';
    const events = recordEvents(frame, EVENTS);
    try {
      document.body.append(frame);
      await waitFor(() => frame.getAttribute('src'), 2000, 'src set by the helper');
      expect(new URL(frame.src).searchParams.get('origin')).to.equal(HERE);
      await waitFor(() => events.of('quickscan-ready')[0], 8000, 'ready');
      await waitFor(() => events.of('quickscan-resize')[0], 4000, 'resize');
    } finally {
      events.stop();
    }
  });

  it('the demo page (demo/embed.html) embeds it with the helper', async () => {
    const frame = addFrame({ src: '/demo/embed.html' }, 1200);
    await loaded(frame);
    const doc = frame.contentDocument!;
    await waitFor(() => doc.getElementById('log')?.textContent?.includes('quickscan-ready'), 8000, 'ready in the demo log');
    const inner = doc.querySelector('iframe')!;
    expect(new URL(inner.src).searchParams.get('origin')).to.equal(HERE);
    await waitFor(() => doc.getElementById('log')!.textContent!.includes('quickscan-resize'), 4000, 'resize in the demo log');
    await waitFor(() => inner.style.height !== '640px', 4000, 'the iframe sized');
  });
});
