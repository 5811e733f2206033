import { expect } from '@open-wc/testing';
import { en } from '../../src/generated/builtin-content.js';
import { loadFrame, scanIn, waitFor } from '../support/frame.js';
import { completeScan } from '../support/scan.js';

const text = async (url: string) => (await fetch(url, { cache: 'no-store' })).text();
const STATIC_IMPORT = /\bimport\s*[{*"']|\bfrom\s*["']/;

/** The Dutch UI strings (xliff sources whose English differs), without placeholders. */
async function dutchUiStrings(): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await text('/xliff/en.xlf'), 'application/xml');
  return [...xliff.querySelectorAll('trans-unit')]
    .filter((u) => !u.querySelector('source x, source ph') && u.querySelector('target'))
    .map((u) => [u.querySelector('source')!.textContent!, u.querySelector('target')!.textContent!])
    .filter(([nl, english]) => nl !== english && nl.length > 3)
    .map(([nl]) => nl);
}

/** The chunks the page loaded (under /dist/chunks/). */
const chunksLoaded = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/chunks/'));

describe('the standalone bundle', () => {
  it('entry: no static import; every dynamic import is a content-hashed chunk beside it that exists', async () => {
    const source = await text('/dist/sociale-veiligheid-quickscan.js');
    expect(source).to.not.match(STATIC_IMPORT);
    const targets = [...source.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(targets.length).to.be.greaterThan(4);
    for (const target of targets) {
      expect(target).to.match(/^\.\/chunks\/[\w-]+-[\w-]{8}\.js$/);
      expect((await fetch(`/dist/${target.slice(2)}`)).ok, target).to.equal(true);
    }
  });

  it('entry: holds no zod, results view, team view or English code', async () => {
    const source = await text('/dist/sociale-veiligheid-quickscan.js');
    expect(source, 'zod').to.not.include('_zod');
    expect(source, 'results view').to.not.include('results-table');
    expect(source, 'team view').to.not.include('team-file-input');
    expect(source, 'English content').to.not.include(en.pillars[0].title);
    expect(source, 'English UI').to.not.include('The quickscan cannot be displayed');
    // The markers are real: the single file has them all.
    const single = await text('/dist/single/sociale-veiligheid-quickscan.js');
    for (const marker of ['_zod', 'results-table', 'team-file-input', en.pillars[0].title, 'The quickscan cannot be displayed']) {
      expect(single, marker).to.include(marker);
    }
  });

  it('single file: no import of any kind left', async () => {
    const source = await text('/dist/single/sociale-veiligheid-quickscan.js');
    expect(source).to.not.match(/\bimport\s*[{*"'(]|\bfrom\s*["']/);
  });

  it('works from a served directory with the entry only in the page: the scan completes (results from a chunk)', async () => {
    const { doc, win, frame } = await loadFrame('/test/pages/standalone.html');
    // The test server injects its own websocket client into every HTML page; leave that one out.
    const ours = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('__web-dev-server'));
    expect(ours.map((s) => new URL(s.src).pathname)).to.deep.equal(['/dist/sociale-veiligheid-quickscan.js']);
    const el = await scanIn(doc);
    expect(chunksLoaded(win), 'a Dutch intro needs no chunk').to.deep.equal([]);
    const result = await completeScan(el, () => 5);
    expect(result.pillars.map((p: { score: number }) => p.score)).to.deep.equal([100, 100, 100, 100]);
    await waitFor(() => el.shadowRoot!.querySelector('[part~="results-table"]'));
    expect(chunksLoaded(win).some((p) => p.includes('results-chunk'))).to.equal(true);
    frame.remove();
  });

  it('an English page loads the English chunk and shows no Dutch UI text', async () => {
    const { doc, win, frame } = await loadFrame('/test/pages/standalone-en.html');
    const el = await scanIn(doc);
    const shown = el.shadowRoot!.textContent!;
    expect(shown).to.include(en.title);
    expect(chunksLoaded(win).some((p) => p.includes('locale-en'))).to.equal(true);
    for (const dutch of await dutchUiStrings()) expect(shown, dutch).to.not.include(dutch);
    frame.remove();
  });
});
