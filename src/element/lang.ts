// Which language an element renders in: its own `lang`, else the nearest ancestor's (across shadow
// roots), else Dutch. One shared observer re-renders elements when an ancestor's `lang` changes.
import { matchLocale, type Locale } from '../localization.js';

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

type Listener = { requestUpdate(): void };
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function watchAncestorLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
