// Turns the shipped content files (content/<locale>.json) into TypeScript modules the element imports
// as its built-in content. Each file is checked here, at build time, with the same zod schema the
// element uses for content from outside: the build fails on invalid content, and the element ships
// neither the check nor zod for it. The content is emitted as JSON.parse('…') (parsed faster than an
// object literal) and deep-frozen: nothing at run time can change it.
//   src/generated/builtin-<locale>.ts   one module per locale (the element imports nl; en is a chunk)
//   src/generated/builtin-content.ts    all locales, for tests and tools
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = join(root, 'content');
const genDir = join(root, 'src/generated');

// The zod schema, compiled for Node (the source is TypeScript).
const schemaFile = join(root, 'node_modules/.cache/svq-content-schema.mjs');
await build({ entryPoints: [join(root, 'src/content/load.ts')], bundle: true, format: 'esm', platform: 'node', outfile: schemaFile, logLevel: 'error' });
const { parseContent } = await import(pathToFileURL(schemaFile).href);
rmSync(schemaFile, { force: true });

const locales = readdirSync(contentDir)
  .filter((f) => /^[a-z]{2}\.json$/.test(f))
  .map((f) => f.slice(0, 2))
  .sort();

const header = '// Generated from content/*.json by scripts/gen-content.mjs (checked with the content schema). Do not edit.\n';
// A JS string literal in single quotes holding the JSON text.
const quoted = (json) => `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;

const write = (file, text) => {
  const path = join(genDir, file);
  const previous = (() => { try { return readFileSync(path, 'utf8'); } catch { return ''; } })();
  if (previous !== text) writeFileSync(path, text);
};

mkdirSync(genDir, { recursive: true });
let problems = 0;
let all = header;
for (const locale of locales) {
  const { $schema, ...data } = JSON.parse(readFileSync(join(contentDir, `${locale}.json`), 'utf8'));
  void $schema;
  const parsed = parseContent(data);
  if (!parsed.ok) {
    problems += 1;
    console.error(`content/${locale}.json is not valid content:`);
    for (const issue of parsed.error.issues) console.error(`  ${issue.path}: ${issue.message}`);
    continue;
  }
  write(
    `builtin-${locale}.ts`,
    `${header}import type { Content } from '../content/schema.js';\nimport { deepFreeze } from '../internal/freeze.js';\n\n` +
      `export const content: Content = deepFreeze(JSON.parse(${quoted(JSON.stringify(parsed.content))}));\n`,
  );
  all += `export { content as ${locale} } from './builtin-${locale}.js';\n`;
}
if (problems) {
  console.error('built-in content: invalid, build stopped');
  process.exit(1);
}
write('builtin-content.ts', all);
console.log(`built-in content: ${locales.join(', ')} checked -> src/generated/builtin-<locale>.ts`);
