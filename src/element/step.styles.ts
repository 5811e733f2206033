// Styles of the scan's own views: the intro, progress and stepper, statements and options.
import { css } from 'lit';

export const stepStyles = css`
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

  /* The steps' own node (see the element's _stepIn). Ahead of the start click the first step is styled and
     laid out in it unseen: out of the flow at the content box's width (the width it gets in the flow, so
     its layout is reused when it shows) and clipped to nothing, so the page does not grow and no pointer
     reaches it. No inherited property (visibility, pointer-events, inert) and no content-visibility: each
     would make the browser restyle every element of the step when it shows. The element hides it from
     assistive technology (aria-hidden) and takes its controls out of the tab order. */
  .base {
    position: relative;
  }
  .step-host.ahead {
    position: absolute;
    inset-inline: var(--_space);
    inset-block-start: 0;
    block-size: 0;
    overflow: clip;
  }

  /* progress */
  .progress {
    margin-block-end: var(--_space);
  }
  /* The counts change with every answer: figures of one width, and the box contained, so an answer
     relayouts nothing outside it. */
  .progress-text {
    font-variant-numeric: tabular-nums;
    contain: layout paint;
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0 0 0.4em;
  }
  /* An SVG bar: its width is an attribute (no inline style for a strict CSP), and a changed width repaints
     the bar without laying out anything around it. */
  .meter {
    display: block;
    contain: strict;
    inline-size: 100%;
    block-size: 0.5rem;
    box-sizing: border-box;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .meter rect {
    fill: var(--_accent);
    transition: width 0.2s ease;
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
      /* As many equal columns as the scale has options. */
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
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

`;
