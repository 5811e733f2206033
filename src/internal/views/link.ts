// Links from content. URLs were validated by the schema (https:, http:, mailto:, relative); checked again
// here so no unsafe href can reach the DOM even if a caller skips validation. On paper a link shows its
// full address after its text (hidden on screen).
import { html } from 'lit';
import { msg } from '../../localization.js';
import { isSafeUrl } from '../../content/safe-url.js';

function fullAddress(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

export function safeLink(url: string, label: string) {
  if (!isSafeUrl(url)) return label;
  const external = /^(https?:)?\/\//i.test(url.trim());
  const target = html`<span class="link-target"> (${fullAddress(url.trim())})</span>`;
  return external
    ? html`<a href=${url.trim()} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)')}</span></a
        >${target}`
    : html`<a href=${url.trim()}>${label}</a>${target}`;
}
