// The <sociale-veiligheid-quickscan-team> class: a facilitator's view of a team's results. It shares
// the scan's controllers and styles; <sociale-veiligheid-quickscan mode="team"> renders it inside.
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from '../content/load-error.js';
import type { Content } from '../content/schema.js';
import { EVENTS, emit } from '../events.js';
import type { Locale } from '../localization.js';
import { ContentController } from '../internal/controllers/content-controller.js';
import { LocaleController } from '../internal/controllers/locale-controller.js';
import { errorTexts } from '../internal/error-chunk.js';
import { renderError, renderLoading } from '../internal/views/error.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { termStyles } from '../styles/terms.js';
import { adoptStyles } from '../internal/adopt-styles.js';
import { tokens } from '../styles/tokens.js';
import { chunksSettled, need } from '../internal/lazy.js';
import { teamChunk } from './team-lazy.js';
import type { TeamController } from './team-controller.js';

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
 * @csspart loading - The busy state while content loads.
 * @csspart error - The error view.
 */
export class QuickscanTeamElement extends LitElement {
  static override styles = [tokens, base, termStyles, media];

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

  /** How many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  /** `dark` or `light` forces a colour scheme; without it the element follows the page's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly _locale = new LocaleController(this);
  private readonly _content = new ContentController(this, this._locale);
  private _team?: TeamController;
  // The last view rendered (kept on show while a language's chunk loads).
  private _shown?: unknown;

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
    const chunk = need(teamChunk, () => this.requestUpdate());
    if (!chunk) return;
    if (!this._team) {
      // The results' styles before the media sheet, the team's own after it (as static styles had them).
      adoptStyles(this, [chunk.resultStyles]);
      adoptStyles(this, [chunk.teamStyles], 0);
      this._team = new chunk.TeamController(() => this.requestUpdate());
      this._team.setResults(this.results);
    } else if (changed.has('results')) this._team.setResults(this.results);
    this._team.content = this.loadedContent;
    this._team.minGroupSize = chunk.clampGroupSize(this.minGroupSize);
  }

  /** Rendered means rendered with the team chunk. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chunksSettled();
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  private async _addFiles(files: File[]): Promise<void> {
    // Resolves with the summary when it counts more results than before and is shown (≥ min-group-size).
    const summary = await this._team?.addFiles(files);
    if (summary) emit(this, EVENTS.teamSummary, summary);
  }

  private _downloadCsv(content: Content): void {
    const summary = this._team?.summary;
    const chunk = teamChunk.value;
    if (!summary?.ready || !chunk) return;
    const text = this._locale.run(() => chunk.teamCsv(content, summary, this._locale.value));
    chunk.downloadTeamCsv(this.renderRoot, content, text);
  }

  protected override render() {
    if (!this._locale.ready) return this._shown ?? this._locale.renderWaiting();
    const loaded = this._content.loaded;
    const chunk = teamChunk.value;
    const team = this._team;
    return this._locale.render(this.loadedContent?.lang, () => {
      const view = this._content.render({
        pending: renderLoading,
        error: (error) => {
          const t = need(errorTexts, () => this.requestUpdate());
          return t ? renderError(t.errorDetail(error), () => this._content.retry()) : renderLoading();
        },
        complete: (content) =>
          !chunk || !team ? renderLoading() : chunk.renderTeam(
            { content, locale: this._locale.value, team: team.state! },
            {
              addFiles: (files) => this._addFiles(files),
              clearFiles: () => team.clearFiles(),
              print: () => window.print(),
              downloadCsv: () => this._downloadCsv(content),
            },
          ),
      });
      const busy = loaded.status === 'pending' || !chunk;
      return (this._shown = html`<div class="base" part="base" lang=${this._locale.value} aria-busy=${busy ? 'true' : 'false'}>${view}</div>`);
    });
  }
}
