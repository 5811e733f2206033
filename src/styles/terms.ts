// Styles of glossary terms marked in text and their definitions (steps, results, team view).
import { css } from 'lit';

export const termStyles = css`
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
`;
