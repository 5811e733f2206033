// What the package builders (build-embed, build-h5p, build-cmi5) start from: the repository's paths, the
// single-file bundle they wrap, and the JSON files they read.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export const root = new URL('../', import.meta.url);
export const path = (p) => new URL(p, root).pathname;
// The single file (dynamic imports inlined): one self-contained script is simplest for packages.
export const BUNDLE = 'dist/single/sociale-veiligheid-quickscan.js';

/** Stops the builder `tool` with a clear message when the bundle has not been built yet. */
export function requireBundle(tool) {
  if (existsSync(path(BUNDLE))) return;
  console.error(`${tool}: ${BUNDLE} is missing; run rollup (npm run build) first.`);
  process.exit(1);
}

export const readJson = async (p) => JSON.parse(await readFile(path(p), 'utf8'));
