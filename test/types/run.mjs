// Consumer type test: compiles a small TypeScript project (test/types/consumer) with `tsc --strict`
// against the PACKED package, as an integrator gets it: `npm pack`, the tarball installed into a
// temporary project together with @types/react and vue (the consumer's own devDependencies, not this
// package's), then tsc. Covers events on document/window/the element, the element's properties, and
// the React 19 and Vue typings (`@ts-expect-error` lines prove the types are not `any`).
// Usage (after npm run build): node test/types/run.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'svq-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
let failed = false;
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  const tarball = join(dir, packed.filename);
  const project = join(dir, 'consumer');
  cpSync(join(root, 'test/types/consumer'), project, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    const out = run(process.execPath, [tsc, '-p', 'tsconfig.json', '--strict', '--noEmit', '--pretty', 'false'], project);
    if (out.trim()) console.log(out.trim());
    console.log(`types: the packed ${packed.name}@${packed.version} compiles for the consumer (tsc --strict: DOM events, React 19, Vue)`);
  } catch (e) {
    failed = true;
    console.error(`types: tsc --strict failed against the packed package:\n${(e.stdout ?? '') + (e.stderr ?? '')}`);
  }
} catch (e) {
  failed = true;
  console.error(`types: could not set up the consumer project: ${e.message}\n${e.stderr ?? ''}`);
} finally {
  if (keep) console.log(`types: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
