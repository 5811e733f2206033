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
    /* The results' own print rules are in ./results.ts (loaded with the results view). */
  }
`;
