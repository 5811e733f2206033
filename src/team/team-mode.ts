// mode="team", the compatible spelling of <sociale-veiligheid-quickscan-team>: the scan element renders
// the team element with its own content, results and group size, and passes its ::parts on.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Content } from '../content/schema.js';

const TEAM_PARTS = [
  'base', 'team', 'team-file-input', 'team-rejected', 'team-waiting', 'team-pillar', 'team-lists', 'team-actions',
  'team-download-button', 'team-clear-button', 'download-button', 'print-button', 'first-tip', 'tips', 'glossary',
].join(', ');

interface TeamHost {
  readonly theme?: string;
  readonly results: unknown[];
  readonly minGroupSize: number;
}

/** The scan element already said whether its content loaded: the inner element's own word is not repeated. */
const quiet = (e: Event) => e.stopPropagation();

export function renderTeamMode(host: TeamHost, content: Content) {
  return html`<sociale-veiligheid-quickscan-team
    exportparts=${TEAM_PARTS}
    theme=${ifDefined(host.theme)}
    .content=${content}
    .results=${host.results}
    .minGroupSize=${host.minGroupSize}
    @quickscan-ready=${quiet}
    @quickscan-error=${quiet}
  ></sociale-veiligheid-quickscan-team>`;
}
