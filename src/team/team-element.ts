// The <sociale-veiligheid-quickscan-team> class: a facilitator's view of a team's results. It shares
// the scan's controllers and styles; <sociale-veiligheid-quickscan mode="team"> renders it inside.
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT_MS } from '../content/load-error.js';
import type { Content } from '../content/schema.js';
import { adoptStyles } from '../internal/adopt-styles.js';
import { ContentElement } from '../internal/content-element.js';
import { need } from '../internal/lazy.js';
import { renderLoading } from '../internal/views/loading.js';
import type { Plan } from '../plan/plan-schema.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { termStyles } from '../styles/terms.js';
import { tokens } from '../styles/tokens.js';
import type { TeamBody } from './team-body.js';
import { teamChunk } from './team-lazy.js';

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
  static override styles = [tokens, base, termStyles, media];
  // Not decorators: see ../internal/content-element.ts.
  static override properties: PropertyDeclarations = {
    results: { attribute: false },
    baselineResults: { attribute: false },
    resultsSrc: { attribute: 'results-src' },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    plan: { attribute: false, noAccessor: true },
  };

  /** Results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  results: unknown[] = [];

  /** Results of an earlier team round to compare with (same validation and group-size rule). */
  baselineResults: unknown[] = [];
  /**
   * URL of the team's results on the host's server: a JSON array of results, `{ "results": [...] }`, or an
   * xAPI StatementResult whose `more` links are followed (same origin, up to 100 pages). Never put
   * credentials in the page: serve it from your own endpoint or a proxy that adds them (see README).
   */
  resultsSrc?: string;

  /** How many results are needed before anything is shown (default 3, never below 2). */
  minGroupSize = 3;

  // Made once the team chunk is there (aggregation, plan, views and styles are in it).
  private _body?: TeamBody;
  private _pendingPlan: unknown = undefined;

  /** The team's plan of action, or null. Settable (e.g. last meeting's plan): validated against the content. */
  get plan(): Plan | null {
    const plan = this._body?.plan;
    return plan ? structuredClone(plan) : null;
  }
  set plan(value: unknown) {
    this._pendingPlan = value ?? null;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const chunk = need(teamChunk, () => this.requestUpdate());
    if (!chunk) return;
    if (!this._body) {
      // The results' styles before the media sheet, the team's own after it (as static styles had them).
      adoptStyles(this, [chunk.resultStyles]);
      adoptStyles(this, [chunk.teamStyles], 0);
      this._body = new chunk.TeamBody(this, (fn) => this._locale.run(fn));
    }
    const pending = this.loadedContent ? this._pendingPlan : undefined;
    if (this.loadedContent) this._pendingPlan = undefined;
    this._body.update(changed, this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS, pending);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._body?.disconnect();
  }

  protected override _waiting(): boolean {
    return !this._body;
  }

  protected override _renderContent(content: Content) {
    return this._body ? this._body.render(content) : renderLoading();
  }
}
