// Helpers for the adapter tests: frames on this origin and on a second one. The test server listens
// on every interface, so http://127.0.0.1:<port> is the same server as http://localhost:<port> but,
// for the browser, another origin (and another site).

import { waitUntil } from '@open-wc/testing';

/** This page's origin (http://localhost:<port>). */
export const HERE = location.origin;
/** The second origin: the same server reached as 127.0.0.1. */
export const OTHER = `${location.protocol}//127.0.0.1:${location.port}`;

export function embedUrl(origin: string, params: Record<string, string> = {}): string {
  const url = new URL('/dist/embed.html', origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

/** Resolves with what `fn` returns once it is truthy (@open-wc/testing's waitUntil). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 8000, what = 'condition'): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = fn()), `timed out waiting for ${what}`, { timeout });
  return value as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function addFrame(attributes: Record<string, string>, width = 800): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '200px';
  frame.style.border = '0';
  frame.style.display = 'block';
  for (const [k, v] of Object.entries(attributes)) frame.setAttribute(k, v);
  document.body.append(frame);
  return frame;
}

export function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** Collects the protocol messages that reach this window, with their origin and source. */
export function recordMessages() {
  const seen: { origin: string; source: MessageEventSource | null; data: any }[] = [];
  const listener = (e: MessageEvent) => {
    if (e.data && e.data.protocol === 'sociale-veiligheid-quickscan') seen.push({ origin: e.origin, source: e.source, data: e.data });
  };
  window.addEventListener('message', listener);
  return {
    seen,
    from: (frame: HTMLIFrameElement) => seen.filter((m) => m.source === frame.contentWindow),
    stop: () => window.removeEventListener('message', listener),
  };
}

/** Records DOM events of the given names on a target. */
export function recordEvents(target: EventTarget, names: string[]) {
  const seen: { type: string; detail: any }[] = [];
  const listener = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail });
  for (const n of names) target.addEventListener(n, listener);
  return {
    seen,
    of: (type: string) => seen.filter((e) => e.type === type),
    stop: () => names.forEach((n) => target.removeEventListener(n, listener)),
  };
}

/** Loads a classic script once (e.g. the built host helper). */
export async function loadScript(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return;
  const script = document.createElement('script');
  script.src = src;
  const done = new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
  });
  document.head.append(script);
  await done;
}

export function cleanup() {
  document.querySelectorAll('body > iframe').forEach((f) => f.remove());
}
