// Running text with glossary terms marked as disclosure buttons (a toggletip) that show the definition in place.
import { html, nothing } from 'lit';
import { splitTerms, type TermIndex } from '../../content/terms.js';

export function renderText(
  text: string,
  index: TermIndex,
  openTerm: string | null,
  contextId: string,
  toggle: (key: string) => void,
) {
  const segments = splitTerms(text, index);
  if (segments.length === 1 && segments[0].term === undefined) return text;
  return segments.map((segment) => {
    if (segment.term === undefined) return segment.text;
    const key = `${contextId}-${segment.term}`;
    const open = openTerm === key;
    const term = index.terms[segment.term];
    return html`<span class="term"
      ><button
        type="button"
        class="term-button"
        part="term"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${key}
        @click=${(e: Event) => { e.preventDefault(); toggle(key); }}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && open) { e.stopPropagation(); toggle(key); } }}
      >${segment.text}</button
      ><span class="definition" id=${key} part="definition" ?hidden=${!open}
        >${open
          ? html`<strong class="definition-term">${term.term}</strong>${term.definition.map((p) => html`<span class="definition-paragraph">${p}</span>`)}`
          : nothing}</span
      ></span
    >`;
  });
}
