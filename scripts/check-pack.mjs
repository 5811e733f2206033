// Checks what `npm pack` would publish (run after `npm run build`): the types, the npm output, the
// standalone bundle, the embed page and helper, the SCORM packages and the content are in; tests,
// fixtures, sources, demos and tooling are out; every entry point of package.json exists in the tarball.
// Usage: node scripts/check-pack.mjs   (exit code 1 and a list of problems when something is off)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
const [report] = JSON.parse(out);
const files = new Map(report.files.map((f) => [f.path, f.size]));
const paths = [...files.keys()];
const problems = [];

const MUST = [
  'package.json',
  'README.md',
  'LICENSE',
  'docs/embedding.md',
  'custom-elements.json',
  'lib/index.js',
  'lib/index.d.ts',
  'lib/sociale-veiligheid-quickscan.js',
  'lib/sociale-veiligheid-quickscan.d.ts',
  'lib/events.d.ts',
  'lib/frameworks/react.d.ts',
  'lib/frameworks/vue.d.ts',
  'lib/adapters/xapi.js',
  'lib/adapters/xapi.d.ts',
  'lib/adapters/scorm-bridge.d.ts',
  'lib/adapters/embed-host.d.ts',
  'dist/sociale-veiligheid-quickscan.js',
  'dist/single/sociale-veiligheid-quickscan.js',
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed.css',
  'dist/quickscan-embed-host.js',
  'dist/scorm/sociale-veiligheid-quickscan-scorm12.zip',
  'dist/scorm/sociale-veiligheid-quickscan-scorm2004.zip',
  'content/nl.json',
  'content/en.json',
];
for (const p of MUST) if (!files.has(p)) problems.push(`missing: ${p}`);

const MUST_NOT = [
  [/^test\//, 'tests'],
  [/(^|\/)__fixtures__\/|^test\/fixtures\//, 'fixtures'],
  [/\.test\.(js|ts|d\.ts|mjs)$/, 'test files'],
  [/^src\//, 'TypeScript sources'],
  [/^(demo|bench|scripts|xliff|node_modules|\.github|\.ci)\//, 'demo/tooling'],
  [/^(tsconfig|web-test-runner|web-dev-server|rollup|lit-localize)[^/]*$/, 'configuration'],
  [/(^|\/)\.[^/]+$/, 'dotfiles'],
  [/\.tgz$/, 'tarballs'],
  [/^test-results\.json$/, 'test results'],
];
for (const p of paths) {
  for (const [re, what] of MUST_NOT) if (re.test(p)) problems.push(`should not be published (${what}): ${p}`);
}

// Every entry point in package.json resolves to a published file.
const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements].filter(Boolean));
const walk = (v) => {
  if (typeof v === 'string') targets.add(v);
  else if (v && typeof v === 'object') Object.values(v).forEach(walk);
};
walk(pkg.exports);
for (const t of targets) {
  const p = t.replace(/^\.\//, '');
  if (p.includes('*')) {
    const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    if (!paths.some((f) => re.test(f))) problems.push(`export pattern matches nothing: ${t}`);
  } else if (!files.has(p)) problems.push(`entry point not published: ${t}`);
}

// Every .js in lib/ has its declaration file.
for (const p of paths) {
  if (/^lib\/.*\.js$/.test(p) && !files.has(p.replace(/\.js$/, '.d.ts'))) problems.push(`no types for ${p}`);
}

// Loose ends an integrator runs into (issue 11, item 23).
const read = (p) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

// The packed Markdown links only to files that are packed too (or to anchors and absolute URLs).
for (const md of paths.filter((p) => p.endsWith('.md'))) {
  const text = read(md);
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(target)) continue;
    const file = new URL(target.split('#')[0], `file:///${md}`).pathname.slice(1);
    if (!files.has(file)) problems.push(`${md} links to ${target}, which is not published`);
  }
}

// A LICENSE file that matches package.json's license.
if (files.has('LICENSE')) {
  const license = read('LICENSE');
  if (pkg.license === 'MIT' && !/^MIT License\b/.test(license)) problems.push('LICENSE is not the MIT licence package.json names');
  if (!/Copyright \(c\) \d{4}/.test(license)) problems.push('LICENSE has no copyright line');
}

// The standalone bundle works when an editor copies only the .js: no sourceMappingURL comment that
// would 404 (the map is published beside it for whoever wants it).
const STANDALONE = 'dist/sociale-veiligheid-quickscan.js';
if (existsSync(new URL(`../${STANDALONE}`, import.meta.url)) && /[#@] sourceMappingURL=/.test(read(STANDALONE))) {
  problems.push(`${STANDALONE} ends with a sourceMappingURL comment (404 when only the .js is copied)`);
}

// README code shows score() with the three arguments it needs: score(content, answers, { locale }).
{
  const code = [...read('README.md').matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
  const calls = [...code.matchAll(/\bscore\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].map((m) => m[1]);
  const topLevelArgs = (args) => {
    let depth = 0;
    let n = args.trim() ? 1 : 0;
    for (const c of args) {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === ',' && depth === 0) n++;
    }
    return n;
  };
  if (!calls.length) problems.push('README shows no score(…) call');
  for (const args of calls) if (topLevelArgs(args) < 3) problems.push(`README calls score(${args}) without the options argument ({ locale })`);
}

const MAX_UNPACKED = 6 * 1024 * 1024;
if (report.unpackedSize > MAX_UNPACKED) problems.push(`unpacked size ${report.unpackedSize} B over ${MAX_UNPACKED} B`);

console.log(
  `check-pack: ${report.name}@${report.version}: ${report.entryCount} files, ${(report.size / 1024).toFixed(1)} KiB packed, ${(report.unpackedSize / 1024).toFixed(1)} KiB unpacked`,
);
if (problems.length) {
  console.error(problems.map((p) => `check-pack: ${p}`).join('\n'));
  process.exit(1);
}
console.log('check-pack: ok');
