// Styles both elements share: box model, text direction, the view column, headings, buttons, notices,
// loading and errors. Reduced motion, forced colours and print are in ./media.ts (they come last).
import { css } from 'lit';

export const base = css`
  /* Not ::before/::after: no pseudo-element here has content, and a rule that matches every element's
     ::before and ::after makes the browser resolve their styles for each element on every recalc. */
  * {
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
`;
