// The standalone bundle: one self-contained, minified ES module (Lit, zod and the built-in content
// inlined, no imports left) for a plain <script type="module" src=…>. The npm output is built by tsc.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { readFileSync, readdirSync } from 'node:fs';

// The private members of our own classes (`private _name`): short names in the bundle. They are never
// read from outside (hosts use the public API), so renaming them consistently is safe. Decorated ones
// (`@state() private _x`) keep their names: the decorator registers them by name.
const privateNames = new Set(
  readdirSync('src', { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/${f}`, 'utf8').matchAll(/^\s*(?:private|protected)(?: readonly)? (_[a-zA-Z]\w*)/gm)].map((m) => m[1])),
);

const quiet = (warning, warn) => {
  // zod ships comments rollup cannot place and harmless circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
};

export default {
  input: 'src/standalone.ts',
  output: {
    file: 'dist/sociale-veiligheid-quickscan.js',
    format: 'es',
    // One file until the code splitting (issue 13) lands: the lazily imported feature views inline here.
    inlineDynamicImports: true,
    // 'hidden': the map is written beside the bundle but the bundle carries no sourceMappingURL
    // comment, so an editor who copies only the .js gets no 404 in the console.
    sourcemap: 'hidden',
  },
  onwarn: quiet,
  plugins: [
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
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
  ],
};
