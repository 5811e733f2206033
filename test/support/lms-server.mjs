// Test-only LMS pieces for the H5P and cmi5 tests, mounted as middleware of @web/test-runner:
//
// /__h5p/player/<file>            h5p-standalone's dist/ (main.bundle.js, frame.bundle.js, styles/…)
// /__h5p/package/<name>/<path>    the files of dist/h5p/<name>.h5p, as a site serves an unpacked .h5p
// /__h5p/content/<key>/content.json  a content.json with other author parameters (POST it first)
//
//   h5p-standalone's npm install script insists on yarn (`npx only-allow yarn`), which breaks `npm ci`
//   for the whole project. So it is not a dependency: the first request fetches its tarball with
//   `npm pack h5p-standalone@3.8.2` (no scripts run), checks its sha512 against the pinned one and
//   unpacks it into node_modules/.cache/h5p-standalone-3.8.2/.
//
// /__cmi5/<zip name>/<path>       the files of dist/cmi5/<zip name>.zip
//
// /__lrs/<session>/…              a small cmi5 LMS + LRS, one per session name a test picks:
//   POST fetch                     the auth token, once (a second call gets a cmi5 error, §8.2.3)
//   GET  xapi/activities/state     LMS.LaunchData (contextTemplate with publisher id and session id)
//   GET  xapi/agents/profile       cmi5LearnerPreferences (404 unless the setup gave languages)
//   POST xapi/statements           records statements (with their headers); needs the token and
//                                  X-Experience-API-Version, like a real LRS
//   GET  xapi/statements           queries them (registration, verb, activity) across sessions
//   POST setup                     { launchMode, returnURL, languagePreference, failStatements }
//   GET  log                       everything recorded, as JSON
//   GET  returned                  the returnURL page
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(process.cwd());
const H5P_STANDALONE = 'h5p-standalone@3.8.2';
const H5P_STANDALONE_SHA512 = 'r7eQtTzBk/dbaQZ+tA9XD5FeSmyMxlypRZXudiheCnC8zAT0/zNgUvO4MZtZaznwfYVo98o7do5uxLTUQrxxwg==';
const PLAYER_DIR = join(root, 'node_modules/.cache/h5p-standalone-3.8.2');
export const LRS_PUBLISHER_ID = 'urn:sociale-veiligheid-quickscan:cmi5:au:scan:v0';
const TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  woff: 'font/woff',
  gif: 'image/gif',
};
const typeOf = (p) => TYPES[p.split('.').pop()] ?? 'application/octet-stream';

let player;
/** h5p-standalone's dist folder, fetched and verified once. */
function playerDir() {
  player ??= (async () => {
    const dist = join(PLAYER_DIR, 'package/dist');
    if (existsSync(join(dist, 'main.bundle.js'))) return dist;
    const tmp = await mkdtemp(join(tmpdir(), 'h5p-standalone-'));
    try {
      const out = execFileSync('npm', ['pack', H5P_STANDALONE, '--json', '--pack-destination', tmp], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const [info] = JSON.parse(out);
      const tgz = join(tmp, info.filename);
      const sha = createHash('sha512').update(await readFile(tgz)).digest('base64');
      if (sha !== H5P_STANDALONE_SHA512) throw new Error(`${H5P_STANDALONE}: unexpected sha512 ${sha}`);
      const unpacked = join(tmp, 'unpacked');
      await mkdir(unpacked);
      execFileSync('tar', ['-xzf', tgz, '-C', unpacked]);
      await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
      await rm(PLAYER_DIR, { recursive: true, force: true });
      await rename(unpacked, PLAYER_DIR);
      return dist;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  })();
  player.catch(() => (player = undefined));
  return player;
}

async function h5pPackage(name) {
  const bytes = await readFile(join(root, 'dist/h5p', `${name}.h5p`));
  return unzipSync(new Uint8Array(bytes));
}

function readBody(ctx) {
  return new Promise((res, rej) => {
    const chunks = [];
    ctx.req.on('data', (c) => chunks.push(c));
    ctx.req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    ctx.req.on('error', rej);
  });
}

const sessions = new Map();
const contents = new Map();
function session(name) {
  if (!sessions.has(name)) {
    sessions.set(name, {
      token: `dGVzdDp${randomUUID().replace(/-/g, '')}`,
      fetchCalls: 0,
      sessionId: randomUUID(),
      launchMode: 'Normal',
      returnURL: undefined,
      languagePreference: undefined,
      failStatements: false,
      requests: [],
      statements: [],
    });
  }
  return sessions.get(name);
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function lrs(ctx, name, rest) {
  const s = session(name);
  const route = rest.join('/');
  const url = new URL(ctx.url, 'http://localhost');
  s.requests.push({ method: ctx.method, route, query: Object.fromEntries(url.searchParams), headers: { ...ctx.headers } });
  if (route === 'setup' && ctx.method === 'POST') {
    Object.assign(s, JSON.parse((await readBody(ctx)) || '{}'));
    return json(ctx, 200, { ok: true });
  }
  if (route === 'log') {
    return json(ctx, 200, { token: s.token, sessionId: s.sessionId, fetchCalls: s.fetchCalls, requests: s.requests, statements: s.statements });
  }
  if (route === 'returned') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><title>LMS</title><p id="returned">Back in the LMS</p></html>';
    return;
  }
  if (route === 'fetch') {
    if (ctx.method !== 'POST') return json(ctx, 405, {});
    s.fetchCalls += 1;
    // §8.2.3: the token is handed out once per launch.
    if (s.fetchCalls > 1) return json(ctx, 200, { 'error-code': '1', 'error-text': 'Already in use' });
    return json(ctx, 200, { 'auth-token': s.token });
  }
  if (!route.startsWith('xapi/')) return json(ctx, 404, {});
  if (ctx.headers.authorization !== `Basic ${s.token}`) return json(ctx, 401, { error: 'unauthorized' });
  if (!ctx.headers['x-experience-api-version']?.startsWith('1.0')) return json(ctx, 400, { error: 'X-Experience-API-Version missing' });
  const resource = route.slice('xapi/'.length);
  if (resource === 'activities/state' && ctx.method === 'GET') {
    if (url.searchParams.get('stateId') !== 'LMS.LaunchData') return json(ctx, 404, {});
    return json(ctx, 200, {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: LRS_PUBLISHER_ID }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': s.sessionId },
      },
      launchMode: s.launchMode,
      moveOn: 'Completed',
      ...(s.returnURL ? { returnURL: s.returnURL } : {}),
    });
  }
  if (resource === 'agents/profile' && ctx.method === 'GET') {
    if (!s.languagePreference) return json(ctx, 404, {});
    return json(ctx, 200, { languagePreference: s.languagePreference, audioPreference: 'on' });
  }
  if (resource === 'statements' && ctx.method === 'GET') {
    // Enough of the statements query for the AU: filter by registration, verb and activity.
    const q = url.searchParams;
    const found = [...sessions.values()]
      .flatMap((other) => other.statements.map((r) => r.statement))
      .filter(
        (st) =>
          (!q.get('registration') || st.context?.registration === q.get('registration')) &&
          (!q.get('verb') || st.verb?.id === q.get('verb')) &&
          (!q.get('activity') || st.object?.id === q.get('activity')),
      );
    return json(ctx, 200, { statements: found.slice(0, Number(q.get('limit')) || undefined), more: '' });
  }
  if (resource === 'statements' && (ctx.method === 'POST' || ctx.method === 'PUT')) {
    if (s.failStatements) return json(ctx, 503, { error: 'down' });
    const body = JSON.parse(await readBody(ctx));
    const list = Array.isArray(body) ? body : [body];
    for (const statement of list) s.statements.push({ statement, headers: { ...ctx.headers } });
    return json(ctx, 200, list.map((st) => st.id ?? randomUUID()));
  }
  return json(ctx, 404, {});
}

export function lmsMiddleware() {
  // Start fetching the player now (cached after the first run), so no test waits for the download.
  playerDir().catch(() => undefined);
  return async function lms(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
    if (parts[0] === '__lrs' && parts[1]) {
      ctx.set('Cache-Control', 'no-store');
      return lrs(ctx, parts[1], parts.slice(2));
    }
    if (parts[0] === '__cmi5' && parts[1]) {
      // /__cmi5/<zip name>/<path>: the files of dist/cmi5/<zip name>.zip, as an LMS serves an imported course.
      ctx.set('Cache-Control', 'no-store');
      try {
        const files = unzipSync(new Uint8Array(await readFile(join(root, 'dist/cmi5', `${parts[1]}.zip`))));
        const path = parts.slice(2).join('/');
        if (!files[path]) {
          ctx.status = 404;
          return;
        }
        ctx.body = Buffer.from(files[path]);
        ctx.type = typeOf(path);
        ctx.status = 200;
      } catch {
        ctx.status = 404;
      }
      return;
    }
    if (parts[0] !== '__h5p') return next();
    ctx.set('Cache-Control', 'no-store');
    try {
      if (parts[1] === 'player') {
        const dist = await playerDir();
        const file = normalize(join(dist, ...parts.slice(2)));
        if (!file.startsWith(dist)) throw new Error('outside');
        ctx.body = await readFile(file);
        ctx.type = typeOf(file);
        ctx.status = 200;
        return;
      }
      if (parts[1] === 'content') {
        // /__h5p/content/<key>/content.json: other author parameters, POSTed there first.
        if (ctx.method === 'POST') {
          contents.set(parts[2], await readBody(ctx));
          ctx.status = 204;
          return;
        }
        if (!contents.has(parts[2])) {
          ctx.status = 404;
          return;
        }
        ctx.body = contents.get(parts[2]);
        ctx.type = 'application/json';
        ctx.status = 200;
        return;
      }
      if (parts[1] === 'package') {
        const files = await h5pPackage(parts[2]);
        const path = parts.slice(3).join('/');
        if (!files[path]) {
          ctx.status = 404;
          return;
        }
        ctx.body = Buffer.from(files[path]);
        ctx.type = typeOf(path);
        ctx.status = 200;
        return;
      }
      ctx.status = 404;
    } catch (error) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = String(error?.message ?? error);
    }
  };
}
