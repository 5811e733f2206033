// Defines <sociale-veiligheid-quickscan> and <sociale-veiligheid-quickscan-team>. Guarded, so a page
// that loads the script twice keeps working. Imported by ./sociale-veiligheid-quickscan.ts (the npm
// "define" entry) and ./standalone.ts (the bundle, which leaves the npm API out).
import { QuickscanElement } from './element/quickscan-element.js';
import { SCAN_TAG, TEAM_TAG } from './internal/tags.js';
import { QuickscanTeamElement } from './team/team-element.js';

// The tags are written out (not the constants) so the custom elements manifest names the real tags.
if (!customElements.get(SCAN_TAG)) customElements.define('sociale-veiligheid-quickscan', QuickscanElement);
if (!customElements.get(TEAM_TAG)) customElements.define('sociale-veiligheid-quickscan-team', QuickscanTeamElement);
