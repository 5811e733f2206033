// The <sociale-veiligheid-quickscan> class: public properties, and applying the scan's state (see
// ../scan/scan-state.ts) in one place. Side effects live in controllers (../internal/controllers/).
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from '../content/load-error.js';
import type { Content } from '../content/schema.js';
import type { TermIndex } from '../content/terms.js';
import { EVENTS, emit } from '../events.js';
import { msg, str, type Locale } from '../localization.js';
import { ContentController } from '../internal/controllers/content-controller.js';
import { FocusController } from '../internal/controllers/focus-controller.js';
import { LocaleController } from '../internal/controllers/locale-controller.js';
import { ProgressController } from '../internal/controllers/progress-controller.js';
import { errorTexts } from '../internal/error-chunk.js';
import { isStep, type Step } from '../internal/step.js';
import { type AnswerValue, countAnswered, countStatements, isAnswered, looseAnswers, sanitizeAnswers } from '../scoring/answers.js';
import type { Result } from '../scoring/result-schema.js';
import { initialScanState, reachableStep, reduce, type ScanAction, type ScanState } from '../scan/scan-state.js';
import { renderError, renderLoading } from '../internal/views/error.js';
import { warmFormats } from '../internal/format.js';
import { chunksSettled, lazy, need } from '../internal/lazy.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { termStyles } from '../styles/terms.js';
import { adoptStyles } from '../internal/adopt-styles.js';
import { tokens } from '../styles/tokens.js';
import { stepStyles } from './step.styles.js';
import { teamChunk } from '../team/team-lazy.js';
import { renderIntro } from './views/intro.js';
import { renderStep } from './views/step.js';

export type { Step };

// Loaded on first need (see ../internal/lazy.ts): the results view with scoring export and downloads,
// and the result check (zod) for a result the host sets.
const resultsView = lazy(() => import('./results-chunk.js'));
const resultCheck = lazy(() => import('../scoring/result-schema.js'));

function parseResultAttribute(value: string | null): unknown {
  if (value === null || value.trim() === '') return null;
  try {
    return JSON.parse(value);
  } catch {
    return { invalid: true };
  }
}

/**
 * An interactive self-scan of the four pillars for internal social safety (Jeugdzorg werkt!, May 2024).
 *
 * @fires quickscan-ready - Content loaded and valid: `{ contentId, contentVersion, locale }`.
 * @fires quickscan-answer - The person answered or changed a statement: `{ statementId, pillarId, value, answered, total }`.
 * @fires quickscan-step - The person moved to another step: `{ step, pillarId }` (step: 'intro' | index | 'results').
 * @fires quickscan-complete - The person finished (again only when the answers changed since); `detail` is the result.
 * @fires quickscan-error - Content could not be loaded or is invalid: `{ kind, message, issues? }`.
 *
 * @attr theme - `dark` or `light` forces a colour scheme; without it the element follows `prefers-color-scheme`.
 * @prop {string} lang - The native `lang` attribute/property: `nl` (default) or `en`; the element re-renders when it or an ancestor's `lang` changes.
 *
 * @fires quickscan-team-summary - Team mode: the facilitator added result files and the team summary (at least `min-group-size` results) changed; `detail` is the aggregate, never individual answers.
 *
 * @csspart base - The wrapper of every view.
 * @csspart intro - The intro view.
 * @csspart start-button - The button that starts the scan.
 * @csspart progress - Step and answer progress with the stepper.
 * @csspart stepper-item - A pillar button in the stepper.
 * @csspart step - A pillar step.
 * @csspart statement - The fieldset of one statement.
 * @csspart option - One answer option (label with radio).
 * @csspart guard - The message shown when "next" finds open statements.
 * @csspart next-button - Goes to the next pillar or the results.
 * @csspart back-button - Goes to the previous pillar or the intro.
 * @csspart term - A glossary term marked in text (a disclosure button).
 * @csspart definition - The definition shown for a marked term.
 * @csspart results - The results view.
 * @csspart first-tip - The prominent first tip ("the scan is not the truth").
 * @csspart priorities - The list of pillars to work on.
 * @csspart pillar-result - One pillar's result.
 * @csspart results-table - The table alternative of the results.
 * @csspart strengths - What is already strong.
 * @csspart tips - The tips.
 * @csspart glossary - The glossary.
 * @csspart colophon - Colophon and source.
 * @csspart results-actions - Print, download, edit and restart buttons.
 * @csspart print-button - Prints the results.
 * @csspart download-button - Downloads the result (JSON or CSV).
 * @csspart edit-button - Goes back to change answers.
 * @csspart restart-button - Asks to start over.
 * @csspart confirm - The start-over confirmation.
 * @csspart confirm-restart-button - Confirms starting over.
 * @csspart cancel-restart-button - Cancels starting over.
 * @csspart loading - The busy state while content loads.
 * @csspart error - The error view.
 * @csspart error-issues - The list of content issues.
 * @csspart retry-button - Retries loading after a network or HTTP error.
 * @csspart resume-offer - With `persist`: the offer to continue saved progress.
 * @csspart resume-button - Continues where the person left off.
 * @csspart discard-button - Forgets the saved progress and starts over.
 * @csspart storage-notice - With `persist`: the notice that the browser refused storage.
 * @csspart team - The team view.
 * @csspart team-file-input - The file input for the team's result files (JSON).
 * @csspart team-rejected - The list of files or results that were not counted, with the reason.
 * @csspart team-waiting - The notice shown until enough results are counted.
 * @csspart team-pillar - One pillar of the team view (median, range, band shares).
 * @csspart team-lists - Where the team agrees it is strong, agrees work is needed, and disagrees.
 * @csspart team-actions - Print and CSV download of the team view.
 * @csspart team-download-button - Downloads the team aggregate as CSV.
 * @csspart team-clear-button - Forgets the chosen files.
 *
 * @cssprop --svq-font - Font family (default: inherited from the page).
 * @cssprop --svq-color-text - Text colour.
 * @cssprop --svq-color-muted - Secondary text colour.
 * @cssprop --svq-color-bg - Background of the element.
 * @cssprop --svq-color-surface - Background of cards and options.
 * @cssprop --svq-color-border - Borders of cards and options (≥ 3:1 against the background).
 * @cssprop --svq-color-accent - Buttons, selected options, bars.
 * @cssprop --svq-color-accent-contrast - Text on the accent colour.
 * @cssprop --svq-color-focus - Focus ring colour.
 * @cssprop --svq-color-priority - Band colour "priority".
 * @cssprop --svq-color-attention - Band colour "attention".
 * @cssprop --svq-color-in-order - Band colour "in order".
 * @cssprop --svq-color-insufficient - Band colour "too few answers to say anything".
 * @cssprop --svq-color-danger - Validation and destructive actions.
 * @cssprop --svq-radius - Corner radius.
 * @cssprop --svq-space - Base spacing unit.
 * @cssprop --svq-focus-ring - Focus outline (width style colour).
 * @cssprop --svq-max-width - Maximum width of the content column.
 */
export class QuickscanElement extends LitElement {
  static override styles = [tokens, base, termStyles, stepStyles, media];

  /** URL of the content JSON. Used when no `content` property or inline JSON is given. */
  @property() src?: string;

  // `lang` stays the native attribute/property (it also sets the language for assistive technology);
  // the element only observes it. Region tags map to their language; unknown ones fall back to Dutch.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** How long loading `src` may take (ms, default 15000) before it ends in a network error with a retry. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Content as an object (or JSON text); validated, takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) content?: unknown;

  /** `dark` or `light` forces a colour scheme; without it the element follows the page's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** "team": renders <sociale-veiligheid-quickscan-team> with this content, `results` and `min-group-size` instead of the scan. */
  @property({ reflect: true, converter: { toAttribute: (value: unknown) => (value === 'scan' ? null : value) } })
  mode: 'scan' | 'team' = 'scan';

  /** Team mode: results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  @property({ attribute: false }) results: unknown[] = [];

  /** Team mode: how many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  /** Opt-in: keep answers and step in this browser's localStorage and offer them back on return. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** The scan's state; written in _dispatch only. */
  @state() private _state: ScanState = initialScanState;

  private readonly _locale = new LocaleController(this);
  private readonly _focus = new FocusController(this);
  private readonly _progress = new ProgressController(this, () => this._state.answers);
  private readonly _content = new ContentController(this, this._locale, (content, previous) => {
    this._dispatch({ type: 'content', previous });
    this._progress.open(content, this.persist, this._state.answers);
  });
  // What the host set before the content it belongs to was there; applied in willUpdate.
  private _pendingResult: unknown = null;
  private _pendingAnswers: unknown = null;
  private _pendingStep?: Step;
  // The last view rendered (kept on show while a language's chunk loads).
  private _shown?: unknown;
  // The results chunk was fetched ahead and the formats made (once per element).
  private _warmed = false;

  /** The last result (after completion or as set by the host), or null. */
  @property({ attribute: 'result', noAccessor: true, converter: { fromAttribute: parseResultAttribute } })
  get result(): Result | null {
    // A copy: a host that edits what it got (e.g. strips answers before storing) cannot change the view.
    return this._state.result && structuredClone(this._state.result);
  }
  set result(value: unknown) {
    this._pendingResult = value ?? null;
    if (value === null || value === undefined) this._dispatch({ type: 'clear-result' });
    // Unnamed: the getter only changes once the update applied the value.
    this.requestUpdate();
  }

  /** The answers so far, keyed by statement id (a number, or null for "unknown"). Settable to restore. */
  get answers(): Record<string, AnswerValue> {
    // What the host just set reads back at once: checked against the content when it is there.
    if (this._pendingAnswers !== null) return this.loadedContent ? { ...this._preview().answers } : looseAnswers(this._pendingAnswers);
    return { ...this._state.answers };
  }
  set answers(value: Record<string, AnswerValue>) {
    this._pendingAnswers = value ?? {};
    this.requestUpdate();
  }

  /** Where the person is: 'intro', a pillar index, or 'results'. Settable to restore (fires nothing). */
  get step(): Step {
    if (this._pendingStep !== undefined || this._pendingAnswers !== null) {
      if (this.loadedContent) return this._preview().step;
      if (isStep(this._pendingStep)) return this._pendingStep;
    }
    return this._state.step;
  }
  set step(value: Step) {
    this._pendingStep = value;
    this.requestUpdate();
  }

  /** The active content, once loaded and valid. */
  get loadedContent(): Content | null {
    return this._content.content;
  }

  /** The language the element renders in. */
  get locale(): Locale {
    return this._locale.value;
  }

  /** Clears all answers (and progress kept with `persist`) and returns to the intro. Fires no event. */
  reset(): void {
    this._pendingAnswers = this._pendingResult = null;
    this._pendingStep = undefined;
    this._dispatch({ type: 'reset' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    this._locale.resolve();
    this._content.update();
    const content = this.loadedContent;
    if (content) {
      if (changed.has('persist')) this._progress.open(content, this.persist, this._state.answers);
      this._applyPending();
    }
  }

  /** The one place the scan's state changes: applies an action, then its focus, saving and events. */
  private _dispatch(action: ScanAction): void {
    const t = reduce(this._state, action, this._context());
    this._state = t.state;
    if (t.clearProgress) this._progress.clear();
    if (t.save) this._progress.save(t.state.answers, t.state.step);
    if (t.navigated) this._focus.navigated();
    if (t.focus) this._focus.after(t.focus);
    for (const event of t.events) {
      // An answer is told at once; a step, a completion or a refusal once the view shows it.
      if (event.name === 'quickscan-answer') emit(this, EVENTS.answer, event.detail);
      else if (event.name === 'result-refused') {
        Promise.all([errorTexts.load(), this._locale.whenReady()]).then(([t]) => {
          const detail = this._locale.run(() => t.resultErrorDetail(event.detail));
          this.updateComplete.then(() => emit(this, EVENTS.error, detail));
        }, () => {});
      } else this.updateComplete.then(() => emit(this, event.name, event.detail as never));
    }
  }

  /** The answers and step once what the host set is applied: the getters return it before the update. */
  private _preview(): ScanState {
    const ctx = this._context();
    let s = this._state;
    if (this._pendingAnswers !== null) s = reduce(s, { type: 'set-answers', answers: this._pendingAnswers }, ctx).state;
    if (this._pendingStep !== undefined) s = reduce(s, { type: 'set-step', step: this._pendingStep }, ctx).state;
    return s;
  }

  private _context() {
    return { content: this.loadedContent, locale: this._content.contentLocale, checkResult: resultCheck.value?.checkResult };
  }

  /** Rendered means rendered with the chunks it needed (the English texts, the results view). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chunksSettled();
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  /** Applies answers, a step or a result the host set, once the content they belong to is there. */
  private _applyPending(): void {
    const { _pendingAnswers: answers, _pendingStep: step, _pendingResult: result } = this;
    this._pendingAnswers = this._pendingResult = null;
    this._pendingStep = undefined;
    if (answers !== null) {
      this._progress.dropOffer();
      this._dispatch({ type: 'set-answers', answers });
    }
    if (step !== undefined) this._dispatch({ type: 'set-step', step });
    if (result === null) return;
    // The check needs zod: the result waits for its chunk.
    if (need(resultCheck, () => this.requestUpdate())) this._dispatch({ type: 'set-result', result });
    else this._pendingResult = result;
  }

  private _resume(): void {
    const saved = this._progress.dropOffer();
    if (saved) this._dispatch({ type: 'resume', answers: saved.answers, step: saved.step, savedAt: saved.savedAt });
  }

  private _discard(): void {
    this.reset();
    this._focus.after('[part~="start-button"]');
  }

  // ——— rendering ———

  protected override render() {
    // Until the language's chunk is there: what was shown stays (no half-translated view), and a
    // first render shows the busy state without Dutch in it.
    if (!this._locale.ready) return this._shown ?? this._locale.renderWaiting();
    const loaded = this._content.loaded;
    if (this.mode === 'team' && loaded.status === 'complete') {
      const team = need(teamChunk, () => this.requestUpdate());
      if (team) return team.renderTeamMode(this, loaded.content);
    }
    return this._locale.render(this.loadedContent?.lang, () => {
      const view = this._content.render({
        pending: renderLoading,
        error: (error) => {
          const t = need(errorTexts, () => this.requestUpdate());
          return t ? renderError(t.errorDetail(error), () => this._retry()) : renderLoading();
        },
        complete: (content, terms) => this._renderView(content, terms),
      });
      return (this._shown = html`<div class="base" part="base" lang=${this._locale.value} aria-busy=${loaded.status === 'pending' ? 'true' : 'false'} @click=${this._focus.pointerGuard}>
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcementText()}</div>
        ${this._renderNotices()}
        ${view}
      </div>`);
    });
  }

  private _retry(): void {
    this._focus.after('#view-heading', () => this._content.loaded.status !== 'pending');
    this._content.retry();
  }

  /** Notices that belong to wherever the person is (the intro shows the storage notice itself). */
  private _renderNotices() {
    if (!this.loadedContent) return nothing;
    const storage = this._progress.notice && this._state.step !== 'intro';
    const texts = this._state.resultProblem && need(errorTexts, () => this.requestUpdate());
    const problem = texts && this._state.resultProblem && texts.resultErrorDetail(this._state.resultProblem);
    return html`${problem
      ? html`<div class="notice result-error" role="alert">
          <p>${problem.message}</p>
          ${problem.issues?.length
            ? html`<ul class="issues">${problem.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>`
            : nothing}
        </div>`
      : nothing}
    ${storage
      ? html`<p class="notice" part="storage-notice" role="status">${msg('Je antwoorden kunnen in deze browser niet worden bewaard; ze blijven alleen staan zolang deze pagina open is.')}</p>`
      : nothing}`;
  }

  private _announcementText(): string {
    const content = this.loadedContent;
    const step = this._state.announced;
    if (!content || step === null) return '';
    if (typeof step === 'number') {
      const pillar = content.pillars[step];
      return pillar ? msg(str`Stap ${step + 1} van ${content.pillars.length}: ${pillar.title}`) : '';
    }
    return step === 'results' ? msg('De uitkomst staat klaar.') : msg('Uitleg van de quickscan');
  }

  private _guardMessage(content: Content, open: number): string {
    if (!open) return '';
    const count = open === 1
      ? msg('Beantwoord eerst alle stellingen van deze pijler. Er is nog 1 stelling open.')
      : msg(str`Beantwoord eerst alle stellingen van deze pijler. Er zijn nog ${open} stellingen open.`);
    const unknown = content.scale.unknown?.label;
    return unknown ? `${count} ${msg(str`Weet je het niet, kies dan „${unknown}”.`)}` : count;
  }

  private _renderView(content: Content, terms: TermIndex) {
    const locale = this._locale.value;
    const { step, answers, result, flagged } = this._state;
    const go = (to: Step) => this._dispatch({ type: 'go', step: to });
    if (step === 'intro') {
      const offer = this._progress.offer;
      const total = countStatements(content.pillars);
      return renderIntro(
        {
          content,
          locale,
          resuming: Object.keys(answers).length > 0,
          offer: offer ? { answered: countAnswered(content.pillars, sanitizeAnswers(content, offer.answers)), total } : null,
          storageNotice: this._progress.notice,
        },
        { start: () => go(0), resume: () => this._resume(), discard: () => this._discard() },
      );
    }
    if (step === 'results' && result) {
      const view = need(resultsView, () => this.requestUpdate());
      if (!view) return renderLoading();
      adoptStyles(this, [view.resultStyles]);
      return view.renderResults(
        { content, result, answers, locale, confirmingRestart: this._state.confirmingRestart },
        {
          edit: go,
          askRestart: () => this._dispatch({ type: 'ask-restart' }),
          confirmRestart: () => this._dispatch({ type: 'confirm-restart' }),
          cancelRestart: () => this._dispatch({ type: 'cancel-restart' }),
          print: () => window.print(),
          download: (format) => view.downloadResult(this.renderRoot, content, result, format, locale),
        },
      );
    }
    if (typeof step !== 'number') return nothing;
    const pillar = content.pillars[step];
    // The scan has begun: the results view will be needed (fetched now, while the person reads), and
    // its date format is made when the browser is idle, not on the click that shows the results.
    if (!resultsView.value && !this._warmed) {
      this._warmed = true;
      // Its styles are parsed and adopted as soon as it is here, not on the click that shows the results.
      resultsView.prefetch().then((view) => view && adoptStyles(this, [view.resultStyles]));
      const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
      idle(() => warmFormats(locale), { timeout: 1000 });
    }
    const open = flagged.size ? pillar.statements.filter((s) => flagged.has(s.id) && !isAnswered(answers, s.id)).length : 0;
    return renderStep(
      {
        content,
        pillar,
        index: step,
        answers,
        flagged,
        // The count is the one found when "next" was pressed: the alert stays the same while the person
        // answers (no re-announcement on every click) and clears once nothing is open.
        guardMessage: this._guardMessage(content, open ? flagged.size : 0),
        answered: countAnswered(content.pillars, answers),
        total: countStatements(content.pillars),
        reachable: reachableStep(content, answers),
        terms,
        openTerm: this._state.openTerm,
        idPrefix: 'q',
      },
      {
        answer: (s, value) => this._dispatch({ type: 'answer', statementId: s.id, value }),
        next: () => this._dispatch({ type: 'next' }),
        back: () => go(step === 0 ? 'intro' : step - 1),
        goTo: (i) => i !== step && go(i),
        toggleTerm: (key) => this._dispatch({ type: 'toggle-term', key }),
      },
    );
  }
}
