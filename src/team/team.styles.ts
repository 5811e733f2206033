// Extra styles of the team view, added after the element's own styles (same --_ tokens).
import { css } from 'lit';

export const teamStyles = css`
  .drop-zone {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .drop-zone:focus-within {
    border-color: var(--_accent);
  }
  .drop-zone label {
    font-weight: 600;
  }
  .drop-zone input:focus-visible {
    outline: var(--_ring);
    outline-offset: 2px;
  }
  .hint-text {
    color: var(--_muted);
    margin: 0;
  }
  .team-count {
    margin-block: var(--_space);
  }
  .rejected {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  .range,
  .share-bar {
    position: relative;
    display: flex;
    block-size: 0.9rem;
    margin-block: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .share-bar span {
    block-size: 100%;
    background: var(--_band, var(--_accent));
  }
  .share-bar span + span {
    border-inline-start: 2px solid var(--_bg);
  }
  .range {
    overflow: visible;
  }
  .range span {
    position: absolute;
    inset-block: 0;
  }
  .range-line {
    inset-block: calc(50% - 1px) !important;
    border-block-start: 2px solid var(--_text);
  }
  .range-box {
    background: var(--_accent);
    opacity: 0.5;
  }
  .range-median {
    inline-size: 3px;
    margin-inline-start: -1px;
    inset-block: -0.2rem !important;
    background: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    border-radius: 2px;
    background: var(--_band, var(--_accent));
  }
  @media (forced-colors: active) {
    .share-bar span,
    .range-box,
    .range-median,
    .swatch {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
