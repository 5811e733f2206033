// "Deel met je team" on the results view: the share code, copying it (Clipboard API, or selecting it
// where copying is refused), and that the code reads back as the same result.
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { completeScan, mountScan, settle, type Scan } from '../support/scan.js';
import { shareCodeToResult } from '../../src/share/share-code.js';

/** The share element inside the results view, once its module has loaded and rendered. */
async function shareRoot(el: Scan): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-share')?.shadowRoot?.querySelector('[part~="share-code"]'), 'share code shown');
  const share = el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-share')!;
  await share.updateComplete;
  return share.shadowRoot!;
}

const pick = (_id: string, i: number) => (i % 3 === 2 ? ('unknown' as const) : ((i % 5) + 1));

describe('share code on the results view', () => {
  let restore: PropertyDescriptor | undefined;
  beforeEach(() => {
    restore = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  });
  afterEach(() => {
    if (restore) Object.defineProperty(Navigator.prototype, 'clipboard', restore);
    delete (navigator as any).clipboard;
  });

  it('shows a short, chat-safe code that decodes to the person\'s own result, reachable as ::part', async () => {
    const el = await mountScan();
    const result = await completeScan(el, pick);
    const root = await shareRoot(el);
    const code = root.querySelector('[part~="share-code"]')!.textContent!.trim();
    expect(code).to.match(/^SVQ1-[0-9A-Z]+$/);
    expect(code.length).to.be.at.most(40);
    const back = shareCodeToResult(el.loadedContent!, code, { locale: 'nl', completedAt: new Date(result.completedAt) });
    expect(back.ok).to.equal(true);
    if (!back.ok) return;
    expect(back.result.pillars).to.deep.equal(result.pillars);
    expect(back.result.answers).to.deep.equal(result.answers);
    // The same answers keep the same code when the view renders again.
    el.requestUpdate();
    await settle(el);
    expect((await shareRoot(el)).querySelector('[part~="share-code"]')!.textContent!.trim()).to.equal(code);
    await expect(el).to.be.accessible();
  });

  it('copies with the Clipboard API and says so', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    const el = await mountScan();
    await completeScan(el, () => 3);
    const root = await shareRoot(el);
    const code = root.querySelector('[part~="share-code"]')!.textContent!.trim();
    (root.querySelector('[part~="copy-share-code-button"]') as HTMLButtonElement).click();
    await waitUntil(() => written.length === 1);
    expect(written).to.deep.equal([code]);
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('gekopieerd'));
    await expect(el).to.be.accessible();
  });

  it('selects the code when the clipboard refuses, and tells how to copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new DOMException('denied', 'NotAllowedError'); } } });
    const el = await mountScan();
    await completeScan(el, () => 2);
    const root = await shareRoot(el);
    const code = root.querySelector('[part~="share-code"]')!.textContent!.trim();
    (root.querySelector('[part~="copy-share-code-button"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('Ctrl+C'));
    expect(window.getSelection()!.toString().trim()).to.equal(code);
    await expect(el).to.be.accessible();
  });

  it('is in English with lang="en", and fits 320 px in the dark', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mountScan(html`<sociale-veiligheid-quickscan lang="en" theme="dark"></sociale-veiligheid-quickscan>`);
      await completeScan(el, () => 5);
      const root = await shareRoot(el);
      expect(root.querySelector('h3')!.textContent).to.equal('Share with your team');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth || 320);
      const codeBox = root.querySelector('[part~="share-code"]')!.getBoundingClientRect();
      expect(codeBox.right).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
