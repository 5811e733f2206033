// The <sociale-veiligheid-quickscan-team> class: a facilitator's view of a team's results. It shares
// the scan's controllers and styles; <sociale-veiligheid-quickscan mode="team"> renders it inside.
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from '../content/load.js';
import type { Content } from '../content/schema.js';
import { EVENTS, emit } from '../events.js';
import { ContentElement } from '../internal/content-element.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { resultErrorDetail } from '../internal/error-text.js';
import type { QuickscanErrorDetail } from '../events.js';
import { validatePlan } from '../plan/plan-content.js';
import type { Plan } from '../plan/plan-schema.js';
import { renderTeamPlan } from './team-plan.js';
import { downloadName } from '../scoring/export.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { resultStyles } from '../styles/results.js';
import { tokens } from '../styles/tokens.js';
import { clampGroupSize } from './aggregate.js';
import { TeamController } from './team-controller.js';
import { teamStyles } from './team.styles.js';
import type { TeamExtras } from './team-extras.js';
import { renderTeam, teamCsv } from './team-view.js';
import { renderTeamCompare } from './team-compare-view.js';

/**
 * A facilitator's view of a team's quickscan results: per pillar the spread of scores, what the team
 * agrees on and where it differs. Only aggregates of at least `min-group-size` results are shown.
 *
 * @fires quickscan-ready - Content loaded and valid: `{ contentId, contentVersion, locale }`.
 * @fires quickscan-error - Content could not be loaded or is invalid: `{ kind, message, issues? }`.
 * @fires quickscan-plan - The team's plan of action changed (on change or blur): `{ plan, change, measureId }`.
 * @fires quickscan-team-summary - The facilitator added result files or pasted share codes and the team summary (at least `min-group-size` results) changed; `detail` is the aggregate, never individual answers.
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
 * @csspart plan - The team's plan of action.
 * @csspart plan-pillar - One pillar of the plan (a disclosure; the team's priorities open).
 * @csspart measure - One measure of the plan.
 * @csspart measure-text - The text field of a measure.
 * @csspart measure-owner - Who does the measure.
 * @csspart measure-due - The due date of a measure (a date input).
 * @csspart measure-status - The status of a measure (open, doing, done).
 * @csspart add-measure-button - Adds the measure written in a pillar's "new measure" field.
 * @csspart suggest-measure-button - Makes a measure of a suggested statement, disagreement or tool.
 * @csspart remove-measure-button - Removes a measure (with undo).
 * @csspart plan-download-button - Downloads the plan (CSV, or the dated measures as .ics calendar).
 * @csspart team-code-input - The text area where the facilitator pastes the team's share codes (any chat text).
 * @csspart team-feed - With `results-src`: loading progress, how many results arrived, and a readable error with retry.
 * @csspart team-counting - While a large team (over 1,000 results) is counted: the progress.
 * @csspart loading - The busy state while content loads.
 * @csspart error - The error view.
 */
export class QuickscanTeamElement extends ContentElement {
  static override styles = [tokens, base, resultStyles, media, teamStyles];

  /** Results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  @property({ attribute: false }) results: unknown[] = [];

  /** Results of an earlier team round to compare with (same validation and group-size rule). */
  @property({ attribute: false }) baselineResults: unknown[] = [];
  /**
   * URL of the team's results on the host's server: a JSON array of results, `{ "results": [...] }`, or an
   * xAPI StatementResult whose `more` links are followed (same origin, up to 100 pages). Never put
   * credentials in the page: serve it from your own endpoint or a proxy that adds them (see README).
   */
  @property({ attribute: 'results-src' }) resultsSrc?: string;

  /** How many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  private readonly _team = new TeamController(() => this.requestUpdate());
  private readonly _baselineTeam = new TeamController(() => this.requestUpdate());
  private _extras?: TeamExtras;
  private _extrasLoading?: Promise<unknown>;

  /** The team's plan of action (one writer: this element). */
  @state() private _plan: Plan | null = null;
  @state() private _planProblem: QuickscanErrorDetail | null = null;
  private _pendingPlan: unknown = undefined;

  /** The team's plan of action, or null. Settable (e.g. last meeting's plan): validated against the content. */
  @property({ attribute: false, noAccessor: true })
  get plan(): Plan | null {
    return this._plan && structuredClone(this._plan);
  }
  set plan(value: unknown) {
    this._pendingPlan = value ?? null;
    this.requestUpdate();
  }


  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('results')) this._team.setResults(this.results);
    this._team.content = this.loadedContent;
    this._team.minGroupSize = clampGroupSize(this.minGroupSize);
    if (changed.has('baselineResults')) this._baselineTeam.setResults(this.baselineResults);
    this._baselineTeam.content = this.loadedContent;
    this._baselineTeam.minGroupSize = this._team.minGroupSize;
    this._loadExtras();
    this._extras?.update(this.loadedContent, this.resultsSrc, this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS);
    const content = this.loadedContent;
    if (content && this._pendingPlan !== undefined) {
      const value = this._pendingPlan;
      this._pendingPlan = undefined;
      const checked = value === null ? ({ ok: true, plan: null } as const) : validatePlan(content, value);
      if (checked.ok) {
        this._plan = checked.plan;
        this._planProblem = null;
      } else {
        const detail = this._locale.run(() => resultErrorDetail({ kind: 'plan', issues: checked.issues.slice(0, 20) }));
        this._planProblem = detail;
        this.updateComplete.then(() => emit(this, EVENTS.error, detail));
      }
    }
  }

  private _renderPlan(content: Content) {
    const summary = this._team.summary;
    if (!summary?.ready) return nothing;
    const problem = this._planProblem;
    return html`${problem ? html`<div class="notice result-error" role="alert"><p>${problem.message}</p></div>` : nothing}
      ${renderTeamPlan(content, summary, this._locale.value, this._plan, (d) => {
        this._plan = d.plan;
        this._planProblem = null;
        emit(this, EVENTS.plan, { plan: structuredClone(d.plan), change: d.change, measureId: d.measureId });
      })}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._extras?.disconnect();
  }

  /** Share codes, `results-src` and counting progress live in their own module, loaded on first render. */
  private _loadExtras(): void {
    this._extrasLoading ??= import('./team-extras.js').then(
      ({ TeamExtras }) => {
        this._extras = new TeamExtras(
          {
            renderRoot: this.renderRoot,
            requestUpdate: () => this.requestUpdate(),
            summaryGrew: (summary) => emit(this, EVENTS.teamSummary, summary),
            feedFailed: (detail) => emit(this, EVENTS.error, detail),
            inLocale: (fn) => this._locale.run(fn),
          },
          this._team,
        );
        this.requestUpdate();
      },
      () => (this._extrasLoading = undefined),
    );
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
      { content, locale: this._locale.value, team: this._team.state!, planView: this._renderPlan(content), extras: this._extras?.render(content, this._team.state!, this._locale.value) },
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
