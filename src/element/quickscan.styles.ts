// Styles of the element and its --svq-* design tokens (documented in the README).
import { css } from 'lit';

export const styles = css`
  :host {
    --_text: var(--svq-color-text, #1d2430);
    --_muted: var(--svq-color-muted, #4a5568);
    --_bg: var(--svq-color-bg, #ffffff);
    --_surface: var(--svq-color-surface, #f4f6f8);
    --_border: var(--svq-color-border, #767f8c);
    --_accent: var(--svq-color-accent, #0b5f6b);
    --_on-accent: var(--svq-color-accent-contrast, #ffffff);
    --_focus: var(--svq-color-focus, #b8460b);
    --_priority: var(--svq-color-priority, #b3261e);
    --_attention: var(--svq-color-attention, #8a5300);
    --_in-order: var(--svq-color-in-order, #1e6b3a);
    --_insufficient: var(--svq-color-insufficient, #5c6470);
    --_danger: var(--svq-color-danger, #b3261e);
    --_radius: var(--svq-radius, 0.5rem);
    --_space: var(--svq-space, 1rem);
    --_ring: var(--svq-focus-ring, 3px solid var(--_focus));
    /* The direction of the texts: the UI's (Dutch, English: left to right), else the content's. */
    --_dir: ltr;

    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--svq-font, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* The dark palette, twice: for prefers-color-scheme (unless theme="light") and for theme="dark".
     Keep both in sync (a shared css fragment would defeat the build's CSS minifier). */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--svq-color-text, #e8ecf1);
      --_muted: var(--svq-color-muted, #b4bcc8);
      --_bg: var(--svq-color-bg, #15191f);
      --_surface: var(--svq-color-surface, #1f252d);
      --_border: var(--svq-color-border, #8a94a3);
      --_accent: var(--svq-color-accent, #6fd0dc);
      --_on-accent: var(--svq-color-accent-contrast, #0b1a1d);
      --_focus: var(--svq-color-focus, #ffb079);
      --_priority: var(--svq-color-priority, #ff8a80);
      --_attention: var(--svq-color-attention, #ffc46b);
      --_in-order: var(--svq-color-in-order, #7ddc9a);
      --_insufficient: var(--svq-color-insufficient, #b4bcc8);
      --_danger: var(--svq-color-danger, #ff8a80);
    }
  }
  :host([theme='dark']) {
    --_text: var(--svq-color-text, #e8ecf1);
    --_muted: var(--svq-color-muted, #b4bcc8);
    --_bg: var(--svq-color-bg, #15191f);
    --_surface: var(--svq-color-surface, #1f252d);
    --_border: var(--svq-color-border, #8a94a3);
    --_accent: var(--svq-color-accent, #6fd0dc);
    --_on-accent: var(--svq-color-accent-contrast, #0b1a1d);
    --_focus: var(--svq-color-focus, #ffb079);
    --_priority: var(--svq-color-priority, #ff8a80);
    --_attention: var(--svq-color-attention, #ffc46b);
    --_in-order: var(--svq-color-in-order, #7ddc9a);
    --_insufficient: var(--svq-color-insufficient, #b4bcc8);
    --_danger: var(--svq-color-danger, #ff8a80);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Direction. The layout (stepper, options, buttons) follows the page, so the element sits naturally in
     a right-to-left page; every text keeps its own direction: the UI's, or the content's from the dir
     set on the elements that hold content. Otherwise "42 van 100" reads "van 100 42" there. */
  [dir='ltr'] {
    --_dir: ltr;
  }
  [dir='rtl'] {
    --_dir: rtl;
  }
  :where(p, ul, ol, li, dl, dt, dd, h2, h3, h4, h5, h6, legend, summary, table, caption, th, td, button, a, code, label > span, .definition, .loading) {
    direction: var(--_dir);
    unicode-bidi: isolate;
  }
  .stepper {
    direction: inherit;
  }
  .base {
    max-inline-size: var(--svq-max-width, 48rem);
    margin-inline: auto;
    padding: var(--_space);
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
  }
  h2 {
    font-size: 1.5em;
    margin-block-start: 0.25em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.1em;
    margin-block-start: 0;
  }
  h5 {
    font-size: 1em;
    margin-block: 1em 0.25em;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: var(--_ring);
    outline-offset: 4px;
  }
  .eyebrow {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  p {
    margin-block: 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  /* A link's full address, for paper only (see @media print). */
  .link-target {
    display: none;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: var(--_ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* buttons */
  button {
    font: inherit;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block: var(--_space);
  }
  .actions button,
  .primary {
    min-block-size: 2.75rem;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .actions .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .actions .danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_bg);
  }
  .nav {
    justify-content: space-between;
  }
  .link-button {
    border: 0;
    background: none;
    padding: 0.25em 0;
    min-block-size: 1.5rem;
    color: var(--_accent);
    text-decoration: underline;
  }

  /* intro */
  .how,
  .pillar-overview {
    padding-inline-start: 1.25em;
  }
  .how li,
  .pillar-overview li {
    margin-block: 0.25em;
  }

  .offer {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .notice {
    color: var(--_muted);
    font-size: 0.95em;
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }

  /* progress */
  .progress {
    margin-block-end: var(--_space);
  }
  .progress-text {
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0 0 0.4em;
  }
  .meter {
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .meter span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.2s ease;
  }
  .stepper {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.4rem;
    padding: 0;
    margin: 0.6rem 0 0;
  }
  .stepper-item {
    display: flex;
    align-items: center;
    gap: 0.4em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    text-align: start;
    font-size: 0.85em;
  }
  .stepper-item[aria-current='step'] {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .stepper-item:disabled {
    cursor: not-allowed;
    color: var(--_muted);
    border-style: dashed;
  }
  .stepper-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    flex: none;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  @container (max-width: 34rem) {
    /* Phones and narrow LMS frames: the stepper shows numbers only; titles stay the buttons' names. */
    .stepper {
      grid-template-columns: repeat(auto-fit, minmax(2.75rem, 1fr));
    }
    .stepper-item {
      justify-content: center;
    }
    .stepper-title {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .stepper-item.done .stepper-number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  /* statements */
  /* In long steps, statements below the fold are not laid out or painted until they come near. Short
     steps render fully, so an auto-sized iframe measures their real height at once. */
  .long .statement {
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .statement {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  .statement.flagged {
    border: 2px solid var(--_danger);
  }
  .statement legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }
  .statement legend ~ * {
    clear: both;
  }
  .statement-number {
    display: inline-block;
    min-inline-size: 2.2em;
    font-weight: 700;
    color: var(--_muted);
  }
  .statement-text {
    font-weight: 600;
  }
  .hint {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.4em 0 0;
  }
  .options {
    display: grid;
    gap: 0.4rem;
    margin-block-start: 0.75rem;
  }
  .options.unknown {
    margin-block-start: 0.4rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75rem;
    padding: 0.4em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  /* Only colours and shadows change when an option is chosen: no size or font change, so no relayout. */
  .option.checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .option:has(input:focus-visible) {
    outline: var(--_ring);
    outline-offset: 2px;
  }
  .option.unknown {
    border-style: dashed;
  }
  @container (min-width: 40rem) {
    .options:not(.unknown) {
      grid-template-columns: repeat(var(--svq-options, 5), minmax(0, 1fr));
    }
    .options:not(.unknown) .option {
      flex-direction: column;
      justify-content: center;
      text-align: center;
      gap: 0.3em;
      font-size: 0.9em;
    }
    .options.unknown {
      justify-content: end;
      grid-template-columns: minmax(10rem, max-content);
    }
  }
  .guard:empty {
    display: none;
  }
  .guard {
    color: var(--_danger);
    font-weight: 600;
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }

  /* glossary terms in text */
  .term-button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    text-decoration-thickness: 2px;
    cursor: help;
    text-align: inherit;
  }
  .definition {
    display: block;
    margin-block: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-weight: 400;
  }
  .definition[hidden] {
    display: none;
  }
  .definition-term,
  .definition-paragraph {
    display: block;
  }
  .definition-paragraph + .definition-paragraph {
    margin-block-start: 0.5em;
  }

  /* results */
  .meta {
    color: var(--_muted);
  }
  .first-tip {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    font-size: 1.05em;
  }
  .first-tip p {
    margin: 0;
  }
  .pillar-result {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .score-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
    margin-block-end: 0.4em;
  }
  .score {
    font-size: 1.3em;
  }
  .band {
    font-weight: 700;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 2px solid currentColor;
  }
  [data-band='priority'] {
    --_band: var(--_priority);
  }
  [data-band='attention'] {
    --_band: var(--_attention);
  }
  [data-band='in-order'] {
    --_band: var(--_in-order);
  }
  [data-band='insufficient'] {
    --_band: var(--_insufficient);
  }
  .band {
    color: var(--_band, var(--_accent));
  }
  .bar {
    block-size: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    background: var(--_band, var(--_accent));
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .counts {
    color: var(--_muted);
    font-size: 0.95em;
    margin-block: 0.4em 0;
  }
  .answer {
    color: var(--_muted);
  }
  .statement-list li,
  .tools li,
  .checks li {
    margin-block: 0.3em;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35em 0.5em;
    text-align: start;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
    padding-block: 0.25em;
    font-weight: 600;
  }
  .glossary-term {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.4em;
  }
  .glossary-term p {
    margin-block: 0.5em;
  }
  .checks {
    padding-inline-start: 1.25em;
  }
  .confirm {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .colophon {
    margin-block-start: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .colophon h3 {
    font-size: 1em;
  }

  /* loading and errors */
  .loading {
    display: flex;
    align-items: center;
    gap: 0.6em;
    color: var(--_muted);
  }
  .spinner {
    inline-size: 1.2em;
    block-size: 1.2em;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_space);
  }
  .issues code {
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    .meter span {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .bar span,
    .meter span,
    .stepper-item.done .stepper-number {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .option.checked {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .no-print,
    .actions,
    .progress,
    .definition {
      display: none !important;
    }
    .statement {
      content-visibility: visible;
    }
    .pillar-result {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .pillar-result + .pillar-result {
      break-before: page;
    }
    /* What is folded on screen is unfolded on paper: the glossary and the results table. */
    details::details-content {
      content-visibility: visible;
      display: block;
      block-size: auto;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    /* Links show where they lead; "opens in a new tab" means nothing on paper. */
    .link-target {
      display: inline;
    }
    a .visually-hidden {
      display: none !important;
    }
  }
`;
