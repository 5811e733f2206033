// The built cmi5 course package (dist/cmi5/sociale-veiligheid-quickscan-cmi5.zip): cmi5.xml's shape,
// and the AU page launched as a cmi5 LMS would, against the test LMS/LRS of test/support/lms-server.mjs
// (fetch token, LMS.LaunchData, statements recorded with their headers).
import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import type { Result } from '../../src/scoring/result-schema.js';
import { overallScore } from '../../src/adapters/measures.js';
import { startCmi5Page } from '../../src/adapters/cmi5/au-page.js';
import { cmi5Context, CMI5_CATEGORY, CMI5_MOVEON_CATEGORY } from '../../src/adapters/cmi5/statements.js';
import { parseCmi5Launch } from '../../src/adapters/cmi5/launch.js';
import { answerStep, next, start, type Scan } from '../support/scan.js';
import { requireCjs } from './cjs.js';
import { addFrame, cleanup, loaded, waitFor } from './helpers.js';

const validate: (statement: unknown) => { message: string; path: string[]; name: string }[] = requireCjs('xapi-validation').default;
const problems = (statement: unknown) => validate(statement).map((w) => `${w.name} at ${w.path.join('.')}`);

const PKG = '/__cmi5/sociale-veiligheid-quickscan-cmi5';
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PUBLISHER = 'urn:sociale-veiligheid-quickscan:cmi5:au:scan:v0';
const VERB = (v: string) => `http://adlnet.gov/expapi/verbs/${v}`;
const actor = { objectType: 'Agent', name: 'Sam de Vries', account: { homePage: 'https://lms.example.org', name: 'sam-42' } };
const activityId = 'https://lms.example.org/course/7/au/quickscan';

interface Log {
  token: string;
  sessionId: string;
  fetchCalls: number;
  requests: { method: string; route: string; query: Record<string, string>; headers: Record<string, string> }[];
  statements: { statement: any; headers: Record<string, string> }[];
}

const newSession = () => `s${Math.random().toString(36).slice(2)}`;
async function setup(session: string, body: Record<string, unknown>) {
  await fetch(`/__lrs/${session}/setup`, { method: 'POST', body: JSON.stringify(body) });
}
const log = async (session: string): Promise<Log> => (await fetch(`/__lrs/${session}/log`)).json();
const verbs = (l: Log) => l.statements.map((s) => s.statement.verb.id.split('/').pop());

function launchQuery(session: string, registration: string, extra: Record<string, string> = {}) {
  return new URLSearchParams({
    endpoint: `${location.origin}/__lrs/${session}/xapi`,
    fetch: `${location.origin}/__lrs/${session}/fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId,
    ...extra,
  }).toString();
}

async function openAu(query: string): Promise<{ frame: HTMLIFrameElement; el: Scan; doc: Document }> {
  const frame = addFrame({ src: `${PKG}/index.html${query ? `?${query}` : ''}` }, 900);
  await loaded(frame);
  const doc = frame.contentDocument!;
  const el = await waitFor(() => {
    const found = doc.querySelector('sociale-veiligheid-quickscan') as Scan | null;
    return found?.shadowRoot?.querySelector('[part~="start-button"]') ? found : null;
  }, 8000, 'the AU page to render');
  await el.updateComplete;
  return { frame, el, doc };
}

async function completeIn(el: Scan): Promise<Result> {
  await start(el);
  const completed = new Promise<Result>((resolve) => el.addEventListener('quickscan-complete', (e) => resolve((e as CustomEvent<Result>).detail), { once: true }));
  for (let s = 0; s < 4; s++) {
    await answerStep(el, (_id, i) => (i === 3 ? 'unknown' : (i % 5) + 1));
    await next(el);
  }
  return completed;
}

describe('cmi5 course package', () => {
  afterEach(() => cleanup());

  it('the zip holds cmi5.xml (one AU: moveOn Completed, launchMethod AnyWindow, url index.html) and the AU page at its root', async () => {
    const response = await fetch('/dist/cmi5/sociale-veiligheid-quickscan-cmi5.zip', { cache: 'no-store' });
    expect(response.ok).to.equal(true);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).to.deep.equal(['cmi5.xml', 'index.html', 'quickscan-au.js']);
    const xml = new DOMParser().parseFromString(strFromU8(files['cmi5.xml']), 'application/xml');
    expect(xml.querySelector('parsererror')).to.equal(null);
    const rootEl = xml.documentElement;
    expect(rootEl.localName).to.equal('courseStructure');
    expect(rootEl.namespaceURI).to.equal('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    const children = [...rootEl.children].map((c) => c.localName);
    expect(children).to.deep.equal(['course', 'au']);
    const course = rootEl.children[0];
    expect(course.getAttribute('id')).to.match(/^urn:sociale-veiligheid-quickscan:cmi5:course:v\d+$/);
    const langs = (parent: Element, name: string) =>
      [...parent.children].filter((c) => c.localName === name).flatMap((t) => [...t.children].map((l) => [l.localName, l.getAttribute('lang'), l.textContent?.trim()]));
    for (const [tag, lang, text] of [...langs(course, 'title'), ...langs(course, 'description')]) {
      expect(tag).to.equal('langstring');
      expect(['nl', 'en']).to.include(lang);
      expect(text).to.not.be.empty;
    }
    expect(langs(course, 'title').map((l) => l[1])).to.deep.equal(['nl', 'en']);
    const aus = rootEl.getElementsByTagNameNS(rootEl.namespaceURI, 'au');
    expect(aus).to.have.length(1);
    const au = aus[0];
    expect(au.getAttribute('id')).to.equal(PUBLISHER);
    expect(au.getAttribute('moveOn')).to.equal('Completed');
    expect(au.getAttribute('launchMethod')).to.equal('AnyWindow');
    expect([...au.children].map((c) => c.localName)).to.deep.equal(['title', 'description', 'url']);
    const url = [...au.children].find((c) => c.localName === 'url')!.textContent!.trim();
    expect(url).to.equal('index.html');
    expect(files[url]).to.exist;
    expect(strFromU8(files['index.html'])).to.contain('src="quickscan-au.js"');
  });

  it('launched with the five parameters: token, LMS.LaunchData, then initialized, scored, completed and terminated, valid and in order, with the cmi5 context', async () => {
    const session = newSession();
    const registration = crypto.randomUUID();
    await setup(session, { returnURL: `/__lrs/${session}/returned` });
    const { frame, el, doc } = await openAu(launchQuery(session, registration));
    let l = await log(session);
    for (let i = 0; i < 100 && !l.statements.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      l = await log(session);
    }
    expect(verbs(l)).to.deep.equal(['initialized']);
    expect(l.fetchCalls).to.equal(1);
    const state = l.requests.find((r) => r.route === 'xapi/activities/state')!;
    expect(state.method).to.equal('GET');
    expect(state.query).to.deep.include({ stateId: 'LMS.LaunchData', activityId, registration });
    expect(JSON.parse(state.query.agent)).to.deep.equal(actor);
    const notice = doc.querySelector<HTMLElement>('[data-cmi5-notice]')!;
    expect(notice.hidden).to.equal(true);

    const result = await completeIn(el);
    const score = overallScore(result)!;
    for (let i = 0; i < 100 && l.statements.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      l = await log(session);
    }
    expect(verbs(l)).to.deep.equal(['initialized', 'scored', 'completed']);

    const exit = doc.querySelector<HTMLButtonElement>('[data-cmi5-exit]')!;
    expect(exit.hidden).to.equal(false);
    expect(exit.textContent).to.equal('Afsluiten');
    exit.click();
    await waitFor(() => frame.contentDocument?.getElementById('returned'), 5000, 'the returnURL');
    l = await log(session);
    expect(verbs(l)).to.deep.equal(['initialized', 'scored', 'completed', 'terminated']);

    const ids = new Set<string>();
    for (const { statement, headers } of l.statements) {
      expect(problems(statement), statement.verb.id).to.deep.equal([]);
      expect(headers.authorization).to.equal(`Basic ${l.token}`);
      expect(headers['x-experience-api-version']).to.equal('1.0.3');
      expect(statement.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(statement.id);
      expect(statement.actor).to.deep.equal(actor);
      expect(statement.object.id).to.equal(activityId);
      expect(statement.context.registration).to.equal(registration);
      expect(statement.context.extensions[SESSION_EXT]).to.equal(l.sessionId);
      expect(statement.context.contextActivities.grouping).to.deep.equal([{ objectType: 'Activity', id: PUBLISHER }]);
      expect(Date.parse(statement.timestamp)).to.be.a('number').and.not.NaN;
    }
    expect(ids.size).to.equal(4);
    const [initialized, scored, completed, terminated] = l.statements.map((s) => s.statement);
    const categories = (s: any) => (s.context.contextActivities.category ?? []).map((c: any) => c.id);
    expect(initialized.verb.id).to.equal(VERB('initialized'));
    expect(categories(initialized)).to.deep.equal([CMI5_CATEGORY]);
    expect(initialized.result).to.equal(undefined);

    expect(completed.verb.id).to.equal(VERB('completed'));
    expect(categories(completed)).to.deep.equal([CMI5_CATEGORY, CMI5_MOVEON_CATEGORY]);
    expect(Object.keys(completed.result).sort()).to.deep.equal(['completion', 'duration']);
    expect(completed.result.completion).to.equal(true);
    expect(completed.result.duration).to.match(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);

    // The score travels in a cmi5 allowed statement (cmi5 §9.5.1 forbids it on Completed).
    expect(scored.verb.id).to.equal(VERB('scored'));
    expect(categories(scored)).to.not.include(CMI5_CATEGORY);
    expect(scored.result.score).to.deep.equal({ scaled: score / 100, raw: score, min: 0, max: 100 });
    expect(scored.result.duration).to.match(/^PT/);

    expect(terminated.verb.id).to.equal(VERB('terminated'));
    expect(categories(terminated)).to.deep.equal([CMI5_CATEGORY]);
    expect(Object.keys(terminated.result)).to.deep.equal(['duration']);
  });

  it('a relaunch of a completed registration sends no second completed (cmi5: one per registration), but the new score', async () => {
    const registration = crypto.randomUUID();
    const first = newSession();
    const a = await openAu(launchQuery(first, registration));
    await waitFor(() => a.doc.querySelector<HTMLElement>('[data-cmi5-exit]')?.hidden === false, 5000, 'the first session');
    await completeIn(a.el);
    let l = await log(first);
    for (let i = 0; i < 100 && l.statements.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      l = await log(first);
    }
    expect(verbs(l)).to.deep.equal(['initialized', 'scored', 'completed']);
    cleanup();

    const second = newSession();
    const b = await openAu(launchQuery(second, registration));
    await waitFor(() => b.doc.querySelector<HTMLElement>('[data-cmi5-exit]')?.hidden === false, 5000, 'the second session');
    const query = (await log(second)).requests.find((r) => r.route === 'xapi/statements' && r.method === 'GET')!;
    expect(query.query).to.deep.include({ registration, verb: VERB('completed'), activity: activityId });
    await completeIn(b.el);
    b.doc.querySelector<HTMLButtonElement>('[data-cmi5-exit]')!.click();
    let m = await log(second);
    for (let i = 0; i < 100 && verbs(m).at(-1) !== 'terminated'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      m = await log(second);
    }
    expect(verbs(m)).to.deep.equal(['initialized', 'scored', 'terminated']);
    expect(b.doc.querySelector('[data-cmi5-notice]')!.textContent).to.contain('Afgesloten');
  });

  it('when the LRS refuses terminated, the exit button says so and can try again', async () => {
    const session = newSession();
    const { doc } = await openAu(launchQuery(session, crypto.randomUUID()));
    const exit = await waitFor(() => {
      const button = doc.querySelector<HTMLButtonElement>('[data-cmi5-exit]');
      return button && !button.hidden ? button : null;
    }, 5000, 'the exit button');
    await setup(session, { failStatements: true });
    exit.click();
    const notice = doc.querySelector<HTMLElement>('[data-cmi5-notice]')!;
    await waitFor(() => !notice.hidden, 5000, 'the notice');
    expect(notice.textContent).to.contain('niet worden doorgegeven');
    expect(exit.disabled).to.equal(false);
    await setup(session, { failStatements: false });
    exit.click();
    await waitFor(() => notice.textContent!.includes('Afgesloten'), 5000, 'closed');
    expect(verbs(await log(session))).to.deep.equal(['initialized', 'terminated']);
  });

  it('Browse mode sends only initialized and terminated; closing the page terminates', async () => {
    const session = newSession();
    await setup(session, { launchMode: 'Browse', languagePreference: 'en-GB,nl' });
    const { frame, el } = await openAu(launchQuery(session, crypto.randomUUID()));
    await waitFor(() => el.getAttribute('lang') === 'en-GB', 5000, 'the learner preference language');
    await completeIn(el);
    frame.src = 'about:blank';
    await loaded(frame);
    let l = await log(session);
    for (let i = 0; i < 100 && verbs(l).at(-1) !== 'terminated'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      l = await log(session);
    }
    expect(verbs(l)).to.deep.equal(['initialized', 'terminated']);
    for (const { statement } of l.statements) expect(problems(statement)).to.deep.equal([]);
  });

  it('without launch parameters it is a plain scan with a calm notice, and asks nothing of any LMS', async () => {
    const { frame, el, doc } = await openAu('');
    const notice = doc.querySelector<HTMLElement>('[data-cmi5-notice]')!;
    expect(notice.hidden).to.equal(false);
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('niet vanuit een leeromgeving');
    expect(doc.querySelector<HTMLElement>('[data-cmi5-exit]')!.hidden).to.equal(true);
    const result = await completeIn(el);
    expect(result.pillars).to.have.length(4);
    const urls = frame.contentWindow!.performance.getEntriesByType('resource').map((r) => r.name);
    expect(urls.filter((u) => u.includes('/__lrs/'))).to.deep.equal([]);
  });

  it('an unreachable LMS leaves a working scan and says so; a broken launch too', async () => {
    const unreachable = await openAu(
      new URLSearchParams({ endpoint: `${location.origin}/__nowhere/xapi/`, fetch: `${location.origin}/__nowhere/fetch`, actor: JSON.stringify(actor), registration: crypto.randomUUID(), activityId, lang: 'en' }).toString(),
    );
    const notice = unreachable.doc.querySelector<HTMLElement>('[data-cmi5-notice]')!;
    await waitFor(() => !notice.hidden, 5000, 'the notice');
    expect(notice.textContent).to.contain('cannot be reached');
    await start(unreachable.el);
    expect(unreachable.el.step).to.equal(0);
    cleanup();
    const broken = await openAu(new URLSearchParams({ endpoint: 'https://lrs.example.org/', actor: '{not json' }).toString());
    expect(broken.doc.querySelector<HTMLElement>('[data-cmi5-notice]')!.textContent).to.contain('niet bereikbaar');
  });

  it('the notice and the exit button are accessible, in Dutch and English', async () => {
    const originalLang = document.documentElement.lang;
    const main = document.createElement('main');
    main.innerHTML = `<p data-cmi5-notice role="status" hidden></p><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan><button type="button" data-cmi5-exit hidden></button>`;
    document.body.append(main);
    try {
      const fake = (search: string) => ({ document, location: { search, href: location.href }, addEventListener() {} }) as unknown as Window;
      startCmi5Page(fake(''));
      const notice = main.querySelector<HTMLElement>('[data-cmi5-notice]')!;
      expect(notice.textContent).to.contain('los geopend');
      await expect(main).to.be.accessible();
      startCmi5Page(fake('?lang=en'));
      expect(notice.textContent).to.contain('opened on its own');
      const session = newSession();
      const page = startCmi5Page(fake(`?${launchQuery(session, crypto.randomUUID())}`))!;
      await page.ready;
      expect(page.status).to.equal('connected');
      expect(main.querySelector<HTMLElement>('[data-cmi5-exit]')!.hidden).to.equal(false);
      await expect(main).to.be.accessible();
      await page.client!.terminate();
    } finally {
      main.remove();
      document.documentElement.lang = originalLang;
    }
  });

  it('adds nothing to the script-tag bundle: no AU texts, no cmi5 or H5P code in dist/sociale-veiligheid-quickscan.js', async () => {
    const bundle = await (await fetch('/dist/sociale-veiligheid-quickscan.js', { cache: 'no-store' })).text();
    expect(bundle).to.contain('sociale-veiligheid-quickscan');
    for (const text of ['opened on its own', 'los geopend', 'w3id.org/xapi/cmi5', 'SocialeVeiligheidQuickscan', 'LMS.LaunchData']) {
      expect(bundle, text).to.not.contain(text);
    }
  });

  it('launch parameters and context template are read strictly and merged without overwriting the LMS values', () => {
    expect(parseCmi5Launch('')).to.equal(null);
    expect(parseCmi5Launch(`?${new URLSearchParams({ endpoint: 'https://lrs.example.org/x', fetch: 'https://lms.example.org/f', actor: '{"mbox":"mailto:a@example.org"}', registration: 'r', activityId: 'https://a.example.org' })}`)).to.deep.include({
      endpoint: 'https://lrs.example.org/x/',
    });
    expect(parseCmi5Launch(`?${new URLSearchParams({ endpoint: 'javascript:alert(1)', fetch: 'https://lms.example.org/f', actor: '{"mbox":"mailto:a@example.org"}', registration: 'r', activityId: 'a' })}`)).to.equal(null);
    expect(parseCmi5Launch(`?${new URLSearchParams({ endpoint: 'https://l.example.org/', fetch: 'https://l.example.org/f', actor: '{"name":"no id"}', registration: 'r', activityId: 'a' })}`)).to.equal(null);
    const template = {
      registration: 'from-lms',
      contextActivities: { category: { id: 'https://lms.example.org/cat' }, grouping: [{ id: PUBLISHER }] },
      extensions: { [SESSION_EXT]: 'abc' },
    };
    const merged = cmi5Context(template, 'ours', [CMI5_CATEGORY], { [SESSION_EXT]: 'not ours to set', 'https://x.example.org/e': 1 });
    expect(merged.registration).to.equal('from-lms');
    expect(merged.contextActivities!.category!.map((c) => c.id)).to.deep.equal(['https://lms.example.org/cat', CMI5_CATEGORY]);
    expect(merged.extensions).to.deep.equal({ [SESSION_EXT]: 'abc', 'https://x.example.org/e': 1 });
    expect(template.contextActivities.category).to.deep.equal({ id: 'https://lms.example.org/cat' });
  });
});
