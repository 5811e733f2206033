// npm run screenshots: renders every view at 320, 768 and 1280 px wide in headless Chromium into
// screenshots/ (git-ignored), in light and dark. Build first (npm run build).
import { mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve-static.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/sociale-veiligheid-quickscan.js`)) {
  console.error('screenshots: run `npm run build` first');
  process.exit(1);
}
const out = `${root}screenshots`;
mkdirSync(out, { recursive: true });
const server = await serveStatic(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

const scan = 'sociale-veiligheid-quickscan';
async function answerStep(page, value) {
  await page.evaluate(({ scan, value }) => {
    const root = document.querySelector(scan).shadowRoot;
    for (const f of root.querySelectorAll('fieldset[part~="statement"]')) f.querySelector(`input[value="${value}"]`).closest('label').click();
  }, { scan, value });
  await page.locator(`${scan} [part~="next-button"]`).click();
}

const views = [
  ['intro', async () => {}],
  ['step-guard', async (page) => {
    await page.locator(`${scan} [part~="start-button"]`).click();
    await page.locator(`${scan} [part~="next-button"]`).click();
  }],
  ['step-term-open', async (page) => {
    await page.locator(`${scan} [part~="start-button"]`).click();
    await page.locator(`${scan} [part~="term"]`).first().click();
  }],
  ['results', async (page) => {
    await page.locator(`${scan} [part~="start-button"]`).click();
    for (const v of [4, 2, 5, 'unknown']) await answerStep(page, v);
  }],
  ['error', async (page) => {
    await page.evaluate((scan) => (document.querySelector(scan).content = { id: 'x', pillars: [{}] }), scan);
  }],
  ['team', async (page) => {
    await page.goto(`${server.url}/demo/team.html`);
  }],
];

let count = 0;
for (const scheme of ['light', 'dark']) {
  for (const width of [320, 768, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const [name, act] of views) {
      const page = await context.newPage();
      await page.goto(`${server.url}/test/pages/standalone.html`);
      await page.locator(`${scan} [part~="start-button"]`).waitFor();
      await act(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      await page.close();
      count++;
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots: ${count} images in screenshots/`);
