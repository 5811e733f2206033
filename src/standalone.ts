// Entry of the standalone bundle (dist/sociale-veiligheid-quickscan.js): defines the two elements and
// exports nothing. It does not go through ./sociale-veiligheid-quickscan.ts, which re-exports the npm
// API (schemas, zod): the bundle carries only what the element uses, the rest loads as chunks.
import { QuickscanElement } from './element/quickscan-element.js';
import { SCAN_TAG, TEAM_TAG } from './internal/tags.js';
import { QuickscanTeamElement } from './team/team-element.js';

// Guarded, so a page that loads the script twice keeps working.
for (const [tag, element] of [[SCAN_TAG, QuickscanElement], [TEAM_TAG, QuickscanTeamElement]] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
