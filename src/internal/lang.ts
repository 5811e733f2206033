// Which language an element renders in: its own `lang`, else the nearest ancestor's (across shadow
// roots), else Dutch. Changes to `lang` on any ancestor re-render the element: one shared observer
// watches the document, and each element also watches the shadow roots it sits in. Also: the direction
// of content texts.
import { matchLocale, type Locale } from '../localization.js';
import type { Content } from '../content/schema.js';

export type TextDirection = 'ltr' | 'rtl';

/**
 * The `dir` of an element holding content text: the content's own direction, left-to-right unless it
 * says otherwise. The element's layout follows the page; its texts keep their direction (see styles).
 */
export function contentDir(content: Pick<Content, 'dir'>): TextDirection {
  return content.dir === 'rtl' ? 'rtl' : 'ltr';
}

export function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function resolveLocale(el: Element): Locale {
  return matchLocale(nearestLang(el));
}

type Listener = Element & { requestUpdate(): void };
const listeners = new Set<Listener>();
let documentObserver: MutationObserver | undefined;
const LANG: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

export function watchAncestorLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!documentObserver && typeof MutationObserver !== 'undefined') {
    documentObserver = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    documentObserver.observe(document.documentElement, LANG);
  }
  // Shadow roots are not part of the document's subtree: watch the ones around this element.
  let shadowObserver: MutationObserver | undefined;
  for (let root = listener.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    shadowObserver ??= new MutationObserver(() => listener.requestUpdate());
    shadowObserver.observe(root, LANG);
  }
  return () => {
    shadowObserver?.disconnect();
    listeners.delete(listener);
    if (!listeners.size) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  };
}
