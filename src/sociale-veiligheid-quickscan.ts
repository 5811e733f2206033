// Defines <sociale-veiligheid-quickscan>. Guarded, so a page that loads the script twice keeps working.
import { QuickscanElement } from './element/quickscan-element.js';

export const TAG_NAME = 'sociale-veiligheid-quickscan';

// The tag is written out (not TAG_NAME) so the custom elements manifest names the real tag.
if (!customElements.get(TAG_NAME)) customElements.define('sociale-veiligheid-quickscan', QuickscanElement);

export { QuickscanElement };
export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'sociale-veiligheid-quickscan': QuickscanElement;
  }
}
