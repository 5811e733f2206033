// Defines <sociale-veiligheid-quickscan>. Guarded, so a page that loads the script twice keeps working.
import { QuickscanElement } from './element/quickscan-element.js';

export const TAG_NAME = 'sociale-veiligheid-quickscan';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, QuickscanElement);

export { QuickscanElement };
export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'sociale-veiligheid-quickscan': QuickscanElement;
  }
}
