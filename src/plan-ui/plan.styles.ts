// Styles of <svq-plan>. The --_* tokens come from the scan element around it (custom properties
// inherit into this shadow root, and so does the colour scheme), so the plan follows theme and host.
import { css } from 'lit';

export const planStyles = css`
  :host {
    display: block;
    color: var(--_text);
  }
  .plan {
    margin-block: calc(var(--_space) * 1.5);
  }
  .plan-pillar {
    margin-block: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  .plan-pillar > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.35em;
  }
  .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .measures {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .measure fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    min-inline-size: 0;
    background: var(--_surface);
  }
  .measure[data-status='done'] fieldset {
    border-inline-start: 4px solid var(--_in-order);
  }
  legend {
    font-weight: 600;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-start: 0.5em;
  }
  textarea,
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
  }
  textarea {
    display: block;
    inline-size: 100%;
    resize: vertical;
  }
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible,
  .measure-actions button:focus-visible,
  .add button:focus-visible,
  .plan-actions button:focus-visible,
  .link-button:focus-visible {
    outline: var(--_ring);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error,
  .overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .source,
  .hint,
  .empty {
    color: var(--_muted);
  }
  .measure-actions,
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
    align-items: center;
  }
  .add {
    flex-direction: column;
    align-items: stretch;
  }
  .add button {
    align-self: flex-start;
  }
  .measure-actions button,
  .add button {
    min-block-size: 2.75rem;
    padding: 0.4em 0.9em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .measure-actions .danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .plan-actions button:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  .suggestions ul {
    padding-inline-start: 1.25em;
  }
  .suggestions li + li {
    margin-block-start: 0.5em;
  }
  .suggestions .link-button {
    display: inline-block;
    min-block-size: 2.75rem;
    margin-inline-start: 0.25em;
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
  }
  .link-target {
    display: none;
  }
  .print-only {
    display: none;
  }
  .plan-table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 1em;
    break-inside: avoid;
  }
  .plan-table caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.25em;
  }
  .plan-table th,
  .plan-table td {
    border: 1px solid #000;
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  @media print {
    .plan-edit,
    .no-print,
    .plan-actions {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    :host {
      color: #000;
    }
    .plan {
      break-before: page;
    }
  }
`;
