// The <sociale-veiligheid-quickscan-team> class: a facilitator's view of a team's results. It shares
// the scan's controllers and styles; <sociale-veiligheid-quickscan mode="team"> renders it inside.
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from '../content/load.js';
import type { Content } from '../content/schema.js';
import { EVENTS, emit } from '../events.js';
import type { Locale } from '../localization.js';
import { ContentController } from '../internal/controllers/content-controller.js';
import { LocaleController } from '../internal/controllers/locale-controller.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { errorDetail } from '../internal/error-text.js';
import { renderError, renderLoading } from '../internal/views/error.js';
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

/**
 * A facilitator's view of a team's quickscan results: per pillar the spread of scores, what the team
 * agrees on and where it differs. Only aggregates of at least `min-group-size` results are shown.
 *
 * @fires quickscan-ready - Content loaded and valid: `{ contentId, contentVersion, locale }`.
 * @fires quickscan-error - Content could not be loaded or is invalid: `{ kind, message, issues? }`.
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
 * @csspart team-code-input - The text area where the facilitator pastes the team's share codes (any chat text).
 * @csspart team-feed - With `results-src`: loading progress, how many results arrived, and a readable error with retry.
 * @csspart team-counting - While a large team (over 1,000 results) is counted: the progress.
 * @csspart loading - The busy state while content loads.
 * @csspart error - The error view.
 */
export class QuickscanTeamElement extends LitElement {
  static override styles = [tokens, base, resultStyles, media, teamStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** URL of the content JSON. Used when no `content` property or inline JSON is given. */
  @property() src?: string;

  /** How long loading `src` may take (ms, default 15000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Content as an object (or JSON text); validated, takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) content?: unknown;

  /** Results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  @property({ attribute: false }) results: unknown[] = [];

  /**
   * URL of the team's results on the host's server: a JSON array of results, `{ "results": [...] }`, or an
   * xAPI StatementResult whose `more` links are followed (same origin, up to 100 pages). Never put
   * credentials in the page: serve it from your own endpoint or a proxy that adds them (see README).
   */
  @property({ attribute: 'results-src' }) resultsSrc?: string;

  /** How many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  /** `dark` or `light` forces a colour scheme; without it the element follows the page's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly _locale = new LocaleController(this);
  private readonly _content = new ContentController(this, this._locale);
  private readonly _team = new TeamController(() => this.requestUpdate());
  private _extras?: TeamExtras;
  private _extrasLoading?: Promise<unknown>;

  /** The active content, once loaded and valid. */
  get loadedContent(): Content | null {
    return this._content.content;
  }

  /** The language the element renders in. */
  get locale(): Locale {
    return this._locale.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this._locale.resolve();
    this._content.update();
    if (changed.has('results')) this._team.setResults(this.results);
    this._team.content = this.loadedContent;
    this._team.minGroupSize = clampGroupSize(this.minGroupSize);
    this._loadExtras();
    this._extras?.update(this.loadedContent, this.resultsSrc, this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS);
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

  protected override render() {
    const loaded = this._content.loaded;
    return this._locale.render(this.loadedContent?.lang, () => {
      const view = this._content.render({
        pending: renderLoading,
        error: (error) => renderError(errorDetail(error), () => this._content.retry()),
        complete: (content) =>
          renderTeam(
            { content, locale: this._locale.value, team: this._team.state!, extras: this._extras?.render(content, this._team.state!, this._locale.value) },
            {
              addFiles: (files) => this._addFiles(files),
              clearFiles: () => this._team.clearFiles(),
              print: () => window.print(),
              downloadCsv: () => this._downloadCsv(content),
            },
          ),
      });
      return html`<div class="base" part="base" lang=${this._locale.value} aria-busy=${loaded.status === 'pending' ? 'true' : 'false'}>${view}</div>`;
    });
  }
}
