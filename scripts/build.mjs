// npm run build: generated sources, the npm output (lib/, tsc), the JSON Schema, the standalone bundle
// (dist/, rollup) and the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};
const bin = (name) => `node_modules/.bin/${name}`;

run('node', ['scripts/gen-content.mjs']);
run(bin('lit-localize'), ['build']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
// The React and Vue typings are hand-written .d.ts (they augment modules this package does not
// depend on): copied into lib/frameworks/ beside an empty module each, so `import
// 'sociale-veiligheid-quickscan/react'` also works at run time.
mkdirSync('lib/frameworks', { recursive: true });
for (const name of ['react', 'vue']) {
  copyFileSync(`src/frameworks/${name}.d.ts`, `lib/frameworks/${name}.d.ts`);
  writeFileSync(`lib/frameworks/${name}.js`, `// Types only: see ${name}.d.ts.\nexport {};\n`);
}
console.log('lib/frameworks: react.d.ts, vue.d.ts');
run('node', ['scripts/gen-schema.mjs']);
run(bin('rollup'), ['-c', '--silent']);
run('node', ['scripts/build-embed.mjs']);
run('node', ['scripts/build-h5p.mjs']);
run('node', ['scripts/build-cmi5.mjs']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**']);
run('node', ['scripts/size.mjs', '--report']);
