// npm run build: generated sources, the npm output (lib/, tsc), the JSON Schema, the standalone bundle
// (dist/, rollup) and the custom elements manifest.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};
const bin = (name) => `node_modules/.bin/${name}`;

run('node', ['scripts/gen-content.mjs']);
run(bin('lit-localize'), ['build']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run('node', ['scripts/gen-schema.mjs']);
run(bin('rollup'), ['-c', '--silent']);
run('node', ['scripts/build-embed.mjs']);
run('node', ['scripts/build-h5p.mjs']);
run('node', ['scripts/build-cmi5.mjs']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**']);
run('node', ['scripts/size.mjs', '--report']);
