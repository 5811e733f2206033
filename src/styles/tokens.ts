// The --svq-* design tokens (documented in the README), each colour declared once: light-dark() picks
// the light or dark value by the host's color-scheme (the page's preference, or theme="light|dark").
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: light dark;
    --_text: var(--svq-color-text, light-dark(#1d2430, #e8ecf1));
    --_muted: var(--svq-color-muted, light-dark(#4a5568, #b4bcc8));
    --_bg: var(--svq-color-bg, light-dark(#ffffff, #15191f));
    --_surface: var(--svq-color-surface, light-dark(#f4f6f8, #1f252d));
    --_border: var(--svq-color-border, light-dark(#767f8c, #8a94a3));
    --_accent: var(--svq-color-accent, light-dark(#0b5f6b, #6fd0dc));
    --_on-accent: var(--svq-color-accent-contrast, light-dark(#ffffff, #0b1a1d));
    --_focus: var(--svq-color-focus, light-dark(#b8460b, #ffb079));
    --_priority: var(--svq-color-priority, light-dark(#b3261e, #ff8a80));
    --_attention: var(--svq-color-attention, light-dark(#8a5300, #ffc46b));
    --_in-order: var(--svq-color-in-order, light-dark(#1e6b3a, #7ddc9a));
    --_insufficient: var(--svq-color-insufficient, light-dark(#5c6470, #b4bcc8));
    --_danger: var(--svq-color-danger, light-dark(#b3261e, #ff8a80));
    --_radius: var(--svq-radius, 0.5rem);
    --_space: var(--svq-space, 1rem);
    --_ring: var(--svq-focus-ring, 3px solid var(--_focus));
    /* The direction of the texts: the UI's (Dutch, English: left to right), else the content's. */
    --_dir: ltr;

    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--svq-font, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
