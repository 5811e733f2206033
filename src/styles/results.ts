// Styles of the results (pillar scores, bands, bars, tables), shared by the scan's results view and
// the team view. Loaded with their chunks and adopted then (see ../internal/adopt-styles.ts).
import { css } from 'lit';

export const resultStyles = css`
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
  /* Band colours follow the band's place among the content's bands (data-tone), not its id. */
  [data-tone='priority'] {
    --_band: var(--_priority);
  }
  [data-tone='attention'] {
    --_band: var(--_attention);
  }
  [data-tone='in-order'] {
    --_band: var(--_in-order);
  }
  [data-tone='insufficient'] {
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

  /* A link's full address, for paper only (see @media print). */
  .link-target {
    display: none;
  }
  /* Print rules of the views that come with this sheet (results, plan, team); the rest are in ./media.ts. */
  @media print {
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
