// The built SCORM packages (dist/scorm/*.zip) against scorm-again, the real SCORM 1.2 and 2004
// run-time an LMS would provide. This page plays the LMS: it installs the API and opens the package's
// index.html in an iframe. A service worker serves the files straight from the zip, and nothing else.
import { expect } from '@open-wc/testing';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { strFromU8, unzipSync } from 'fflate';
import type { Result } from '../../src/scoring/result-schema.js';
import { overallScore } from '../../src/adapters/measures.js';
import { decodeSuspendData } from '../../src/adapters/suspend-data.js';
import { answerStep, completeScan, next, start, statements, choose, type Scan } from '../support/scan.js';
import { addFrame, cleanup, loaded, waitFor } from './helpers.js';

// scorm-again's ES modules export the classes by name; its type declarations say "default".
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API;
const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default }).Scorm2004API;
type Scorm12API = InstanceType<typeof Scorm12API>;
type Scorm2004API = InstanceType<typeof Scorm2004API>;

type Version = '1.2' | '2004';
const PKG: Record<Version, string> = {
  '1.2': 'sociale-veiligheid-quickscan-scorm12',
  '2004': 'sociale-veiligheid-quickscan-scorm2004',
};
const PREFIX = '/test/pages/scorm-pkg/';

let worker: ServiceWorker;

async function serviceWorker(): Promise<ServiceWorker> {
  const reg = await navigator.serviceWorker.register('/test/pages/adapters-scorm-sw.js', { type: 'module', scope: PREFIX });
  const sw = (reg.installing ?? reg.waiting ?? reg.active)!;
  if (sw.state !== 'activated') {
    await new Promise<void>((resolve) => sw.addEventListener('statechange', () => sw.state === 'activated' && resolve()));
  }
  return reg.active!;
}

function ask<T>(message: string): Promise<T> {
  const channel = new MessageChannel();
  const answer = new Promise<T>((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
  worker.postMessage(message, [channel.port2]);
  return answer;
}

type AnyApi = (Scorm12API | Scorm2004API) & { on(name: string, fn: (...a: unknown[]) => void): void };

/** Installs a fresh scorm-again API on this window, as an LMS would, optionally with stored data. */
function installLms(version: Version, stored?: Record<string, unknown>) {
  const api = (version === '1.2' ? new Scorm12API({ logLevel: 5 } as never) : new Scorm2004API({ logLevel: 5 } as never)) as AnyApi;
  if (stored) api.loadFromJSON(stored as never);
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
  w[version === '1.2' ? 'API' : 'API_1484_11'] = api;
  const log = { commits: [] as string[], terminated: 0, initialized: 0 };
  const loc = () => (version === '1.2' ? cmi(api).core.lesson_location : cmi(api).location);
  api.on(version === '1.2' ? 'LMSCommit' : 'Commit', () => log.commits.push(loc()));
  api.on(version === '1.2' ? 'LMSFinish' : 'Terminate', () => (log.terminated += 1));
  api.on(version === '1.2' ? 'LMSInitialize' : 'Initialize', () => (log.initialized += 1));
  return { api, log };
}

/** Everything the LMS holds (also write-only elements), as the JSON it would store. */
function cmi(api: AnyApi): any {
  return JSON.parse(JSON.stringify(api.renderCMIToJSONObject())).cmi;
}

async function launch(version: Version, query = ''): Promise<{ frame: HTMLIFrameElement; el: Scan }> {
  const frame = addFrame({ src: `${PREFIX}${PKG[version]}/index.html${query}` }, 900);
  await loaded(frame);
  const el = await waitFor(() => {
    const found = frame.contentDocument?.querySelector('sociale-veiligheid-quickscan') as Scan | null;
    return found?.shadowRoot?.querySelector('[part~="start-button"], [part~="step"], [part~="results"]') ? found : null;
  }, 8000, 'the SCO to render');
  await el.updateComplete;
  return { frame, el };
}

/** Leaves the SCO as a learner closing it would: the page unloads (pagehide). */
async function leave(frame: HTMLIFrameElement) {
  frame.src = 'about:blank';
  await loaded(frame);
}

function uninstallLms() {
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
}

const pick = (_id: string, i: number): number | 'unknown' => (i === 1 ? 'unknown' : (i % 5) + 1);

describe('SCORM packages', () => {
  before(async () => {
    worker = await serviceWorker();
  });
  beforeEach(async () => {
    await ask('reset');
  });
  afterEach(() => {
    cleanup();
    uninstallLms();
  });

  for (const version of ['1.2', '2004'] as const) {
    describe(`SCORM ${version}`, () => {
      it('initialises, commits on each step, and on completion sets status, score and one objective per pillar; terminates when the learner leaves', async () => {
        const { api, log } = installLms(version);
        const { frame, el } = await launch(version);
        expect(log.initialized).to.equal(1);
        const first = cmi(api);
        expect(version === '1.2' ? first.core.lesson_status : first.completion_status).to.equal('incomplete');

        await start(el);
        await waitFor(() => log.commits.includes('0'), 3000, 'a commit at step 0');
        const completed = new Promise<Result>((resolve) => el.addEventListener('quickscan-complete', (e) => resolve((e as CustomEvent<Result>).detail), { once: true }));
        for (let s = 0; s < 4; s++) {
          await answerStep(el, pick);
          await next(el);
        }
        const result = await completed;
        const status = () => (version === '1.2' ? cmi(api).core.lesson_status : cmi(api).completion_status);
        await waitFor(() => status() === 'completed' && log.commits.at(-1) === 'results', 3000, 'completed and committed');
        // The session stays open for the plan of action made on the results view.
        expect(log.terminated).to.equal(0);
        expect(log.commits.slice(-5)).to.include.members(['1', '2', '3']);
        expect(log.commits.at(-1)).to.equal('results');

        const data = cmi(api);
        const overall = overallScore(result)!;
        expect(overall).to.be.a('number');
        const saved = decodeSuspendData(data.suspend_data)!;
        expect(saved.step).to.equal('results');
        expect(saved.answers).to.deep.equal(el.answers);
        expect(saved.completedAt).to.equal(result.completedAt);
        const objectives = Object.values(data.objectives) as any[];
        expect(objectives.map((o) => o.id)).to.deep.equal(result.pillars.map((p) => p.id));
        if (version === '1.2') {
          expect(data.core.lesson_status).to.equal('completed');
          expect(data.core.score).to.deep.equal({ raw: String(overall), min: '0', max: '100' });
          expect(data.core.lesson_location).to.equal('results');
          expect(data.core.exit).to.equal('suspend');
          expect(data.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
          expect(data.suspend_data.length).to.be.at.most(4096);
          result.pillars.forEach((p, i) => {
            expect(objectives[i].status).to.equal('completed');
            expect(objectives[i].score.raw).to.equal(p.score === null ? '' : String(p.score));
          });
        } else {
          expect(data.completion_status).to.equal('completed');
          expect(data.success_status).to.equal('unknown');
          expect(data.progress_measure).to.equal('1');
          expect(data.score).to.deep.equal({ scaled: String(overall / 100), raw: String(overall), min: '0', max: '100' });
          expect(data.location).to.equal('results');
          expect(data.exit).to.equal('suspend');
          expect(data.session_time).to.match(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
          result.pillars.forEach((p, i) => {
            expect(objectives[i].completion_status).to.equal('completed');
            expect(objectives[i].success_status).to.equal('unknown');
            expect(objectives[i].description).to.equal(p.title);
            expect(objectives[i].score.scaled).to.equal(p.score === null ? '' : String(p.score / 100));
            expect(objectives[i].score.raw).to.equal(p.score === null ? '' : String(p.score));
          });
        }
        await leave(frame);
        await waitFor(() => log.terminated === 1, 3000, 'terminate on leaving');
      });

      it('saves progress when the learner leaves, and resumes answers and step from suspend_data', async () => {
        const first = installLms(version);
        const { frame, el } = await launch(version);
        await start(el);
        await answerStep(el, () => 4);
        await next(el);
        await answerStep(el, () => 2);
        await next(el);
        choose(statements(el)[0], 'unknown');
        await el.updateComplete;
        const answers = el.answers;
        expect(Object.keys(answers)).to.have.length(11);
        await leave(frame);
        await waitFor(() => first.log.terminated === 1, 3000, 'terminate on pagehide');
        const stored = cmi(first.api);
        expect(version === '1.2' ? stored.core.exit : stored.exit).to.equal('suspend');
        expect(version === '1.2' ? stored.core.lesson_location : stored.location).to.equal('2');
        expect(version === '1.2' ? stored.core.lesson_status : stored.completion_status).to.equal('incomplete');
        if (version === '2004') expect(Number(stored.progress_measure)).to.be.closeTo(11 / 18, 1e-4);

        // The LMS launches the SCO again with what it stored.
        const resumeData =
          version === '1.2'
            ? { suspend_data: stored.suspend_data, core: { entry: 'resume', lesson_location: stored.core.lesson_location, lesson_status: stored.core.lesson_status } }
            : { suspend_data: stored.suspend_data, entry: 'resume', location: stored.location, completion_status: stored.completion_status };
        const second = installLms(version, resumeData);
        cleanup();
        const again = await launch(version);
        await waitFor(() => again.el.step === 2, 3000, 'back on step 3 (index 2)');
        expect(again.el.answers).to.deep.equal(answers);
        expect(second.log.initialized).to.equal(1);

        // …and can finish from there.
        await answerStep(again.el, () => 5);
        await next(again.el);
        await answerStep(again.el, () => 5);
        await next(again.el);
        await waitFor(() => (version === '1.2' ? cmi(second.api).core.lesson_status : cmi(second.api).completion_status) === 'completed', 3000, 'completed');
        const done = cmi(second.api);

        // A completed attempt opens on its results.
        const third = installLms(version, version === '1.2' ? { suspend_data: done.suspend_data, core: { entry: 'resume' } } : { suspend_data: done.suspend_data, entry: 'resume' });
        cleanup();
        const reopened = await launch(version);
        await waitFor(() => reopened.el.step === 'results', 3000, 'the results');
        expect(reopened.el.shadowRoot!.querySelector('[part~="results"]')).to.exist;
        expect(reopened.el.result!.answers).to.have.length(18);
        expect(third.log.initialized).to.equal(1);
      });
    });
  }

  it('takes the language from the LMS (learner preference) unless lang is in the query', async () => {
    installLms('1.2', { student_preference: { language: 'en' } });
    const { el } = await launch('1.2');
    await waitFor(() => el.locale === 'en', 3000, 'English');
    cleanup();
    const { log } = installLms('2004', { learner_preference: { language: 'en' } });
    const viaQuery = await launch('2004', '?lang=nl');
    // Sentinel: the bridge commits right after it read the learner's language, and the page sets its
    // language in that same task; once the commit is seen, a wrong language would already be on its way.
    await waitFor(() => log.commits.length > 0, 3000, 'the first commit');
    await viaQuery.el.updateComplete;
    expect(viaQuery.el.locale).to.equal('nl');
  });

  it('works as a plain page without an LMS API', async () => {
    uninstallLms();
    const { frame, el } = await launch('2004', '?lang=en');
    const errors: string[] = [];
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    expect(el.locale).to.equal('en');
    const result = await completeScan(el);
    expect(result.answers).to.have.length(18);
    expect(el.shadowRoot!.querySelector('[part~="results"]')).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('asks for no file outside the package', async () => {
    installLms('1.2');
    const { el } = await launch('1.2');
    await completeScan(el);
    const requests = await ask<string[]>('requests');
    const zip = unzipSync(new Uint8Array(await (await fetch(`/dist/scorm/${PKG['1.2']}.zip`)).arrayBuffer()));
    expect(requests.length).to.be.greaterThan(1);
    for (const url of requests) {
      const u = new URL(url);
      expect(u.origin + u.pathname.slice(0, PREFIX.length + PKG['1.2'].length + 1), url).to.equal(`${location.origin}${PREFIX}${PKG['1.2']}/`);
      expect(Object.keys(zip), url).to.include(decodeURIComponent(u.pathname.slice(PREFIX.length + PKG['1.2'].length + 1)));
    }
  });

  describe('manifests', () => {
    const NS = {
      '1.2': { cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', scormType: 'scormtype', schemaversion: '1.2' },
      '2004': { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3', scormType: 'scormType', schemaversion: '2004 4th Edition' },
    } as const;
    const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
    const NCNAME = /^[A-Za-z_][\w.-]*$/;

    for (const version of ['1.2', '2004'] as const) {
      it(`SCORM ${version}: imsmanifest.xml at the root, per the rules of the version, listing exactly the package's files`, async () => {
        const res = await fetch(`/dist/scorm/${PKG[version]}.zip`, { cache: 'no-store' });
        expect(res.ok).to.equal(true);
        const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
        const names = Object.keys(entries);
        expect(names).to.include('imsmanifest.xml');
        expect(names.every((n) => !n.includes('/') && !n.startsWith('.')), 'flat package, manifest at the root').to.equal(true);

        const xml = new DOMParser().parseFromString(strFromU8(entries['imsmanifest.xml']), 'application/xml');
        expect(xml.querySelector('parsererror'), 'well-formed XML').to.equal(null);
        const ns = NS[version];
        const root = xml.documentElement;
        expect(root.localName).to.equal('manifest');
        expect(root.namespaceURI).to.equal(ns.cp);
        const el = (parent: Element | Document, name: string) => [...parent.getElementsByTagNameNS(ns.cp, name)];

        // Schema declarations: every namespace in use is located.
        const locations = root.getAttributeNS(XSI, 'schemaLocation')!.trim().split(/\s+/);
        const declared = new Set(locations.filter((_, i) => i % 2 === 0));
        expect(declared.has(ns.cp)).to.equal(true);
        expect(declared.has(ns.adlcp)).to.equal(true);
        if (version === '2004') {
          for (const n of ['http://www.adlnet.org/xsd/adlseq_v1p3', 'http://www.adlnet.org/xsd/adlnav_v1p3', 'http://www.imsglobal.org/xsd/imsss']) expect(declared.has(n), n).to.equal(true);
        }
        expect(el(xml, 'schema')[0].textContent).to.equal('ADL SCORM');
        expect(el(xml, 'schemaversion')[0].textContent).to.equal(ns.schemaversion);

        // Identifiers: present, xs:ID (NCName), unique; references resolve.
        const ids = [...xml.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')!);
        expect(ids.every((id) => NCNAME.test(id)), ids.join()).to.equal(true);
        expect(new Set(ids).size).to.equal(ids.length);
        const orgs = el(xml, 'organization');
        expect(orgs).to.have.length(1);
        expect(el(xml, 'organizations')[0].getAttribute('default')).to.equal(orgs[0].getAttribute('identifier'));
        expect(el(orgs[0], 'title')[0].textContent).to.match(/Quickscan/);
        const resources = el(xml, 'resource');
        const items = el(xml, 'item');
        expect(items).to.have.length(1);
        expect(items.map((i) => i.getAttribute('identifierref'))).to.deep.equal(resources.map((r) => r.getAttribute('identifier')));

        // The SCO: scormtype (1.2) / scormType (2004) in the adlcp namespace, href and files in the zip.
        expect(resources).to.have.length(1);
        const sco = resources[0];
        expect(sco.getAttributeNS(ns.adlcp, ns.scormType)).to.equal('sco');
        const wrongCase = ns.scormType === 'scormtype' ? 'scormType' : 'scormtype';
        expect(sco.hasAttributeNS(ns.adlcp, wrongCase)).to.equal(false);
        expect(sco.getAttribute('type')).to.equal('webcontent');
        expect(names).to.include(sco.getAttribute('href')!);
        const files = el(sco, 'file').map((f) => f.getAttribute('href')!);
        expect([...files].sort()).to.deep.equal(names.filter((n) => n !== 'imsmanifest.xml').sort());

        // index.html loads only package files: relative, no scheme, no protocol-relative URL.
        const html = new DOMParser().parseFromString(strFromU8(entries['index.html']), 'text/html');
        expect(html.documentElement.dataset.scormVersion).to.equal(version);
        const refs = [...html.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')!);
        expect(refs.length).to.be.greaterThan(0);
        for (const ref of refs) {
          expect(ref).to.not.match(/^([a-z]+:|\/)/i);
          expect(names).to.include(ref);
        }
        if (version === '2004') {
          const seq = items[0].getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'deliveryControls')[0];
          expect(seq.getAttribute('completionSetByContent')).to.equal('true');
        }
      });
    }
  });
});

// The plan of action (issue 14): kept in suspend_data beside the answers when it fits the version's
// limit (1.2: 4,096 characters, 2004: 64,000); otherwise the answers are kept and the learner is told.
describe('SCORM packages: the plan of action', () => {
  before(async () => {
    worker = await serviceWorker();
  });
  beforeEach(async () => {
    await ask('reset');
  });
  afterEach(() => {
    cleanup();
    uninstallLms();
  });

  /** Completes the scan in the SCO, gives it a large plan (as a host would) and adds one measure from a suggestion. */
  async function planInSco(el: Scan, size: number): Promise<void> {
    await completeScan(el, () => 2);
    const pillarId = el.loadedContent!.pillars[0].id;
    // Few spaces, so URI encoding does not grow it much: 40 × 500 characters ≈ 21,000.
    el.plan = {
      updatedAt: '2026-01-01T00:00:00.000Z',
      measures: Array.from({ length: size }, (_, i) => ({ id: `m${i}`, pillarId, text: `Maatregel-${i}-`.padEnd(500, 'x'), status: 'open' })),
    };
    await el.updateComplete;
    const plan = await waitFor(() => el.shadowRoot!.querySelector('svq-plan')?.shadowRoot?.querySelector('[part~="suggest-measure-button"]') as HTMLElement | null, 4000, 'the plan view');
    plan.click();
    await el.updateComplete;
  }

  it('SCORM 1.2: a small plan is stored; one over 4,096 characters is not, and the learner is told to download it', async () => {
    const { api, log } = installLms('1.2');
    const { frame, el } = await launch('1.2');
    await planInSco(el, 0);
    await waitFor(() => decodeSuspendData(cmi(api).suspend_data)?.plan, 3000, 'the plan in suspend_data');
    expect(decodeSuspendData(cmi(api).suspend_data)!.plan).to.deep.equal(el.plan);
    const doc = frame.contentDocument!;
    expect(doc.getElementById('quickscan-plan-storage-notice')).to.equal(null);

    el.plan = { ...el.plan!, measures: [...el.plan!.measures, ...Array.from({ length: 20 }, (_, i) => ({ id: `big${i}`, pillarId: el.plan!.measures[0].pillarId, text: 'x'.repeat(400), status: 'open' as const }))] };
    await el.updateComplete;
    const commits = log.commits.length;
    const button = await waitFor(() => el.shadowRoot!.querySelector('svq-plan')?.shadowRoot?.querySelector('[part~="suggest-measure-button"]') as HTMLElement | null, 4000, 'a suggestion');
    button.click();
    await waitFor(() => log.commits.length > commits, 3000, 'a commit after the change');
    const notice = doc.getElementById('quickscan-plan-storage-notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('Download het (CSV of agenda)');
    const saved = decodeSuspendData(cmi(api).suspend_data)!;
    expect(cmi(api).suspend_data.length).to.be.at.most(4096);
    expect(saved.plan, 'the plan is left out').to.equal(undefined);
    expect(saved.answers, 'the answers are kept').to.deep.equal(el.answers);
    await leave(frame);
    await waitFor(() => log.terminated === 1, 3000, 'terminate on leaving');
  });

  it('SCORM 2004: a plan of 20,000 characters is stored and comes back on the next launch', async () => {
    const first = installLms('2004');
    const { frame, el } = await launch('2004');
    await planInSco(el, 40);
    await waitFor(() => decodeSuspendData(cmi(first.api).suspend_data)?.plan, 3000, 'the plan in suspend_data');
    const plan = el.plan!;
    expect(plan.measures).to.have.length(41);
    const stored = cmi(first.api);
    expect(stored.suspend_data.length).to.be.greaterThan(20000).and.at.most(64000);
    expect(decodeSuspendData(stored.suspend_data)!.plan).to.deep.equal(plan);
    expect(frame.contentDocument!.getElementById('quickscan-plan-storage-notice')).to.equal(null);
    await leave(frame);
    await waitFor(() => first.log.terminated === 1, 3000, 'terminate on leaving');

    installLms('2004', { suspend_data: cmi(first.api).suspend_data, entry: 'resume' });
    cleanup();
    const again = await launch('2004');
    await waitFor(() => again.el.step === 'results' && again.el.plan, 3000, 'the results with the plan');
    expect(again.el.plan).to.deep.equal(plan);
    expect(again.el.result!.plan).to.deep.equal(plan);
  });
});
