// A minimal CommonJS loader for the browser tests: loads a package from /node_modules with synchronous
// requests and runs it as Node would (module, exports, require). Used to run the real xAPI validation
// library (xapi-validation, CommonJS with lazy require() calls) in the browser, unchanged.

// Entry files, written out: the test server turns package.json into a JS module.
const MAIN: Record<string, string> = {
  'xapi-validation': 'dist/index.js',
  rulr: 'dist/index.js',
  lodash: 'lodash.js',
};

interface Module {
  exports: any;
}

const cache = new Map<string, Module>();

function fetchText(url: string): string | null {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.send();
  return xhr.status === 200 ? xhr.responseText : null;
}

function locate(spec: string, from: string): { url: string; source: string } {
  const candidates: string[] = [];
  if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) {
    const base = new URL(spec, from).href;
    candidates.push(base, `${base}.js`, `${base}/index.js`);
  } else {
    const main = MAIN[spec];
    if (!main) throw new Error(`cjs: no entry known for package "${spec}"`);
    candidates.push(new URL(`/node_modules/${spec}/${main}`, location.origin).href);
  }
  for (const url of candidates) {
    if (!/\.js$/.test(url)) continue;
    const source = fetchText(url);
    if (source !== null) return { url, source };
  }
  throw new Error(`cjs: cannot find "${spec}" from ${from}`);
}

export function requireCjs(spec: string, from = `${location.origin}/`): any {
  const { url, source } = locate(spec, from);
  const cached = cache.get(url);
  if (cached) return cached.exports;
  const module: Module = { exports: {} };
  cache.set(url, module);
  const dirname = url.slice(0, url.lastIndexOf('/') + 1);
  const run = new Function('exports', 'require', 'module', '__filename', '__dirname', `${source}\n//# sourceURL=${url}`);
  run.call(module.exports, module.exports, (s: string) => requireCjs(s, url), module, url, dirname);
  return module.exports;
}
