// Size check of the standalone bundle (gzip -9). `--report` prints; without it, fails above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 24 * 1024;
const file = new URL('../dist/sociale-veiligheid-quickscan.js', import.meta.url);
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const line = `size: dist/sociale-veiligheid-quickscan.js ${raw.length} B min, ${gz} B gzip -9 (budget ${BUDGET_GZIP} B)`;
console.log(line);
if (!process.argv.includes('--report') && gz > BUDGET_GZIP) {
  console.error(`size: over budget by ${gz - BUDGET_GZIP} B`);
  process.exit(1);
}
