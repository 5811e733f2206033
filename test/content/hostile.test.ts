import { expect, fixture, html } from '@open-wc/testing';
import { isSafeUrl } from '../../src/content/safe-url.js';
import { custom } from '../fixtures/custom-content.js';
import { $$, completeScan, part, settle, type Scan } from '../support/scan.js';
import { loadFrame, scanIn } from '../support/frame.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const SET = 'window.__xss=1';
const TEXT_PAYLOADS = [
  `<script>${SET}</script>`,
  `<img src=x onerror="${SET}">`,
  `<svg onload="${SET}"><script>${SET}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${SET}>`,
  `"><iframe src="javascript:${SET}"></iframe>`,
  `<a href="javascript:${SET}">klik</a>`,
  `<div onmouseover="${SET}" style="position:fixed;inset:0">x</div>`,
  '${' + SET + '}',
  `{{constructor.constructor('${SET}')()}}`,
  `<%= ${SET} %>`,
  '`; ' + SET + '; `',
  `<template><script>${SET}</script></template>`,
  `<!--<img src="--><img src=x onerror=${SET}//">`,
  'Zo\u202Eneg\u200Bative \u{1F600} \u0000 null',
];
const URL_PAYLOADS = [
  `javascript:${SET}`,
  `JaVaScRiPt:${SET}`,
  ` javascript:${SET}`,
  `java\tscript:${SET}`,
  `java\nscript:${SET}`,
  `\u0001javascript:${SET}`,
  `&#106;avascript:${SET}`,
  `&#x6A;avascript:${SET}`,
  `javascript&colon;${SET}`,
  `%6Aavascript:${SET}`,
  `data:text/html,<script>${SET}</script>`,
  `data:image/svg+xml,<svg onload=${SET}>`,
  'vbscript:msgbox(1)',
  `jav&#x09;ascript:${SET}`,
  `\\\\evil.example/${SET}`,
];
// The element's own SVGs (the progress bar, the overview chart) are allowed; nothing inside them may be
// markup from the content (see assertInert).
const OWN_SVG = 'svg.meter, svg.overview-svg';
const DANGEROUS = `script, img, svg:not(.meter):not(.overview-svg), math, iframe, object, embed, template, style:not([data-lit]), [onerror], [onload], [onmouseover], foreignObject`;

/** Puts `payload` into every string field of the content that is text (not ids, not URLs). */
function everywhere(payload: string) {
  const c = structuredClone(custom);
  c.title = payload;
  c.intro = [payload, `voor ${payload} na`];
  c.scale.options.forEach((o: { label: string }, i: number) => (o.label = `${payload} ${i}`));
  c.scale.unknown = { label: payload };
  c.bands.forEach((b: { label: string; description?: string }) => ((b.label = payload), (b.description = payload)));
  c.pillars.forEach((p: { title: string; description?: string; statements: { text: string }[]; tools?: { title: string; description?: string }[] }) => {
    p.title = payload;
    p.description = `Met gedragscode ${payload}`;
    p.statements.forEach((s) => (s.text = `${payload} gedragscode`));
    p.tools = [{ title: payload, url: 'https://example.org/tool', description: payload }];
  });
  c.tips = [payload, payload];
  c.glossary = [{ term: 'Gedragscode', definition: [payload, payload], matches: ['gedragscode', payload] }];
  c.colophon = { published: payload, text: [payload], source: { title: payload, url: '/bron' } };
  return c;
}

function assertInert(el: Scan, where: string) {
  expect(window.__xss, `${where}: a payload executed`).to.equal(undefined);
  const found = el.shadowRoot!.querySelectorAll(DANGEROUS);
  expect([...found].map((n) => n.outerHTML.slice(0, 80)), `${where}: markup from content reached the DOM`).to.deep.equal([]);
  for (const svg of el.shadowRoot!.querySelectorAll(OWN_SVG)) {
    const own = svg.matches('.meter') ? ['rect'] : ['defs', 'pattern', 'rect', 'line', 'g', 'text', 'title', 'circle', 'path', 'tspan', 'clippath', 'lineargradient', 'stop'];
    const tags = [...svg.querySelectorAll('*')].map((n) => n.localName.toLowerCase());
    expect(tags.filter((t) => !own.includes(t)), `${where}: unexpected elements in the element's own SVG`).to.deep.equal([]);
  }
  for (const a of el.shadowRoot!.querySelectorAll('a[href]')) {
    expect(isSafeUrl(a.getAttribute('href')!), `${where}: unsafe href ${a.getAttribute('href')}`).to.equal(true);
  }
}

describe('hostile content is inert', () => {
  beforeEach(() => delete window.__xss);

  for (const payload of TEXT_PAYLOADS) {
    it(`renders as text everywhere, through the whole scan: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
      const content = everywhere(payload);
      const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content}></sociale-veiligheid-quickscan>`);
      await settle(el);
      const shown = part(el, 'intro').querySelector('h2')!.textContent!.trim();
      expect(shown).to.equal(payload.trim());
      assertInert(el, 'intro');
      part(el, 'start-button').click();
      await settle(el);
      $$(el, '[part~="term"]').forEach((b) => b.click());
      await settle(el);
      assertInert(el, 'step with terms open');
      await completeScan(el, () => 2).catch(() => undefined);
      await settle(el);
      $$(el, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      assertInert(el, 'results');
    });
  }

  for (const url of URL_PAYLOADS) {
    it(`rejects the link ${JSON.stringify(url).slice(0, 50)} with a clear issue, and renders no href`, async () => {
      expect(isSafeUrl(url)).to.equal(false);
      const content = structuredClone(custom);
      content.pillars[0].tools = [{ title: 'Tool', url }];
      content.colophon = { source: { title: 'Bron', url } };
      const errors: CustomEvent[] = [];
      const el = await fixture<Scan>(html`<sociale-veiligheid-quickscan .content=${content} @quickscan-error=${(e: CustomEvent) => errors.push(e)}></sociale-veiligheid-quickscan>`);
      await settle(el);
      expect(part(el, 'error')).to.exist;
      const paths = errors[0].detail.issues.map((i: { path: string }) => i.path);
      expect(paths).to.include.members(['pillars[0].tools[0].url', 'colophon.source.url']);
      assertInert(el, 'error view');
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });
  }

  it('accepts the links editors need: https, http, mailto and relative', () => {
    for (const ok of ['https://example.org/a?b=1&c=2#d', 'http://intranet/beleid', 'mailto:vertrouwenspersoon@example.org', '/beleid/gedragscode.pdf', 'beleid.html', '../x', '#tips', '//cdn.example.org/x']) {
      expect(isSafeUrl(ok), ok).to.equal(true);
    }
  });
});

/** What the page requested apart from the bundle's own chunks (each checked to be one rollup wrote). */
async function ownRequests(win: Window): Promise<string[]> {
  const all = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => !p.includes('__web-dev-server'));
  const chunks = Object.keys(await (await fetch('/dist/chunks.json')).json()).map((f) => `/dist/${f}`);
  const loaded = all.filter((p) => p.startsWith('/dist/chunks/'));
  expect(loaded.filter((p) => !chunks.includes(p)), 'requests under dist/chunks/ that are not chunks').to.deep.equal([]);
  return all.filter((p) => !loaded.includes(p));
}

describe('strict pages: CSP with Trusted Types', () => {
  it('completes the scan on a page with the strict CSP without a single violation, and requests nothing else', async () => {
    const { win, doc, frame } = await loadFrame('/__fixtures/csp/test/pages/csp.html');
    const w = win as unknown as { __violations: string[]; __errors: string[] };
    const el = await scanIn(doc);
    const result = await completeScan(el, () => 4);
    expect(result.pillars).to.have.length(4);
    await settle(el);
    ($$(el, '[part~="glossary"] details')[0] as HTMLDetailsElement).open = true;
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__violations).to.deep.equal([]);
    expect(w.__errors).to.deep.equal([]);
    const requests = await ownRequests(win);
    expect(requests.sort()).to.deep.equal(['/dist/sociale-veiligheid-quickscan.js', '/test/pages/csp-watch.js']);
    frame.remove();
  });

  it('requests exactly the configured content URL and nothing more', async () => {
    const src = '/test/fixtures/custom-content.json';
    const { win, doc, frame } = await loadFrame(`/__fixtures/csp/test/pages/csp.html?src=${encodeURIComponent(src)}`);
    const el = await scanIn(doc);
    expect(el.loadedContent!.id).to.equal('acme-team-check');
    await completeScan(el, () => 1);
    const w = win as unknown as { __violations: string[] };
    expect(w.__violations).to.deep.equal([]);
    const requests = await ownRequests(win);
    expect(requests.sort()).to.deep.equal(['/dist/sociale-veiligheid-quickscan.js', src, '/test/pages/csp-watch.js'].sort());
    frame.remove();
  });
});
