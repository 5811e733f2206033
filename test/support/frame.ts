// Loading a real page in an iframe (same origin), e.g. the standalone bundle or a strict-CSP page.
import { waitUntil } from '@open-wc/testing';
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

/** Resolves with what `fn` returns once it is truthy (@open-wc/testing's waitUntil). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = fn()), 'timed out waiting', { timeout });
  return value as T;
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
