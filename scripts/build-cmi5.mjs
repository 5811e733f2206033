// Builds the cmi5 course package, after the standalone bundle (dist/sociale-veiligheid-quickscan.js):
//   dist/cmi5/sociale-veiligheid-quickscan-cmi5.zip
// It holds cmi5.xml at its root (a course structure with one AU: moveOn "Completed", launchMethod
// "AnyWindow", url index.html), index.html (the AU page) and quickscan-au.js: one classic script
// with the element bundle and the cmi5 AU runtime (src/adapters/cmi5/) inside, so no other URL.
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { BUNDLE, path, readJson, requireBundle, root } from './package-inputs.mjs';

requireBundle('build-cmi5');
const pkg = await readJson('package.json');
const nl = await readJson('content/nl.json');
const en = await readJson('content/en.json');
const MAJOR = pkg.version.split('.')[0];

export const COURSE_ID = `urn:sociale-veiligheid-quickscan:cmi5:course:v${MAJOR}`;
export const AU_ID = `urn:sociale-veiligheid-quickscan:cmi5:au:scan:v${MAJOR}`;

const out = await build({
  stdin: {
    contents: `import './${BUNDLE}';
      import { startCmi5Page } from './src/adapters/cmi5/au-page.ts';
      startCmi5Page();`,
    resolveDir: path('.'),
    sourcefile: 'cmi5-entry.js',
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  write: false,
  tsconfig: path('tsconfig.json'),
  logLevel: 'warning',
});
const auJs = out.outputFiles[0].text;

const escapeXml = (s) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
const langstrings = (texts, indent) =>
  Object.entries(texts)
    .map(([lang, text]) => `${indent}<langstring lang="${lang}">${escapeXml(text)}</langstring>`)
    .join('\n');
const TITLES = { nl: nl.title, en: en.title };
const DESCRIPTIONS = {
  nl: 'Zelfscan van de vier pijlers van interne sociale veiligheid (Jeugdzorg werkt!, mei 2024), met een score per pijler.',
  en: 'Self-scan of the four pillars of internal social safety (Jeugdzorg werkt!, May 2024), scored per pillar.',
};

const CMI5_XML = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_ID}">
    <title>
${langstrings(TITLES, '      ')}
    </title>
    <description>
${langstrings(DESCRIPTIONS, '      ')}
    </description>
  </course>
  <au id="${AU_ID}" moveOn="Completed" launchMethod="AnyWindow">
    <title>
${langstrings(TITLES, '      ')}
    </title>
    <description>
${langstrings(DESCRIPTIONS, '      ')}
    </description>
    <url>index.html</url>
  </au>
</courseStructure>
`;

const AU_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeXml(nl.title)}</title>
    <style>
:root{color-scheme:light dark;background:#fff;color:#1d2430}
@media (prefers-color-scheme:dark){:root{background:#15191f;color:#e8ecf1}}
html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{padding:1rem;max-width:60rem;margin:0 auto}
.cmi5-notice{margin:0 0 1rem;padding:.5rem .75rem;border-inline-start:.25rem solid #5b6b82;background:rgb(91 107 130 / .1)}
.cmi5-notice[hidden],.cmi5-exit[hidden]{display:none}
.cmi5-exit{margin-top:1rem;font:inherit;padding:.5rem 1rem;min-height:2.75rem}
@media print{.cmi5-notice,.cmi5-exit{display:none}}
    </style>
    <script src="quickscan-au.js" defer></script>
  </head>
  <body>
    <main>
      <p class="cmi5-notice" data-cmi5-notice role="status" hidden></p>
      <sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>
      <button type="button" class="cmi5-exit" data-cmi5-exit hidden></button>
      <noscript>Deze quickscan heeft JavaScript nodig. / This quickscan needs JavaScript.</noscript>
    </main>
  </body>
</html>
`;

// Fixed dates: the same sources give the same zip.
const MTIME = new Date('2024-05-01T00:00:00Z');
const entry = (text) => [strToU8(text), { mtime: MTIME }];
const bytes = zipSync(
  { 'cmi5.xml': entry(CMI5_XML), 'index.html': entry(AU_HTML), 'quickscan-au.js': entry(auJs) },
  { level: 9 },
);
await mkdir(path('dist/cmi5'), { recursive: true });
await writeFile(path('dist/cmi5/sociale-veiligheid-quickscan-cmi5.zip'), bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`build-cmi5: dist/cmi5/sociale-veiligheid-quickscan-cmi5.zip (${kb(bytes.length)}; quickscan-au.js ${kb(auJs.length)})`);
