// Builds the H5P content type package, after the standalone bundle (dist/sociale-veiligheid-quickscan.js):
//   dist/h5p/sociale-veiligheid-quickscan.h5p
// A .h5p is a zip: h5p.json (the content's metadata, naming its main library), content/content.json
// (the author's parameters) and the library folder H5P.SocialeVeiligheidQuickscan-1.0/ with
// library.json, semantics.json (what the H5P editor asks: language, own content, theme) and the
// library's JS and CSS. The JS is one classic script with the element bundle inside: no other URL.
// Upload it in Moodle (Content bank / H5P activity), WordPress (H5P plugin) or Drupal (H5P module).
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { BUNDLE, path, readJson, requireBundle } from './package-inputs.mjs';

requireBundle('build-h5p');
const pkg = await readJson('package.json');
const nl = await readJson('content/nl.json');
const [, , PATCH] = pkg.version.split('.').map(Number);

export const MACHINE_NAME = 'H5P.SocialeVeiligheidQuickscan';
const MAJOR = 1;
const MINOR = 0;
const LIBRARY_DIR = `${MACHINE_NAME}-${MAJOR}.${MINOR}`;
const JS_FILE = 'sociale-veiligheid-quickscan-h5p.js';
const CSS_FILE = 'sociale-veiligheid-quickscan-h5p.css';

const out = await build({
  stdin: {
    contents: `import './${BUNDLE}';
      import { defineH5pLibrary } from './src/adapters/h5p/library.ts';
      defineH5pLibrary();`,
    resolveDir: path('.'),
    sourcefile: 'h5p-entry.js',
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
const libraryJs = out.outputFiles[0].text;
const libraryCss = `.h5p-sociale-veiligheid-quickscan{padding:.5rem 1rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.h5p-sociale-veiligheid-quickscan sociale-veiligheid-quickscan{display:block}
`;

const libraryJson = {
  title: 'Quickscan sociale veiligheid',
  description:
    'Self-scan of the four pillars of internal social safety (Jeugdzorg werkt!, May 2024); Dutch and English, scored per pillar.',
  machineName: MACHINE_NAME,
  majorVersion: MAJOR,
  minorVersion: MINOR,
  patchVersion: Number.isInteger(PATCH) ? PATCH : 0,
  runnable: 1,
  fullscreen: 0,
  embedTypes: ['iframe'],
  author: 'sociale-veiligheid-quickscan contributors',
  license: 'MIT',
  coreApi: { majorVersion: 1, minorVersion: 19 },
  preloadedJs: [{ path: JS_FILE }],
  preloadedCss: [{ path: CSS_FILE }],
};

const semantics = [
  {
    name: 'lang',
    type: 'select',
    label: 'Language / Taal',
    description: 'The language of the scan: its texts and the built-in content.',
    options: [
      { value: 'nl', label: 'Nederlands' },
      { value: 'en', label: 'English' },
    ],
    default: 'nl',
  },
  {
    name: 'theme',
    type: 'select',
    label: 'Theme / Thema',
    description: 'Light or dark; "automatic" follows the device setting.',
    options: [
      { value: 'auto', label: 'Automatic / Automatisch' },
      { value: 'light', label: 'Light / Licht' },
      { value: 'dark', label: 'Dark / Donker' },
    ],
    default: 'auto',
  },
  {
    name: 'content',
    type: 'text',
    widget: 'textarea',
    label: 'Own content (JSON) / Eigen inhoud (JSON)',
    description:
      'Optional. Paste your own content JSON (the format of content/nl.json); leave empty for the built-in scan. Mistakes are shown as readable errors in the scan.',
    optional: true,
    importance: 'low',
    maxLength: 500000,
    default: '',
  },
];

const h5pJson = {
  title: nl.title,
  language: 'nl',
  defaultLanguage: 'nl',
  mainLibrary: MACHINE_NAME,
  embedTypes: ['iframe'],
  license: 'U',
  preloadedDependencies: [{ machineName: MACHINE_NAME, majorVersion: MAJOR, minorVersion: MINOR }],
};
const contentJson = { lang: 'nl', theme: 'auto', content: '' };

const json = (value) => JSON.stringify(value, null, 2) + '\n';
// Fixed dates: the same sources give the same zip.
const MTIME = new Date('2024-05-01T00:00:00Z');
const entry = (text) => [strToU8(text), { mtime: MTIME }];
const bytes = zipSync(
  {
    'h5p.json': entry(json(h5pJson)),
    'content/content.json': entry(json(contentJson)),
    [`${LIBRARY_DIR}/library.json`]: entry(json(libraryJson)),
    [`${LIBRARY_DIR}/semantics.json`]: entry(json(semantics)),
    [`${LIBRARY_DIR}/${JS_FILE}`]: entry(libraryJs),
    [`${LIBRARY_DIR}/${CSS_FILE}`]: entry(libraryCss),
  },
  { level: 9 },
);
await mkdir(path('dist/h5p'), { recursive: true });
await writeFile(path('dist/h5p/sociale-veiligheid-quickscan.h5p'), bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`build-h5p: dist/h5p/sociale-veiligheid-quickscan.h5p (${kb(bytes.length)}; ${JS_FILE} ${kb(libraryJs.length)})`);
