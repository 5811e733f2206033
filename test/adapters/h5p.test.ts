// The built H5P content type (dist/h5p/sociale-veiligheid-quickscan.h5p), unpacked and played by
// h5p-standalone (the H5P player used outside Drupal/WordPress/Moodle), served by
// test/support/lms-server.mjs: a page that plays it sits in a frame here; H5P puts the content in its
// own iframe inside that page, as Moodle does.
import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import type { Result } from '../../src/scoring/result-schema.js';
import { overallScore } from '../../src/adapters/measures.js';
import { readH5pParams, readH5pState, unescapeH5pText } from '../../src/adapters/h5p/params.js';
import { answerStep, choose, next, part, start, statements, type Scan } from '../support/scan.js';
import { addFrame, cleanup, loaded, waitFor } from './helpers.js';

const LIB = 'H5P.SocialeVeiligheidQuickscan-1.0';

interface Player {
  frame: HTMLIFrameElement;
  win: any;
  inner: any;
  el: Scan;
  xapi: any[];
}

async function play(query: Record<string, string> = {}, ready = '[part~="start-button"], [part~="next-button"], [part~="results"]'): Promise<Player> {
  const frame = addFrame({ src: `/test/pages/h5p-player.html?${new URLSearchParams(query)}` }, 900);
  await loaded(frame);
  const win = frame.contentWindow as any;
  expect(await win.h5pPlayer).to.equal('ready');
  const xapi: any[] = [];
  win.H5P.externalDispatcher.on('xAPI', (event: any) => xapi.push(event.data.statement));
  const inner = await waitFor(() => (win.document.querySelector('iframe.h5p-iframe') as HTMLIFrameElement | null)?.contentWindow, 8000, 'the H5P iframe');
  const el = await waitFor(() => {
    const found = inner.document.querySelector('sociale-veiligheid-quickscan') as Scan | null;
    return found?.shadowRoot?.querySelector(ready) ? found : null;
  }, 10000, 'the scan inside H5P').catch((error) => {
    const found = inner.document.querySelector('sociale-veiligheid-quickscan');
    throw new Error(`${error.message}: ${found ? found.shadowRoot?.textContent?.slice(0, 300) : inner.document.body.innerHTML.slice(0, 300)}`);
  });
  await el.updateComplete;
  return { frame, win, inner, el, xapi };
}

/** Stores a content.json (the author's parameters) on the test server; returns its key. */
async function contentJson(params: unknown): Promise<string> {
  const key = `c${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`/__h5p/content/${key}/content.json`, { method: 'POST', body: JSON.stringify(params) });
  expect(response.status).to.equal(204);
  return key;
}
const escapeLikeH5p = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#039;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('H5P content type', () => {
  afterEach(() => cleanup());

  it('the .h5p holds h5p.json, content/content.json and the library folder with the fields H5P requires', async () => {
    const response = await fetch('/dist/h5p/sociale-veiligheid-quickscan.h5p', { cache: 'no-store' });
    expect(response.ok).to.equal(true);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const roots = new Set(Object.keys(files).map((p) => p.split('/')[0]));
    expect([...roots].sort()).to.deep.equal([LIB, 'content', 'h5p.json'].sort());
    const read = (p: string) => JSON.parse(strFromU8(files[p]));

    const h5p = read('h5p.json');
    expect(h5p.title).to.be.a('string').and.not.empty;
    expect(h5p.language).to.equal('nl');
    expect(h5p.mainLibrary).to.equal('H5P.SocialeVeiligheidQuickscan');
    expect(h5p.embedTypes).to.be.an('array').that.is.not.empty;
    for (const t of h5p.embedTypes) expect(['div', 'iframe']).to.include(t);
    expect(h5p.preloadedDependencies).to.deep.include({ machineName: 'H5P.SocialeVeiligheidQuickscan', majorVersion: 1, minorVersion: 0 });

    const lib = read(`${LIB}/library.json`);
    expect(lib.machineName).to.equal('H5P.SocialeVeiligheidQuickscan');
    expect(lib.title).to.be.a('string').and.not.empty;
    expect([lib.majorVersion, lib.minorVersion]).to.deep.equal([1, 0]);
    expect(Number.isInteger(lib.patchVersion)).to.equal(true);
    expect(lib.runnable).to.equal(1);
    expect(lib.preloadedJs).to.be.an('array').that.is.not.empty;
    for (const { path } of [...lib.preloadedJs, ...lib.preloadedCss]) expect(files[`${LIB}/${path}`], path).to.exist;

    const semantics = read(`${LIB}/semantics.json`);
    const field = (name: string) => semantics.find((f: any) => f.name === name);
    expect(field('lang').type).to.equal('select');
    expect(field('lang').options.map((o: any) => o.value)).to.deep.equal(['nl', 'en']);
    expect(field('theme').options.map((o: any) => o.value)).to.deep.equal(['auto', 'light', 'dark']);
    expect(field('content')).to.include({ type: 'text', optional: true });
    expect(read('content/content.json')).to.deep.equal({ lang: 'nl', theme: 'auto', content: '' });
  });

  it('plays in h5p-standalone: a person completes the scan and H5P reports "completed" with the overall score out of 100', async () => {
    const { el, xapi, inner, win } = await play();
    await start(el);
    const completed = new Promise<Result>((resolve) => el.addEventListener('quickscan-complete', (e) => resolve((e as CustomEvent<Result>).detail), { once: true }));
    const pick = (_id: string, i: number): number | 'unknown' => (i === 2 ? 'unknown' : (i % 5) + 1);
    for (let s = 0; s < 4; s++) {
      await answerStep(el, pick);
      await next(el);
    }
    const result = await completed;
    const score = overallScore(result)!;
    expect(score).to.be.a('number');
    const done = await waitFor(() => xapi.find((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed'), 3000, 'the completed statement');
    expect(done.result.score).to.deep.equal({ min: 0, max: 100, raw: score, scaled: score / 100 });
    expect(done.result.completion).to.equal(true);
    expect(done.object.definition.extensions['http://h5p.org/x-api/h5p-local-content-id']).to.exist;
    // Bonus: progress and interactions were reported on the way.
    expect(xapi.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/progressed').length).to.be.at.least(4);
    expect(xapi.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/interacted').length).to.equal(18);
    const instance = inner.H5P.instances[0];
    expect(instance.getScore()).to.equal(score);
    expect(instance.getMaxScore()).to.equal(100);
    // Nothing outside the player and the package was requested.
    const urls = [win, inner].flatMap((w: any) => w.performance.getEntriesByType('resource').map((r: PerformanceResourceTiming) => r.name));
    const ours = urls.filter((url: string) => !url.startsWith(`${location.origin}/__web-dev-server`));
    expect(ours).to.not.be.empty;
    for (const url of ours) expect(url, url).to.match(new RegExp(`^${location.origin}/__h5p/`));
  });

  it('getCurrentState() gives answers and step, and a new player given that state resumes the half-done scan', async () => {
    const first = await play();
    await start(first.el);
    await answerStep(first.el, () => 4);
    await next(first.el);
    choose(statements(first.el)[0], 'unknown');
    choose(statements(first.el)[1], 2);
    await first.el.updateComplete;
    const state = first.inner.H5P.instances[0].getCurrentState();
    expect(state.step).to.equal(1);
    expect(state.answers).to.deep.equal(first.el.answers);
    expect(Object.values(state.answers)).to.include(null);
    cleanup();

    const second = await play({ state: JSON.stringify(state) }, '[part~="next-button"]');
    await waitFor(() => second.el.step === 1, 3000, 'back on step 2 (index 1)');
    expect(second.el.answers).to.deep.equal(state.answers);
    expect(second.inner.H5P.instances[0].getCurrentState()).to.deep.equal(state);
    // Restoring is not an interaction.
    expect(second.xapi.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/interacted')).to.have.length(0);
  });

  it("an author's own content (HTML-escaped, as H5P stores text fields) and the language and theme are used", async () => {
    const own = await (await fetch('/content/en.json')).json();
    own.title = 'Our own scan';
    const params = { lang: 'en', theme: 'dark', content: escapeLikeH5p(JSON.stringify(own)) };
    const { el } = await play({ content: await contentJson(params) });
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.textContent).to.contain('Our own scan');
  });

  it('invalid own content shows the readable content error inside H5P, nothing thrown', async () => {
    const params = { lang: 'en', theme: 'auto', content: '{ "id": "x", "title": ' };
    const { el, inner } = await play({ content: await contentJson(params) }, '[part~="error"]');
    const error = part(el, 'error');
    expect(error.textContent).to.match(/JSON/i);
    expect(inner.H5P.instances[0].getCurrentState()).to.deep.equal({ answers: {}, step: 'intro' });
  });

  it('the library also runs without H5P core (no EventDispatcher): it renders and a person can go on, no errors', async () => {
    const files = unzipSync(new Uint8Array(await (await fetch('/dist/h5p/sociale-veiligheid-quickscan.h5p', { cache: 'no-store' })).arrayBuffer()));
    const lib = JSON.parse(strFromU8(files[`${LIB}/library.json`]));
    const js = strFromU8(files[`${LIB}/${lib.preloadedJs[0].path}`]);
    const frame = addFrame({ srcdoc: '<!doctype html><html lang="en"><body><div id="c"></div></body></html>' });
    await loaded(frame);
    const win = frame.contentWindow as any;
    const errors: string[] = [];
    win.addEventListener('error', (e: ErrorEvent) => errors.push(e.message));
    const script = win.document.createElement('script');
    script.src = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
    const ran = new Promise((resolve) => (script.onload = resolve));
    win.document.head.append(script);
    await ran;
    expect(win.H5P.EventDispatcher).to.equal(undefined);
    const instance = new win.H5P.SocialeVeiligheidQuickscan({ lang: 'en' }, 1, {});
    instance.attach(win.document.getElementById('c'));
    const el = await waitFor(() => {
      const found = win.document.querySelector('sociale-veiligheid-quickscan') as Scan | null;
      return found?.shadowRoot?.querySelector('[part~="start-button"]') ? found : null;
    }, 8000, 'the scan');
    await start(el);
    await answerStep(el, () => 3);
    await next(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).to.deep.equal([]);
    expect(instance.getCurrentState().step).to.equal(1);
  });

  it('reads parameters and states defensively', () => {
    expect(readH5pParams(undefined)).to.deep.equal({ lang: 'nl', theme: 'auto', content: '' });
    expect(readH5pParams({ lang: 'fr', theme: 'pink', content: 7 })).to.deep.equal({ lang: 'nl', theme: 'auto', content: '' });
    expect(readH5pParams({ lang: 'en', theme: 'light', content: ' {&quot;a&quot;:&quot;&lt;b&gt; &amp;amp; &#039;&quot;} ' }).content).to.equal(`{"a":"<b> &amp; '"}`);
    expect(unescapeH5pText('&amp;quot;')).to.equal('&quot;');
    expect(readH5pState('not json')).to.equal(null);
    expect(readH5pState({ step: 2 })).to.equal(null);
    expect(readH5pState('{"answers":{"a":3,"b":null,"c":"x"},"step":"nowhere"}')).to.deep.equal({ answers: { a: 3, b: null }, step: 'intro' });
    expect(readH5pState({ answers: {}, step: 'results' })).to.deep.equal({ answers: {}, step: 'results' });
  });
});
