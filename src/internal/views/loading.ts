// The busy state while content or a chunk loads (in the entry: the first thing a slow page shows).
import { html } from 'lit';
import { msg } from '../../localization.js';

export function renderLoading() {
  return html`<div class="view loading" part="loading" role="status">
    <span class="spinner" aria-hidden="true"></span> ${msg('De quickscan wordt geladen…')}
  </div>`;
}
