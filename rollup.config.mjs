// The standalone bundles for a plain <script type="module" src=…> (the npm output is built by tsc):
//   dist/sociale-veiligheid-quickscan.js  the entry (stable name): the element, intro and steps for the
//     built-in Dutch content. English, the results view, team mode, feature views, and zod (content and
//     results from outside) are chunks in dist/chunks/, content-hashed (immutable-cacheable) and
//     resolved relative to the entry's import.meta.url. dist/chunks.json lists each chunk's imports,
//     for scripts/size.mjs.
//   dist/single/sociale-veiligheid-quickscan.js  everything in one file (dynamic imports inlined), for
//     editors who can host one file only, and the iframe page, SCORM, H5P and cmi5 packages.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { readFileSync, readdirSync, rmSync } from 'node:fs';

// The private members of our own classes (`private _name`): short names in the bundle. They are never
// read from outside (hosts use the public API), so renaming them consistently is safe. Decorated ones
// (`@state() private _x`) keep their names: the decorator registers them by name.
// Nor do reactive properties declared in `static properties = { _name: … }`: lit finds them by name.
const sources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`src/${f}`, 'utf8'));
const reactiveNames = new Set(
  sources.flatMap((text) => [...text.matchAll(/^\s+(_[a-zA-Z]\w*): \{[^}\n]*\b(?:state|attribute|type|reflect)\b/gm)].map((m) => m[1])),
);
const privateNames = new Set(
  sources
    .flatMap((text) => [...text.matchAll(/^\s*(?:private|protected)(?: readonly)? (_[a-zA-Z]\w*)/gm)].map((m) => m[1]))
    .filter((name) => !reactiveNames.has(name)),
);

const quiet = (warning, warn) => {
  // zod ships comments rollup cannot place and harmless circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
};

// Writes dist/chunks.json: per file its static imports, dynamic imports and whether it is the entry.
const chunkManifest = () => ({
  name: 'chunk-manifest',
  generateBundle(_options, bundle) {
    const chunks = {};
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunks[file] = {
        entry: chunk.isEntry,
        name: chunk.name,
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        // Each module's minified length (before gzip), to see where the bytes go.
        modules: Object.fromEntries(
          Object.entries(chunk.modules)
            .filter(([m]) => !m.startsWith('\0'))
            .map(([m, info]) => [m.replace(`${process.cwd()}/`, ''), info.renderedLength]),
        ),
      };
    }
    this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(chunks, null, 1)}\n` });
  },
});

// The single file holds zod anyway (everything is inlined), so there the plan checks a measure with
// `measureSchema` itself (src/plan/measure-check-zod.ts, ~0.9 KB gzip less) instead of the zod-free
// copy the chunked build needs to keep zod off the results journey. A law holds the two equal
// (test/node/measure-check.spec.ts).
const zodMeasureCheck = () => ({
  name: 'zod-measure-check',
  resolveId(source, importer, options) {
    if (source !== './measure-check.js' || !importer?.endsWith('/src/plan/plan.ts')) return null;
    return this.resolve('./measure-check-zod.js', importer, { ...options, skipSelf: true });
  },
});

const plugins = (outDir) => [
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir, sourceMap: true }),
  // Whitespace and comments out of lit's html`` and css`` literals (templates keep their meaning).
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  nodeResolve({ exportConditions: ['production'] }),
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3 },
    mangle: { properties: { regex: new RegExp(`^(?:${[...privateNames].join('|')})$`) } },
    format: { comments: false },
  }),
];

// Old hashed chunks would pile up: dist/chunks/ is written afresh.
rmSync('dist/chunks', { recursive: true, force: true });

export default [
  {
    input: 'src/standalone.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'sociale-veiligheid-quickscan.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // 'hidden': maps are written beside the files but carry no sourceMappingURL comment, so an
      // editor who copies only the .js gets no 404 in the console.
      sourcemap: 'hidden',
    },
    onwarn: quiet,
    plugins: [...plugins('dist'), chunkManifest()],
  },
  {
    input: 'src/standalone.ts',
    output: {
      file: 'dist/single/sociale-veiligheid-quickscan.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: 'hidden',
    },
    onwarn: quiet,
    plugins: [zodMeasureCheck(), ...plugins('dist/single')],
  },
];
