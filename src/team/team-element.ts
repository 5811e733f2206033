// The <sociale-veiligheid-quickscan-team> class: a facilitator's view of a team's results. It shares
// the scan's controllers and styles; <sociale-veiligheid-quickscan mode="team"> renders it inside.
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Content } from '../content/schema.js';
import { EVENTS, emit } from '../events.js';
import { ContentElement } from '../internal/content-element.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { downloadName } from '../scoring/export.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { resultStyles } from '../styles/results.js';
import { tokens } from '../styles/tokens.js';
import { clampGroupSize } from './aggregate.js';
import { TeamController } from './team-controller.js';
import { teamStyles } from './team.styles.js';
import { renderTeam, teamCsv } from './team-view.js';
import { renderTeamCompare } from './team-compare-view.js';

/**
 * A facilitator's view of a team's quickscan results: per pillar the spread of scores, what the team
 * agrees on and where it differs. Only aggregates of at least `min-group-size` results are shown.
 *
 * @fires quickscan-ready - Content loaded and valid: `{ contentId, contentVersion, locale }`.
 * @fires quickscan-error - Content could not be loaded or is invalid: `{ kind, message, issues? }`.
 * @fires quickscan-team-summary - The facilitator added result files and the team summary (at least `min-group-size` results) changed; `detail` is the aggregate, never individual answers.
 *
 * @attr theme - `dark` or `light` forces a colour scheme; without it the element follows `prefers-color-scheme`.
 *
 * @csspart base - The wrapper of every view.
 * @csspart team - The team view.
 * @csspart team-file-input - The file input for the team's result files (JSON).
 * @csspart team-rejected - The list of files or results that were not counted, with the reason.
 * @csspart team-waiting - The notice shown until enough results are counted.
 * @csspart team-pillar - One pillar of the team view (median, range, band shares).
 * @csspart team-lists - Where the team agrees it is strong, agrees work is needed, and disagrees.
 * @csspart team-actions - Print and CSV download of the team view.
 * @csspart team-download-button - Downloads the team aggregate as CSV.
 * @csspart team-clear-button - Forgets the chosen files.
 * @csspart team-compare - Comparison with an earlier team round (median per pillar then and now).
 * @csspart team-baseline-file-input - The file input for the earlier round's result files (JSON).
 * @csspart team-baseline-clear-button - Forgets the earlier round's files.
 * @csspart pillar-delta - One pillar's median then and now with the difference in words.
 * @csspart loading - The busy state while content loads.
 * @csspart error - The error view.
 */
export class QuickscanTeamElement extends ContentElement {
  static override styles = [tokens, base, resultStyles, media, teamStyles];

  /** Results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  @property({ attribute: false }) results: unknown[] = [];

  /** Results of an earlier team round to compare with (same validation and group-size rule). */
  @property({ attribute: false }) baselineResults: unknown[] = [];

  /** How many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  private readonly _team = new TeamController(() => this.requestUpdate());
  private readonly _baselineTeam = new TeamController(() => this.requestUpdate());

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('results')) this._team.setResults(this.results);
    this._team.content = this.loadedContent;
    this._team.minGroupSize = clampGroupSize(this.minGroupSize);
    if (changed.has('baselineResults')) this._baselineTeam.setResults(this.baselineResults);
    this._baselineTeam.content = this.loadedContent;
    this._baselineTeam.minGroupSize = this._team.minGroupSize;
  }

  private async _addFiles(files: File[]): Promise<void> {
    // Resolves with the summary when it counts more results than before and is shown (≥ min-group-size).
    const summary = await this._team.addFiles(files);
    if (summary) emit(this, EVENTS.teamSummary, summary);
  }

  private _downloadCsv(content: Content): void {
    const summary = this._team.summary;
    if (!summary?.ready) return;
    const text = this._locale.run(() => teamCsv(content, summary, this._locale.value));
    saveFile(this.renderRoot, downloadName(['quickscan-team', content.id], new Date(), 'csv'), text, CSV_TYPE);
  }

  protected override _renderContent(content: Content) {
    return html`${renderTeam(
      { content, locale: this._locale.value, team: this._team.state! },
      {
        addFiles: (files) => this._addFiles(files),
        clearFiles: () => this._team.clearFiles(),
        print: () => window.print(),
        downloadCsv: () => this._downloadCsv(content),
      },
    )}${renderTeamCompare(
      { content, locale: this._locale.value, team: this._team.state!, baseline: this._baselineTeam.state! },
      { addFiles: (files) => void this._baselineTeam.addFiles(files), clearFiles: () => this._baselineTeam.clearFiles() },
    )}`;
  }
}
