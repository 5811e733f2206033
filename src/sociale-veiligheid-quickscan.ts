// Defines <sociale-veiligheid-quickscan> and <sociale-veiligheid-quickscan-team> (see
// ./define-elements.ts) and exports the npm API.
import './define-elements.js';
import { QuickscanElement } from './element/quickscan-element.js';
import { TEAM_TAG } from './internal/tags.js';
import { QuickscanTeamElement } from './team/team-element.js';

export const TAG_NAME = 'sociale-veiligheid-quickscan';
export { TEAM_TAG };

export { QuickscanElement, QuickscanTeamElement };
export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'sociale-veiligheid-quickscan': QuickscanElement;
    'sociale-veiligheid-quickscan-team': QuickscanTeamElement;
  }
}
