import { expect } from '@open-wc/testing';
import { loadFrame, scanIn } from '../support/frame.js';
import { completeScan } from '../support/scan.js';

describe('the standalone bundle', () => {
  it('has no imports left and works from a page with no other script: the scan completes', async () => {
    const source = await (await fetch('/dist/sociale-veiligheid-quickscan.js')).text();
    expect(source).to.not.match(/\bimport\s*[{*"'(]|\bfrom\s*["']/);
    const { doc, frame } = await loadFrame('/test/pages/standalone.html');
    // The test server injects its own websocket client into every HTML page; leave that one out.
    const ours = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('__web-dev-server'));
    expect(ours.map((s) => new URL(s.src).pathname)).to.deep.equal(['/dist/sociale-veiligheid-quickscan.js']);
    const el = await scanIn(doc);
    const result = await completeScan(el, () => 5);
    expect(result.pillars.map((p: { score: number }) => p.score)).to.deep.equal([100, 100, 100, 100]);
    frame.remove();
  });
});
