// The error view: what went wrong and where, in the element's language, with a retry where it can help;
// and the notice of a result or plan the host set that was refused. Part of the error chunk (../error-chunk.ts).
import { html, nothing } from 'lit';
import { msg, str } from '../../localization.js';
import type { QuickscanErrorDetail } from '../../events.js';

export function renderError(error: QuickscanErrorDetail, onRetry: () => void) {
  const retry = error.kind === 'network' || error.kind === 'http';
  return html`
    <section class="view error" part="error" role="alert" aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1">${msg('De quickscan kan niet worden getoond')}</h2>
      <p>${error.message}</p>
      ${error.issues?.length
        ? html`<p>${msg(str`Gevonden problemen (${error.issues.length}):`)}</p>
            <ul class="issues" part="error-issues">
              ${error.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
            </ul>`
        : nothing}
      ${retry
        ? html`<div class="actions"><button type="button" class="primary" part="retry-button" @click=${onRetry}>${msg('Opnieuw proberen')}</button></div>`
        : nothing}
    </section>
  `;
}

/** A refused result or plan the host set, shown over the current view. */
export function renderResultProblem(problem: QuickscanErrorDetail) {
  return html`<div class="notice result-error" role="alert">
    <p>${problem.message}</p>
    ${problem.issues?.length
      ? html`<ul class="issues">${problem.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>`
      : nothing}
  </div>`;
}
