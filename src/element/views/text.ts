// Running text with glossary terms marked as disclosure buttons (a toggletip). The definitions are
// rendered apart from the text (`definitions`), so a view can place them outside a legend or label:
// an open definition must not become part of a radio group's accessible name.
import { html, nothing } from 'lit';
import { splitTerms, type TermIndex } from '../../content/terms.js';
import { contentLang } from '../../localization.js';
import type { TextDirection } from '../../internal/lang.js';

export interface MarkedText {
  /** The text, with each glossary term as a button. */
  text: unknown;
  /** One (hidden unless open) definition per marked term, to render after the text's container. */
  definitions: unknown;
}

// Whether a pointer is pressed anywhere in the page. A toggletip that loses focus to a press closes
// only once the press is over: closing it at once would move the content below it between the press
// and the release, and the click would land elsewhere or nowhere.
let pressed = false;
let tracking = false;
function trackPresses() {
  if (tracking || typeof window === 'undefined') return;
  tracking = true;
  const up = () => (pressed = false);
  window.addEventListener('pointerdown', () => (pressed = true), true);
  window.addEventListener('pointerup', up, true);
  window.addEventListener('pointercancel', up, true);
}

function afterPress(run: () => void) {
  if (!pressed) return run();
  const done = () => {
    window.removeEventListener('pointerup', done, true);
    window.removeEventListener('pointercancel', done, true);
    // After the click that follows the release.
    setTimeout(run);
  };
  window.addEventListener('pointerup', done, true);
  window.addEventListener('pointercancel', done, true);
}

/** The button and the definition of one toggletip, found from either. */
function parts(from: Element, key: string) {
  const root = from.getRootNode() as Document | ShadowRoot;
  const button = root.getElementById(`${key}-button`);
  const definition = root.getElementById(key);
  const inside = (node: unknown) => node instanceof Node && Boolean(button?.contains(node) || definition?.contains(node));
  const open = () => button?.getAttribute('aria-expanded') === 'true';
  return { root, button, inside, open };
}

function toggletipHandlers(key: string, toggle: (key: string) => void) {
  return {
    // Escape inside the tip (on its button or in its definition) closes it and leaves focus on the button.
    keydown(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      const tip = parts(e.currentTarget as Element, key);
      if (!tip.open()) return;
      e.stopPropagation();
      toggle(key);
      tip.button?.focus();
    },
    // Focus moving out of the tip closes it.
    focusout(e: FocusEvent) {
      const tip = parts(e.currentTarget as Element, key);
      if (tip.inside(e.relatedTarget)) return;
      afterPress(() => {
        if (tip.open() && !tip.inside(tip.root.activeElement)) toggle(key);
      });
    },
  };
}

export function renderText(
  text: string,
  index: TermIndex,
  openTerm: string | null,
  contextId: string,
  toggle: (key: string) => void,
  dir: TextDirection,
  /** Rendered ahead, unseen (see StepModel.ahead): the term buttons are out of the tab order. */
  unfocusable = false,
): MarkedText {
  const segments = splitTerms(text, index);
  if (segments.length === 1 && segments[0].term === undefined) return { text, definitions: nothing };
  trackPresses();
  const marked = segments.map((segment) => {
    if (segment.term === undefined) return { text: segment.text, definition: nothing };
    const key = `${contextId}-${segment.term}`;
    const open = openTerm === key;
    const term = index.terms[segment.term];
    const on = toggletipHandlers(key, toggle);
    return {
      text: html`<button
        type="button"
        class="term-button"
        id=${`${key}-button`}
        part="term"
        tabindex=${unfocusable ? '-1' : nothing}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${key}
        aria-describedby=${open ? key : nothing}
        @click=${(e: Event) => { e.preventDefault(); toggle(key); }}
        @keydown=${on.keydown}
        @focusout=${on.focusout}
      >${segment.text}</button>`,
      definition: html`<div
        class="definition"
        id=${key}
        part="definition"
        lang=${contentLang()}
        dir=${dir}
        tabindex="-1"
        ?hidden=${!open}
        @keydown=${on.keydown}
        @focusout=${on.focusout}
      >${open
        ? html`<strong class="definition-term">${term.term}</strong>${term.definition.map((p) => html`<span class="definition-paragraph">${p}</span>`)}`
        : nothing}</div>`,
    };
  });
  return { text: marked.map((m) => m.text), definitions: marked.map((m) => m.definition) };
}
