// Test-only service worker: serves the files of a built SCORM zip as an LMS would after unpacking it.
//   /test/pages/scorm-pkg/<zip name without .zip>/<path in the zip>  ←  /dist/scorm/<zip name>.zip
// A path that is not in the zip gets 404. Every request of a page it controls is recorded (ask with
// a message "requests" on a MessageChannel), so a test can prove the package needs no other URL.
import { unzipSync } from '/node_modules/fflate/esm/browser.js';

const PREFIX = '/test/pages/scorm-pkg/';
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', xml: 'application/xml', css: 'text/css' };
const zips = new Map();
const requests = [];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (event.data === 'requests') event.ports[0].postMessage(requests.slice());
  if (event.data === 'reset') {
    requests.length = 0;
    zips.clear();
    event.ports[0].postMessage('ok');
  }
});

async function files(name) {
  if (!zips.has(name)) {
    zips.set(
      name,
      fetch(`/dist/scorm/${name}.zip`, { cache: 'no-store' }).then(async (r) => {
        if (!r.ok) throw new Error(`no zip ${name}`);
        return unzipSync(new Uint8Array(await r.arrayBuffer()));
      }),
    );
  }
  return zips.get(name);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  requests.push(url.href);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(PREFIX)) {
    // Anything outside the package: refused, so a hidden dependency fails loudly.
    event.respondWith(new Response('outside the package', { status: 404 }));
    return;
  }
  const [name, ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const path = decodeURIComponent(rest.join('/'));
  event.respondWith(
    files(name).then(
      (entries) => {
        const data = entries[path];
        if (!data) return new Response('not in the package', { status: 404 });
        const ext = path.split('.').pop();
        return new Response(data, { status: 200, headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' } });
      },
      () => new Response('no such package', { status: 404 }),
    ),
  );
});
