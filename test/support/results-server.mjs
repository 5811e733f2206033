// Test-only results endpoints for the team element's `results-src`, mounted as middleware of
// @web/test-runner. Also the worked example of README "Team results from your server": a small LRS that
// wants credentials, and a proxy in front of it that adds them, so the page never holds any.
//
// POST /__results/<name>             stores a data set (JSON body):
//                                      { items: [...], shape: 'array' | 'results' | 'statements',
//                                        pageSize?: n, failPage?: n, failStatus?: 500 }
//                                      (cleared with { items: [] }); answers { ok: true }
// GET  /__results/<name>             'array': the items; 'results': { results: items };
//                                    'statements': page 1 of an xAPI StatementResult
// GET  /__results/<name>/statements?more=<page>   the next pages; `more` is an IRL without scheme and host,
//                                    as an LRS gives it: /__results/<name>/statements?more=2
//                                    failPage answers failStatus (default 500) instead
//
// GET  /__results/lrs/<name>/statements[?more=…]  the same pages as an LRS: 401 without the Basic
//                                    credentials below and X-Experience-API-Version, `more` under /__results/lrs/
// GET  /__results/proxy/<name>[?more=…]           the host's proxy: adds the credentials server-side, asks
//                                    the LRS, and rewrites `more` to its own path. The page uses only this URL.
const sets = new Map();
export const LRS_KEY = 'quickscan-reader';
export const LRS_SECRET = 'not-in-the-page';
const AUTH = `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString('base64')}`;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Page `page` (1-based) of a statements data set: { statements, more } with `more` under `prefix`. */
function statementPage(set, page, prefix) {
  const size = set.pageSize ?? 50;
  const statements = set.items.slice((page - 1) * size, page * size);
  const more = page * size < set.items.length ? `${prefix}?more=${page + 1}` : '';
  return { statements, more };
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
}

export function resultsMiddleware() {
  return async function results(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__results/')) return next();
    const parts = url.pathname.split('/').slice(2);
    const page = Number(url.searchParams.get('more') ?? 1) || 1;

    if (parts[0] === 'proxy') {
      // The host's own endpoint: credentials live here, on the server, never in the page.
      const lrsUrl = new URL(`/__results/lrs/${parts[1]}/statements`, `http://${ctx.request.host}`);
      if (url.searchParams.has('more')) lrsUrl.searchParams.set('more', url.searchParams.get('more'));
      const response = await fetch(lrsUrl, { headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' } });
      if (!response.ok) return json(ctx, 502, { error: `LRS answered ${response.status}` });
      const body = await response.json();
      // `more` points at the LRS; the page can only follow it through the proxy.
      if (body.more) body.more = body.more.replace(`/__results/lrs/${parts[1]}/statements`, `/__results/proxy/${parts[1]}`);
      return json(ctx, 200, body);
    }

    if (parts[0] === 'lrs') {
      if (ctx.get('Authorization') !== AUTH || !ctx.get('X-Experience-API-Version')) return json(ctx, 401, { error: 'unauthorized' });
      const set = sets.get(parts[1]);
      if (!set) return json(ctx, 404, { error: 'no such data set' });
      return json(ctx, 200, statementPage(set, page, `/__results/lrs/${parts[1]}/statements`));
    }

    const name = parts[0];
    if (ctx.method === 'POST') {
      sets.set(name, await readBody(ctx.req));
      return json(ctx, 200, { ok: true });
    }
    const set = sets.get(name);
    if (!set) return json(ctx, 404, { error: 'no such data set' });
    if (set.shape === 'array') return json(ctx, 200, set.items);
    if (set.shape === 'results') return json(ctx, 200, { results: set.items });
    if (set.failPage === page) {
      ctx.status = set.failStatus ?? 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    }
    return json(ctx, 200, statementPage(set, page, `/__results/${name}/statements`));
  };
}
