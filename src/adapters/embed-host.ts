// The host-side helper for pages that embed dist/embed.html in an iframe (dist/quickscan-embed-host.js).
// It listens for the embed page's messages, accepts them only from an iframe on this page and only
// from the origin that iframe's src points at, sizes the iframe to the reported content height and
// re-fires every message as a DOM event on the iframe (bubbling, composed):
//   quickscan-ready, quickscan-resize, quickscan-answer, quickscan-step, quickscan-complete, quickscan-error,
//   quickscan-plan
import {
  hostMessage,
  isEmbedMessage,
  type EmbedMessage,
  type HostDetailMap,
  type HostMessageType,
} from './embed-protocol.js';

export interface EmbedHostOptions {
  /** The page's window (default: the global one). */
  window?: Window;
}

export interface EmbedHost {
  /** Also accept messages from an iframe that is not in the document's light DOM (e.g. in a shadow root). */
  attach(frame: HTMLIFrameElement): void;
  /** Sends a message to an embed iframe, targeted at the origin of its src. False when it has none. */
  send<T extends HostMessageType>(frame: HTMLIFrameElement, type: T, detail: HostDetailMap[T]): boolean;
  /** Stops listening. */
  disconnect(): void;
}

/** Selects the iframes the helper greets on load (and whose `data-src` it completes with `origin`). */
export const EMBED_FRAME_SELECTOR = 'iframe[data-quickscan-embed]';

/** The origin an iframe's content comes from, or null for about:blank, srcdoc, data: and the like. */
export function frameOrigin(frame: HTMLIFrameElement): string | null {
  const src = frame.getAttribute('src');
  if (!src) return null;
  try {
    const url = new URL(src, frame.ownerDocument.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The embed URL with this page's origin added as the `origin` parameter (an existing one is kept). */
export function withOrigin(embedUrl: string, pageOrigin: string, base?: string): string {
  const url = new URL(embedUrl, base);
  if (!url.searchParams.has('origin')) url.searchParams.set('origin', pageOrigin);
  return url.href;
}

export function connectEmbedHost(options: EmbedHostOptions = {}): EmbedHost {
  const win = (options.window ?? window) as Window & typeof globalThis;
  const doc = win.document;
  const attached = new Set<HTMLIFrameElement>();

  const frameFor = (source: MessageEventSource | null): HTMLIFrameElement | null => {
    if (!source) return null;
    for (const frame of attached) if (frame.contentWindow === source) return frame;
    for (const frame of doc.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
    return null;
  };

  const send: EmbedHost['send'] = (frame, type, detail) => {
    const origin = frameOrigin(frame);
    if (!origin || !frame.contentWindow) return false;
    frame.contentWindow.postMessage(hostMessage(type, detail), origin);
    return true;
  };

  const onMessage = (event: MessageEvent) => {
    if (!isEmbedMessage(event.data)) return;
    const frame = frameFor(event.source);
    if (!frame || event.origin !== frameOrigin(frame)) return;
    const message: EmbedMessage = event.data;
    if (message.type === 'resize' && frame.dataset.quickscanAutosize !== 'off') {
      frame.style.height = `${Math.ceil((message as EmbedMessage<'resize'>).detail.height)}px`;
    }
    frame.dispatchEvent(new CustomEvent(`quickscan-${message.type}`, { detail: message.detail, bubbles: true, composed: true }));
  };

  const greet = (frame: HTMLIFrameElement) => {
    send(frame, 'hello', {});
  };
  const prepare = (frame: HTMLIFrameElement) => {
    // <iframe data-quickscan-embed data-src="…/embed.html?lang=nl"> gets src with origin=<this page's origin>.
    const wanted = frame.dataset.src;
    if (wanted && !frame.getAttribute('src')) frame.src = withOrigin(wanted, win.location.origin, doc.baseURI);
    else greet(frame); // already loading or loaded: the greeting reaches it if it is there
  };
  const onLoad = (event: Event) => {
    const target = event.target;
    if (target instanceof win.HTMLIFrameElement && (attached.has(target) || target.matches(EMBED_FRAME_SELECTOR))) greet(target);
  };

  win.addEventListener('message', onMessage);
  doc.addEventListener('load', onLoad, true);
  doc.querySelectorAll<HTMLIFrameElement>(EMBED_FRAME_SELECTOR).forEach(prepare);
  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof win.Element)) continue;
        if (node.matches(EMBED_FRAME_SELECTOR)) prepare(node as HTMLIFrameElement);
        node.querySelectorAll<HTMLIFrameElement>(EMBED_FRAME_SELECTOR).forEach(prepare);
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  return {
    attach(frame) {
      attached.add(frame);
      prepare(frame);
    },
    send,
    disconnect() {
      win.removeEventListener('message', onMessage);
      doc.removeEventListener('load', onLoad, true);
      observer.disconnect();
      attached.clear();
    },
  };
}
