// Reduced motion, forced colours and print: overrides for every view, so they come after the views' styles.
import { css } from 'lit';

export const media = css`
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    .meter rect {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .bar span,
    .stepper-item.done .stepper-number {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .meter rect {
      fill: CanvasText;
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
