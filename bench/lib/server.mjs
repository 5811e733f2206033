// The benchmark's HTTP server: node:http on 127.0.0.1, a free port. Every response is compressed once
// with gzip -9 and sent with Content-Encoding: gzip, so transferred bytes are real gzip bytes. Files
// are read once per server and cached: a rebuild of dist/ during a run does not mix versions.
// Content-hashed files are sent as immutable (see HASHED), the rest with no-cache.
//   /bench/<page>.html   the pages of bench/pages, filled in by pages.mjs (plus /bench/blank.html)
//   /dist/… /lib/… /content/… /node_modules/…   files of the repository
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGE_NAMES, loadContent, renderPage } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALLOWED = /^\/(dist|lib|content|node_modules)\//;
// Content-hashed build files (name-<hash>.js / .css, as rollup's chunks: 8+ characters with a digit or capital): immutable, as a host would
// serve them, so a chunk prefetched early is not downloaded again when it is imported. Everything else
// (the entry file keeps its stable name) is revalidated. (Every load starts with a cold cache anyway.)
const HASHED = /^\/dist\/.*[-.](?=[\w-]*[0-9A-Z])[\w-]{8,21}\.(m?js|css)$/;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function serveBench({ port = 0 } = {}) {
  const content = loadContent();
  const cache = new Map();

  /** { raw, gzip, body, type } of a path, or null when it is not served. */
  async function get(path) {
    if (cache.has(path)) return cache.get(path);
    let raw = null;
    const page = /^\/bench\/([\w-]+)\.html$/.exec(path);
    if (page && PAGE_NAMES.includes(page[1])) raw = Buffer.from(renderPage(page[1], content));
    else if (ALLOWED.test(path) && !normalize(path).includes('..')) {
      try {
        raw = await readFile(ROOT + normalize(path).slice(1));
      } catch {
        raw = null;
      }
    }
    const entry = raw && { raw, body: gzipSync(raw, { level: 9 }), type: TYPES[extname(path)] ?? 'application/octet-stream' };
    cache.set(path, entry);
    return entry;
  }

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const entry = await get(path);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': entry.type,
      'content-encoding': 'gzip',
      'content-length': entry.body.length,
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(entry.body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Raw and gzip -9 bytes of what is served at `path` (read once and cached like every response). */
    async sizes(path) {
      const entry = await get(path);
      if (!entry) throw new Error(`bench: ${path} is not served (run npm run build first?)`);
      return { raw: entry.raw.length, gzip: entry.body.length };
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
