// Styles of the overview chart and the comparison, adopted into the element's shadow root when the
// lazy compare module loads (no inline style: the element works under a strict CSP).
import { css } from 'lit';

export const compareStyles = css`
  .overview {
    margin: var(--_space) 0;
  }
  .overview-svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-size: 13px;
  }
  .overview-svg.narrow {
    max-inline-size: 260px;
  }
  .overview-svg.wide {
    display: none;
    max-inline-size: 560px;
  }
  @container (min-width: 36rem) {
    .overview-svg.narrow {
      display: none;
    }
    .overview-svg.wide {
      display: block;
    }
  }
  .overview-svg text {
    fill: var(--_text);
  }
  .overview-svg .tick-label {
    fill: var(--_muted);
  }
  .overview-svg .tick {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .overview-svg .band-fill {
    fill: var(--_band);
    opacity: 0.14;
  }
  .overview-svg .band-hatch {
    stroke: var(--_band);
    opacity: 0.45;
  }
  .overview-svg .track {
    fill: none;
    stroke: var(--_border);
  }
  .overview-svg .bar-rect {
    fill: var(--_accent);
  }
  .overview-svg .placeholder {
    stroke: var(--_border);
  }
  .overview-svg .none-hatch {
    stroke: var(--_insufficient);
    opacity: 0.5;
  }
  .overview-svg .placeholder-text {
    font-style: italic;
  }
  .overview-svg .baseline-mark {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-dasharray: 3 2;
  }
  .overview-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-swatch {
    display: inline-block;
    inline-size: 1.2em;
    block-size: 0.9em;
    border: 1px solid var(--_border);
    background: color-mix(in srgb, var(--_band, transparent) 20%, transparent);
  }
  .legend-swatch.swatch-1 {
    background-image: repeating-linear-gradient(-45deg, var(--_band) 0 1px, transparent 1px 6px);
  }
  .legend-swatch.swatch-2 {
    background-image: repeating-linear-gradient(45deg, var(--_band) 0 2px, transparent 2px 6px);
  }
  .legend-swatch.swatch-baseline {
    inline-size: 0;
    border: 0;
    border-inline-start: 3px dashed var(--_text);
    background: none;
  }
  .compare .deltas {
    padding-inline-start: 1.25em;
  }
  .compare .deltas li {
    margin-block: 0.3em;
  }
  .delta-text {
    font-weight: 600;
  }
  .file-label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 100%;
  }
  .file-label input {
    max-inline-size: 100%;
  }
  @media (forced-colors: active) {
    .overview-svg {
      forced-color-adjust: none;
    }
    .overview-svg text,
    .overview-svg .tick-label {
      fill: CanvasText;
    }
    .overview-svg .band-fill {
      fill: Canvas;
      opacity: 1;
    }
    .overview-svg .band-hatch,
    .overview-svg .none-hatch {
      stroke: CanvasText;
      opacity: 1;
    }
    .overview-svg .tick,
    .overview-svg .track,
    .overview-svg .placeholder {
      stroke: CanvasText;
    }
    .overview-svg .bar-rect {
      fill: Highlight;
      stroke: CanvasText;
    }
    .overview-svg .baseline-mark {
      stroke: CanvasText;
    }
    .legend-swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: Canvas;
    }
    .legend-swatch.swatch-1,
    .legend-swatch.swatch-2 {
      background-image: repeating-linear-gradient(45deg, CanvasText 0 1px, Canvas 1px 6px);
    }
    .legend-swatch.swatch-baseline {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .overview-svg.narrow {
      display: none;
    }
    .overview-svg.wide {
      display: block;
    }
    .overview-svg,
    .legend-swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .overview-svg text,
    .overview-svg .tick-label {
      fill: #000;
    }
    .overview,
    .compare {
      break-inside: avoid;
    }
  }
`;
