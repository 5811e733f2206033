// Defines <sociale-veiligheid-quickscan> and <sociale-veiligheid-quickscan-team>. Guarded, so a page
// that loads the script twice keeps working.
import { QuickscanElement } from './element/quickscan-element.js';
import { TEAM_TAG } from './internal/tags.js';
import { QuickscanTeamElement } from './team/team-element.js';

export const TAG_NAME = 'sociale-veiligheid-quickscan';
export { TEAM_TAG };

// The tags are written out (not TAG_NAME) so the custom elements manifest names the real tags.
if (!customElements.get(TAG_NAME)) customElements.define('sociale-veiligheid-quickscan', QuickscanElement);
if (!customElements.get(TEAM_TAG)) customElements.define('sociale-veiligheid-quickscan-team', QuickscanTeamElement);

export { QuickscanElement, QuickscanTeamElement };
export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'sociale-veiligheid-quickscan': QuickscanElement;
    'sociale-veiligheid-quickscan-team': QuickscanTeamElement;
  }
}
