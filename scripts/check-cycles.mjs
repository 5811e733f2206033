// Folder-level import cycles in src/: no folder may import a folder that (directly or through others)
// imports it back. Prints the cycles and exits 1 when there is one. Usage: node scripts/check-cycles.mjs [dir]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(process.argv[2] ?? 'src');
const IGNORED = new Set(['generated']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** The top folder under src/ a file belongs to ('.' for files directly in src/). */
const folderOf = (path) => relative(SRC, path).split(/[\\/]/).slice(0, -1)[0] ?? '.';

const edges = new Map();
for (const file of files(SRC)) {
  const from = folderOf(file);
  if (IGNORED.has(from)) continue;
  const text = readFileSync(file, 'utf8');
  for (const [, staticSpec, dynamicSpec] of text.matchAll(/(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const to = folderOf(resolve(dirname(file), staticSpec ?? dynamicSpec));
    if (to === from || to === '.' || IGNORED.has(to) || to.startsWith('..')) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

// Root files (index, define, events, localization) are entry points and shared leaves; cycles are
// looked for among the folders.
const cycles = [];
const state = new Map();
function visit(node, path) {
  state.set(node, 'open');
  for (const next of edges.get(node) ?? []) {
    if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(node, 'done');
}
for (const node of edges.keys()) if (!state.has(node)) visit(node, [node]);

for (const [from, tos] of [...edges].sort()) console.log(`${from} → ${[...tos].sort().join(', ')}`);
if (cycles.length) {
  console.error(`check-cycles: ${cycles.length} folder cycle(s):\n  ${cycles.join('\n  ')}`);
  process.exit(1);
}
console.log('check-cycles: no import cycle between folders of src/');
