// Extra styles of the team view, added after the element's own styles (same --_ tokens; the bars
// build on the element's `.bar`).
import { css } from 'lit';

export const teamStyles = css`
  .drop-zone {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
    background: var(--_surface);
  }
  .drop-zone label {
    font-weight: 600;
  }
  .drop-zone p {
    margin: 0;
  }
  .drop-zone:focus-within {
    border-color: var(--_accent);
  }
  .drop-zone textarea {
    inline-size: 100%;
    min-block-size: 5em;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
  }
  .counting progress {
    display: block;
    inline-size: 100%;
  }
  .drop-zone textarea:focus-visible,
  .drop-zone input:focus-visible {
    outline: var(--_ring);
  }
  .team .bar {
    display: flex;
    position: relative;
    margin-block: 0.5em;
  }
  .share-bar span + span {
    border-inline-start: 2px solid var(--_bg);
  }
  .team .range {
    overflow: visible;
  }
  .range span {
    position: absolute;
    inset-block: 0;
    block-size: auto;
  }
  .range .range-line {
    inset-block: calc(50% - 1px);
    border-block-start: 2px solid var(--_text);
    background: none;
  }
  .range .range-box {
    opacity: 0.5;
    background: var(--_accent);
  }
  .range .range-median {
    inline-size: 3px;
    inset-block: -0.2rem;
    background: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    background: var(--_band, var(--_accent));
  }
  @media (forced-colors: active) {
    .range span,
    .swatch {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
