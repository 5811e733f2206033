// Loading a real page in an iframe (same origin), e.g. the standalone bundle or a strict-CSP page.
import type { QuickscanElement } from '../../src/element/quickscan-element.js';

export async function loadFrame(url: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the scan in a frame has its content and rendered. */
export async function scanIn(doc: Document): Promise<QuickscanElement> {
  const el = await waitFor(() => {
    const found = doc.querySelector('sociale-veiligheid-quickscan') as QuickscanElement | null;
    return found?.shadowRoot?.querySelector('[part~="start-button"]') ? found : null;
  });
  await el.updateComplete;
  return el;
}
