// Prints a completed scan's results to PDF in Chromium (page.pdf(), as the browser's print does) from
// the standalone bundle in dist/, extracts the PDF's text and checks it as a manager reading the paper
// would: scores, the table and the glossary unfolded, tool addresses printed, no buttons.
// Run after `npm run build`: `node test/print/print-pdf.mjs` (prints "print-pdf: N passed, N failed").
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const TOOL = 'Ongewenst gedrag: afspraken en voorbeelden gedragsregels';
const TOOLS_URL = 'https://www.jeugdzorg-werkt.nl/werkgevers/tools-voor-interne-sociale-veiligheid';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : ` (${detail})`}`);
}

async function pdfText(data) {
  const doc = await getDocument({ data, useSystemFonts: true, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join(''));
  }
  await doc.destroy();
  return pages;
}

async function main() {
  if (!existsSync(`${root}dist/sociale-veiligheid-quickscan.js`)) throw new Error('dist/ is missing: run `npm run build` first');
  if (!CHROME) throw new Error('no Chromium found (set CHROME_PATH)');
  const server = await serveStatic(root);
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/pages/standalone.html`);
    await page.waitForFunction(() => document.querySelector('sociale-veiligheid-quickscan')?.loadedContent);
    // A person who answered "Oneens" (2) throughout, then printed the results.
    await page.evaluate(async () => {
      const el = document.querySelector('sociale-veiligheid-quickscan');
      const answers = {};
      for (const p of el.loadedContent.pillars) for (const s of p.statements) answers[s.id] = 2;
      el.answers = answers;
      el.step = 'results';
      await el.updateComplete;
    });
    await page.waitForFunction(() => document.querySelector('sociale-veiligheid-quickscan').shadowRoot.querySelector('[part~="results"]'));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    check('a PDF was printed', pdf.length > 1000 && Buffer.from(pdf.subarray(0, 5)).toString() === '%PDF-');
    const pages = await pdfText(new Uint8Array(pdf));
    const text = pages.join('\n').replace(/[ \t]+/g, ' ');
    const flat = text.replace(/\s+/g, ' ');
    const dense = text.replace(/\s+/g, '');
    check('has the heading', flat.includes('Uitkomst van de quickscan'));
    for (const title of ['Sociaal en psychologisch veilig werken', 'Risico’s en preventie', 'Reageren op ongewenst gedrag', 'Afhandeling en nazorg']) {
      check(`names pillar "${title}"`, flat.includes(title));
    }
    check('shows the scores in reading order ("25 van 100")', (flat.match(/25 van 100/g) ?? []).length >= 4, `found ${(flat.match(/25 van 100/g) ?? []).length}`);
    check('prints the table unfolded (caption, headers, rows)', flat.includes('Score per pijler') && flat.includes('Score (0–100)') && flat.includes('Beoordeling') && /Afhandeling en nazorg\s*25\s*Prioriteit/.test(flat));
    check('prints the glossary unfolded (definitions, not only terms)', flat.includes('Begrippenlijst') && flat.includes('Een gedragscode bestaat uit concrete gedragsregels') && flat.includes('Psychologische veiligheid gaat over de kwaliteit'));
    const tool = dense.indexOf(TOOL.replace(/\s+/g, ''));
    const address = dense.indexOf(`(${TOOLS_URL})`, tool);
    check('prints the tool\'s address right after its name', tool >= 0 && address === tool + TOOL.replace(/\s+/g, '').length, `name at ${tool}, address at ${address}`);
    check('prints the colophon source\'s address', dense.includes(`Jeugdzorgwerkt!–Toolsvoorinternesocialeveiligheid(${TOOLS_URL})`));
    for (const screenOnly of ['Afdrukken', 'Download (JSON)', 'Download (CSV)', 'Opnieuw beginnen', 'aanpassen', 'opent in een nieuw tabblad']) {
      check(`leaves out "${screenOnly}"`, !flat.includes(screenOnly));
    }
    check('prints each pillar on a page of its own (4 pages with a score)', pages.length >= 4 && pages.filter((p) => p.includes('25 van 100')).length >= 4, `${pages.length} pages`);
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`not ok - print-pdf could not run: ${e?.message ?? e}`);
}
console.log(`print-pdf: ${passed} passed, ${failed} failed`);
// npm test adds these to the suite's totals.
writeFileSync('test-results-print.json', JSON.stringify({ passed, failed, skipped: 0 }));
process.exit(failed ? 1 : 0);
