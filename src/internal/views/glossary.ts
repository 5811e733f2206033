// The full glossary ("Begrippenlijst") as a list of disclosures, plus the tips and colophon blocks.
import { html, nothing } from 'lit';
import { contentLang, msg } from '../../localization.js';
import { contentDir, type TextDirection } from '../lang.js';
import type { Content } from '../../content/schema.js';
import { safeLink } from './link.js';

export function renderGlossary(content: Content) {
  if (!content.glossary?.length) return nothing;
  return html`
    <section class="glossary" part="glossary" aria-labelledby="glossary-heading">
      <h3 id="glossary-heading">${msg('Begrippenlijst')}</h3>
      ${content.glossary.map(
        (term) => html`
          <details class="glossary-term" lang=${contentLang()} dir=${contentDir(content)}>
            <summary>${term.term}</summary>
            ${term.definition.map((p) => html`<p>${p}</p>`)}
          </details>
        `,
      )}
    </section>
  `;
}

export function renderTips(tips: readonly string[], from = 0, dir: TextDirection = 'ltr') {
  if (tips.length <= from) return nothing;
  return html`
    <section class="tips" part="tips" aria-labelledby="tips-heading">
      <h3 id="tips-heading">${msg('Tips')}</h3>
      <ul class="checks" lang=${contentLang()} dir=${dir}>
        ${tips.slice(from).map((tip) => html`<li>${tip}</li>`)}
      </ul>
    </section>
  `;
}

export function renderColophon(content: Content) {
  const c = content.colophon;
  if (!c) return nothing;
  return html`
    <footer class="colophon" part="colophon">
      <h3>${msg('Colofon')}</h3>
      ${c.published ? html`<p>${msg('Publicatiedatum:')} ${c.published}</p>` : nothing}
      ${(c.text ?? []).map((p) => html`<p lang=${contentLang()} dir=${contentDir(content)}>${p}</p>`)}
      ${c.source ? html`<p>${msg('Bron:')} ${c.source.url ? safeLink(c.source.url, c.source.title) : c.source.title}</p>` : nothing}
    </footer>
  `;
}
