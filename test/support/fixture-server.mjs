// Test-only HTTP fixtures for content loading: real status codes, broken bodies, slow responses and
// pages served with a strict Content-Security-Policy. Mounted as middleware of @web/test-runner.
import { readFile } from 'node:fs/promises';
import { resolve, normalize } from 'node:path';

const root = resolve(process.cwd());
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

async function readProjectFile(path) {
  const file = normalize(resolve(root, path.replace(/^\/+/, '')));
  if (!file.startsWith(root)) throw new Error('outside project');
  return readFile(file);
}

/** Held responses: /__fixtures/held/<key>/… waits until /__fixtures/release/<key> is asked. */
function gates() {
  const map = new Map();
  return (key) => {
    if (!map.has(key)) {
      let open, served;
      const gate = { opened: new Promise((r) => (open = r)), served: new Promise((r) => (served = r)) };
      map.set(key, Object.assign(gate, { open, serve: served }));
    }
    return map.get(key);
  };
}

export function fixtureMiddleware() {
  const seen = new Set();
  const gate = gates();
  return async function fixtures(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__fixtures/')) return next();
    const [, , kind, ...rest] = url.pathname.split('/');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await sleep(Math.min(delay, 10000));
    ctx.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'hang': {
        // /__fixtures/hang: never answers; the request ends only when the browser gives up on it.
        await new Promise((r) => ctx.req.once('close', r));
        ctx.status = 204;
        return;
      }
      case 'status': {
        ctx.status = Number(rest[0]) || 500;
        ctx.type = 'text/plain';
        ctx.body = `status ${ctx.status}`;
        return;
      }
      case 'body': {
        // /__fixtures/body?text=...&type=... returns exactly that body with status 200.
        ctx.status = 200;
        ctx.type = url.searchParams.get('type') ?? 'application/json';
        ctx.body = url.searchParams.get('text') ?? '';
        return;
      }
      case 'file': {
        // /__fixtures/file/content/nl.json?delay=500 serves a project file, optionally late.
        try {
          ctx.body = await readProjectFile(rest.join('/'));
          ctx.type = rest.at(-1)?.split('.').pop() ?? 'application/octet-stream';
          ctx.status = 200;
        } catch {
          ctx.status = 404;
        }
        return;
      }
      case 'held': {
        // /__fixtures/held/<key>/content/nl.json: answers with the file only once the test releases <key>.
        const [key, ...path] = rest;
        const g = gate(key);
        g.arrived = true;
        await Promise.race([g.opened, new Promise((r) => ctx.req.once('close', r))]);
        try {
          ctx.body = await readProjectFile(path.join('/'));
          ctx.type = 'json';
          ctx.status = 200;
        } catch {
          ctx.status = 404;
        }
        g.serve();
        return;
      }
      case 'release': {
        // /__fixtures/release/<key>: lets the held response go and answers once it is on its way.
        const g = gate(rest[0]);
        g.open();
        // A request the browser aborted before sending never arrives: nothing to wait for then.
        if (g.arrived) await g.served;
        ctx.status = 204;
        return;
      }
      case 'flaky': {
        // /__fixtures/flaky/<key>/content/nl.json: 503 the first time a key is asked, the file after that.
        const [key, ...path] = rest;
        if (!seen.has(key)) {
          seen.add(key);
          ctx.status = 503;
          ctx.body = 'try again';
          return;
        }
        try {
          ctx.body = await readProjectFile(path.join('/'));
          ctx.type = 'json';
          ctx.status = 200;
        } catch {
          ctx.status = 404;
        }
        return;
      }
      case 'csp': {
        // /__fixtures/csp/test/pages/csp.html: a project page served with the strict CSP + Trusted Types.
        try {
          ctx.body = await readProjectFile(rest.join('/'));
          ctx.type = 'text/html';
          ctx.set('Content-Security-Policy', STRICT_CSP);
          ctx.status = 200;
        } catch {
          ctx.status = 404;
        }
        return;
      }
      default:
        return next();
    }
  };
}
