// Size check of the standalone bundles (gzip -9), run by CI after the build.
// - The first Dutch visit: the entry (dist/sociale-veiligheid-quickscan.js) and the chunks it imports
//   statically: enforced against issue 13's target (24 KB).
// - The bytes per journey (what a person's browser fetches), computed from rollup's chunk graph
//   (dist/chunks.json, written by rollup.config.mjs): the entry's static closure plus the closure of
//   each dynamic import the journey takes.
// - The single file (dist/single/…js, everything inlined) against its own regression budget.
// `--report` only prints.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Issue 13's target, enforced: CI fails above it. History: code splitting alone 24,319 B; with the plan,
// comparison and share hooks 25,546 B; then reactive properties without decorators, step inputs reused
// instead of `keyed`, the progress bar as an SVG rect, the results' print rules and the error view moved
// to their chunks: 24,235 B.
const FIRST_VISIT_BUDGET = 24 * 1024;
// The single file holds everything: 54 KB with code splitting alone, 77.9 KB once the plan, comparison
// (overview chart) and share-code features were merged in, 77.4 KB without decorators, 78.0 KB with the
// results in stages, the views fetched ahead, the first step's rehearsal and the zod-free comparison
// and measure check (their zod forms are in this file too); budget 79 KB.
const SINGLE_BUDGET = 79 * 1024;
const ENTRY = 'sociale-veiligheid-quickscan.js';

const dist = new URL('../dist/', import.meta.url);
const chunks = JSON.parse(readFileSync(new URL('chunks.json', dist), 'utf8'));
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The files loaded once `roots` are imported: each with everything it imports statically. */
function closure(roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks[file].imports) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

/** The chunk rollup named `name` (from the module a dynamic import loads). */
function chunkNamed(name) {
  const file = Object.keys(chunks).find((f) => !chunks[f].entry && chunks[f].name === name);
  if (!file) throw new Error(`size: no chunk named ${name} in dist/chunks.json`);
  return file;
}

const journeys = [
  ['nl intro (first Dutch visit)', []],
  ['nl to results', ['results-chunk']],
  ['en intro', ['locale-en']],
  ['src content (validated, zod)', ['load']],
  ['team (built-in content)', ['team-chunk']],
  ['everything', Object.keys(chunks).filter((f) => !chunks[f].entry).map((f) => chunks[f].name)],
];

const rows = journeys.map(([label, names]) => {
  const files = closure([ENTRY, ...names.map(chunkNamed)]);
  return { label, files: files.size, bytes: [...files].reduce((sum, f) => sum + gz(f), 0) };
});
const first = rows[0].bytes;
const single = gz('single/sociale-veiligheid-quickscan.js');

console.log('size: bytes per journey (JS+CSS, gzip -9 per file, summed)');
console.log('| journey | files | B gzip |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${r.files} | ${r.bytes} |`);
console.log(
  `size: first Dutch visit ${first} B (${kb(first)}); budget (issue 13's target) ${kb(FIRST_VISIT_BUDGET)}: ${first > FIRST_VISIT_BUDGET ? `over by ${first - FIRST_VISIT_BUDGET} B` : `met, ${FIRST_VISIT_BUDGET - first} B to spare`}`,
);
console.log(`size: dist/single/sociale-veiligheid-quickscan.js ${single} B (${kb(single)}), budget ${kb(SINGLE_BUDGET)}`);

if (!process.argv.includes('--report')) {
  let failed = false;
  if (first > FIRST_VISIT_BUDGET) failed = !!console.error(`size: the first Dutch visit is over its budget by ${first - FIRST_VISIT_BUDGET} B`) || true;
  if (single > SINGLE_BUDGET) failed = !!console.error(`size: the single file is over its budget by ${single - SINGLE_BUDGET} B`) || true;
  if (failed) process.exit(1);
}
