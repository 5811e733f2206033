// Builds what embeds the quickscan elsewhere, after the standalone bundle (dist/sociale-veiligheid-quickscan.js):
//   dist/embed.html + dist/embed.js + dist/embed.css  the iframe page (no inline script: works under script-src 'self')
//   dist/quickscan-embed-host.js                      the host-side helper (classic script, sizes the iframe, re-fires events)
//   dist/scorm/sociale-veiligheid-quickscan-scorm12.zip    SCORM 1.2 package
//   dist/scorm/sociale-veiligheid-quickscan-scorm2004.zip  SCORM 2004 4th edition package
// Each SCORM zip holds imsmanifest.xml at its root, index.html (the SCO) and quickscan-sco.js: one
// classic script with the element bundle and the SCORM bridge inside, so the package needs no other
// URL and also opens from disk. The XSD files are not included (see docs/embedding.md).
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { BUNDLE, path, readJson, requireBundle, root } from './package-inputs.mjs';

requireBundle('build-embed');
const pkg = await readJson('package.json');
const nl = await readJson('content/nl.json');
const TITLE = nl.title;

// The element bundle stays a separate file beside embed.js: `import "./sociale-veiligheid-quickscan.js"`.
const bundleBeside = {
  name: 'bundle-beside',
  setup(b) {
    b.onResolve({ filter: /^\.\/sociale-veiligheid-quickscan\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function js(entry, { format, target = 'es2022', external = false }) {
  const out = await build({
    stdin: { contents: entry, resolveDir: path('.'), sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    format,
    target,
    minify: true,
    legalComments: 'none',
    write: false,
    tsconfig: path('tsconfig.json'),
    plugins: external ? [bundleBeside] : [],
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

const escapeXml = (s) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);

// ——— page styles (shared by the embed page and the SCO) ———
const PAGE_CSS = `:root{color-scheme:light dark;background:#fff;color:#1d2430}
:root[data-theme=light]{color-scheme:light}
:root[data-theme=dark]{color-scheme:dark;background:#15191f;color:#e8ecf1}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){background:#15191f;color:#e8ecf1}}
html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{padding:1rem;max-width:60rem;margin:0 auto}
@media print{main{padding:0;max-width:none}}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
`;

// ——— the iframe page ———
const EMBED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // content JSON (the `src` parameter) may live on another origin
  'connect-src *',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const EMBED_HTML = `<!doctype html>
<html lang="nl" data-theme="auto">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">
    <title>${escapeXml(TITLE)}</title>
    <link rel="stylesheet" href="embed.css">
    <script type="module" src="embed.js"></script>
  </head>
  <body>
    <main data-quickscan-mount>
      <noscript>Deze quickscan heeft JavaScript nodig. / This quickscan needs JavaScript.</noscript>
    </main>
  </body>
</html>
`;

const embedJs = await js(
  `import './sociale-veiligheid-quickscan.js';
   import { startEmbedPage } from './src/adapters/embed-page.ts';
   startEmbedPage();`,
  { format: 'esm', external: true },
);
const hostJs = await js(
  `import { connectEmbedHost } from './src/adapters/embed-host.ts';
   if (!window.QuickscanEmbedHost) window.QuickscanEmbedHost = connectEmbedHost();`,
  { format: 'iife', target: 'es2019' },
);
await writeFile(path('dist/embed.html'), EMBED_HTML);
await writeFile(path('dist/embed.css'), PAGE_CSS);
await writeFile(path('dist/embed.js'), embedJs);
await writeFile(path('dist/quickscan-embed-host.js'), hostJs);

// ——— SCORM packages ———
const scoJs = await js(
  `import './${BUNDLE}';
   import { startScoPage } from './src/adapters/scorm-sco.ts';
   startScoPage();`,
  { format: 'iife' },
);

const scoHtml = (version) => `<!doctype html>
<html lang="nl" data-scorm-version="${version}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeXml(TITLE)}</title>
    <style>
${PAGE_CSS}    </style>
    <script src="quickscan-sco.js" defer></script>
  </head>
  <body>
    <main>
      <sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>
      <noscript>Deze quickscan heeft JavaScript nodig. / This quickscan needs JavaScript.</noscript>
    </main>
  </body>
</html>
`;

const SCO_FILES = ['index.html', 'quickscan-sco.js'];
const fileList = SCO_FILES.map((f) => `        <file href="${f}"/>`).join('\n');
const title = escapeXml(TITLE);

const MANIFEST_12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="sociale-veiligheid-quickscan-scorm12" version="${escapeXml(pkg.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="svq-org">
    <organization identifier="svq-org">
      <title>${title}</title>
      <item identifier="svq-item" identifierref="svq-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="svq-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;

const MANIFEST_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="sociale-veiligheid-quickscan-scorm2004" version="${escapeXml(pkg.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="svq-org">
    <organization identifier="svq-org">
      <title>${title}</title>
      <item identifier="svq-item" identifierref="svq-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="svq-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;

// Fixed dates: the same sources give the same zip.
const MTIME = new Date('2024-05-01T00:00:00Z');
function zip(version, manifest) {
  const entry = (text) => [strToU8(text), { mtime: MTIME }];
  return zipSync(
    {
      'imsmanifest.xml': entry(manifest),
      'index.html': entry(scoHtml(version)),
      'quickscan-sco.js': entry(scoJs),
    },
    { level: 9 },
  );
}

await mkdir(path('dist/scorm'), { recursive: true });
const zips = {
  'dist/scorm/sociale-veiligheid-quickscan-scorm12.zip': zip('1.2', MANIFEST_12),
  'dist/scorm/sociale-veiligheid-quickscan-scorm2004.zip': zip('2004', MANIFEST_2004),
};
for (const [file, bytes] of Object.entries(zips)) await writeFile(path(file), bytes);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  [
    `build-embed: dist/embed.html, dist/embed.js (${kb(embedJs.length)}), dist/embed.css, dist/quickscan-embed-host.js (${kb(hostJs.length)})`,
    ...Object.entries(zips).map(([f, b]) => `build-embed: ${f} (${kb(b.length)}; quickscan-sco.js ${kb(scoJs.length)})`),
  ].join('\n'),
);
