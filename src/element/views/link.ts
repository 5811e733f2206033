// Links from content. URLs were validated by the schema (https:, http:, mailto:, relative); checked again
// here so no unsafe href can reach the DOM even if a caller skips validation.
import { html } from 'lit';
import { msg } from '../../localization.js';
import { isSafeUrl } from '../../content/safe-url.js';

export function safeLink(url: string, label: string) {
  if (!isSafeUrl(url)) return label;
  const external = /^(https?:)?\/\//i.test(url.trim());
  return external
    ? html`<a href=${url.trim()} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)')}</span></a
      >`
    : html`<a href=${url.trim()}>${label}</a>`;
}
