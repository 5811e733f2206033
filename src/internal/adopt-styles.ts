// Styles that arrive with a chunk (the results view's, the team view's): adopted into the element's
// shadow root once, before its last `beforeLast` sheets (the media sheet), so the cascade is the same
// as if they had been static styles.
import type { CSSResult } from 'lit';

export function adoptStyles(host: HTMLElement, styles: readonly CSSResult[], beforeLast = 1): void {
  const root = host.shadowRoot;
  if (!root) return;
  const sheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s));
  if (!sheets.length) return;
  const list = [...root.adoptedStyleSheets];
  list.splice(Math.max(0, list.length - beforeLast), 0, ...sheets);
  root.adoptedStyleSheets = list;
}
