// First-visit bytes per journey: what a person's browser downloads on a first visit (cold cache), for
// the journeys of issue 13. Counted from the browser's CDP Network events, so every file the page
// fetches counts, however many chunk files the build splits into (static imports, import(),
// modulepreload, prefetch): each response's body as transferred (gzip, as the bench server sends every
// response: its Content-Length), checked against Resource Timing's encodedBodySize where the page has
// an entry. The HTML page itself is not counted; content JSON is listed separately.
import { coldTab, evaluate } from './browser.mjs';
import { SETTLE } from './drivers.mjs';
import { FEEL_INIT, personScan } from './person.mjs';

export const JOURNEYS = [
  { key: 'nl-intro', label: 'nl intro (first Dutch visit)', path: '/bench/quickscan.html' },
  { key: 'nl-results', label: 'nl to results (whole scan)', path: '/bench/quickscan.html', scan: true },
  { key: 'en-intro', label: 'en intro (lang="en" page)', path: '/bench/quickscan-en.html' },
  { key: 'src', label: 'src content (src="/content/nl.json")', path: '/bench/quickscan-src.html' },
  { key: 'team', label: 'team (mode="team")', path: '/bench/quickscan-team.html' },
];

const IDLE_MS = 500;

/** Follows the tab's requests: in flight, and every finished response with its transferred body size. */
export function networkLog(cdp, origin) {
  const requests = new Map();
  let inflight = 0;
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) inflight++;
    requests.set(e.requestId, { url: e.request.url, type: e.type, status: null, length: null, finished: false, failed: null });
    lastChange = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.mime = e.response.mimeType;
    r.length = headers['content-length'] !== undefined ? Number(headers['content-length']) : null;
    r.fromCache = e.response.fromDiskCache || e.response.fromPrefetchCache || false;
  });
  const done = (e, failed) => {
    const r = requests.get(e.requestId);
    if (!r || r.finished) return;
    r.finished = true;
    r.failed = failed;
    if (!failed && r.length === null) r.length = e.encodedDataLength;
    inflight--;
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => done(e, null));
  cdp.on('Network.loadingFailed', (e) => done(e, e.errorText));
  return {
    /** Resolves when nothing has been in flight for IDLE_MS (at most `ms`). */
    async idle(ms = 15000) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        if (inflight === 0 && Date.now() - lastChange >= IDLE_MS) return;
        await new Promise((ok) => setTimeout(ok, 50));
      }
      throw new Error('bench journeys: the network never went idle');
    },
    /** The finished responses from our origin: { path, kind, encoded, status, failed }. */
    responses() {
      return [...requests.values()]
        .filter((r) => r.url.startsWith(origin + '/'))
        .map((r) => {
          const path = new URL(r.url).pathname;
          const kind = r.type === 'Document' ? 'html' : /\.json$/.test(path) || /json/.test(r.mime ?? '') ? 'json' : 'code';
          return { path, kind, encoded: r.length ?? 0, status: r.status, failed: r.failed, fromCache: !!r.fromCache };
        });
    },
  };
}

/** Resource Timing of the page: path → summed encodedBodySize (a cross-check of the CDP numbers). */
export const TIMING = `(() => {
  const out = {};
  for (const r of performance.getEntriesByType('resource')) {
    if (r.name.startsWith('data:')) continue;
    const p = new URL(r.name).pathname;
    out[p] = (out[p] || 0) + r.encodedBodySize;
  }
  return out;
})()`;

/** The bytes of one journey from the network log's responses and the page's Resource Timing (TIMING). */
export function tally(j, all, timing) {
  const bad = all.filter((r) => r.failed || (r.status !== null && r.status >= 400));
  if (bad.length) throw new Error(`bench journeys: ${j.key}: failed requests: ${bad.map((r) => `${r.path} ${r.failed ?? r.status}`).join(', ')}`);
  const files = all.filter((r) => r.kind !== 'html');
  const sum = (xs) => xs.reduce((a, r) => a + r.encoded, 0);
  // Resource Timing sees what the document fetched; per path it must agree with the network log where it
  // has an entry. (A file fetched twice, e.g. by a prefetch and a modulepreload, is counted twice by both.)
  const paths = [...new Set(files.map((r) => r.path))];
  const network = (p) => sum(files.filter((r) => r.path === p));
  const mismatch = paths.filter((p) => timing[p] !== undefined && timing[p] !== 0 && timing[p] !== network(p));
  const code = files.filter((r) => r.kind === 'code');
  const json = files.filter((r) => r.kind === 'json');
  return {
    key: j.key,
    label: j.label,
    code: sum(code),
    codeFiles: code.length,
    json: sum(json),
    jsonFiles: json.length,
    html: sum(all.filter((r) => r.kind === 'html')),
    files: files.map(({ path, kind, encoded }) => ({ path, kind, encoded })),
    timingMismatch: mismatch.map((p) => ({ path: p, network: network(p), timing: timing[p] })),
  };
}

/** One journey in a fresh context: load, first screen, (scan to the results), network idle; bytes. */
async function journey(browser, origin, j) {
  const { context, tab, cdp, errors } = await coldTab(browser);
  try {
    const net = networkLog(cdp, origin);
    await cdp.send('Network.enable');
    if (j.scan) {
      await cdp.send('Page.enable');
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FEEL_INIT });
    }
    await tab.goto(origin + j.path, { waitUntil: 'load' });
    await evaluate(cdp, SETTLE);
    await net.idle();
    if (j.scan) {
      await personScan(tab, cdp, 'quickscan');
      await net.idle();
    }
    const timing = await evaluate(cdp, TIMING);
    if (errors.length) throw new Error(`${j.key}: page errors: ${errors.join('; ')}`);
    return tally(j, net.responses(), timing);
  } finally {
    await context.close();
  }
}

/**
 * Every journey once (bytes do not vary from run to run; with `check` a second load is compared to
 * catch it if they do), except those in `skip` (bench/feel.mjs takes nl-intro and nl-results from its
 * person-driven quickscan runs).
 */
export async function runJourneys({ browser, origin, log = () => {}, check = true, skip = [] }) {
  const out = [];
  for (const j of JOURNEYS.filter((x) => !skip.includes(x.key))) {
    const r = await journey(browser, origin, j);
    if (check && !j.scan) {
      const again = await journey(browser, origin, j);
      if (again.code !== r.code || again.json !== r.json) r.unstable = { code: again.code, json: again.json };
    }
    log(`journey ${j.key}: ${r.code} B in ${r.codeFiles} file(s)${r.json ? `, JSON ${r.json} B` : ''}`);
    out.push(r);
  }
  return out;
}
