// mode="team", the compatible spelling of <sociale-veiligheid-quickscan-team>: the scan element renders
// the team element with its own content, results and group size, and passes its ::parts on.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Content } from '../content/schema.js';

const TEAM_PARTS = [
  'base', 'team', 'team-file-input', 'team-rejected', 'team-waiting', 'team-pillar', 'team-lists', 'team-actions',
  'team-download-button', 'team-clear-button', 'team-compare', 'team-baseline-file-input', 'team-baseline-clear-button', 'pillar-delta', 'download-button', 'print-button', 'first-tip', 'tips', 'glossary',
  'plan', 'plan-pillar', 'measure', 'measure-text', 'measure-owner', 'measure-due', 'measure-status', 'add-measure-button',
  'suggest-measure-button', 'remove-measure-button', 'plan-download-button',
  'team-code-input', 'team-feed', 'team-counting', 'retry-button',
].join(', ');

interface TeamHost {
  readonly theme?: string;
  readonly results: unknown[];
  readonly baselineResults: unknown[];
  readonly minGroupSize: number;
  readonly resultsSrc?: string;
  readonly timeout: number;
}

/** The scan element already said whether its content loaded: the inner element's own word is not repeated. */
const quiet = (e: Event) => e.stopPropagation();
/** …but an error loading `results-src` is news to the host. */
const quietContent = (e: Event) => (e as CustomEvent<{ source?: string }>).detail?.source !== 'results' && e.stopPropagation();

export function renderTeamMode(host: TeamHost, content: Content) {
  return html`<sociale-veiligheid-quickscan-team
    exportparts=${TEAM_PARTS}
    theme=${ifDefined(host.theme)}
    .content=${content}
    .results=${host.results}
    .baselineResults=${host.baselineResults}
    .minGroupSize=${host.minGroupSize}
    results-src=${ifDefined(host.resultsSrc)}
    .timeout=${host.timeout}
    @quickscan-ready=${quiet}
    @quickscan-error=${quietContent}
  ></sociale-veiligheid-quickscan-team>`;
}
