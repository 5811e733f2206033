// The <sociale-veiligheid-quickscan> class: public properties, and applying the scan's state (see
// ../scan/scan-state.ts) in one place. Side effects live in controllers (../internal/controllers/).
// Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { html, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Content } from '../content/schema.js';
import type { TermIndex } from '../content/terms.js';
import { EVENTS, emit } from '../events.js';
import { ContentElement } from '../internal/content-element.js';
import { ProgressController } from '../internal/controllers/progress-controller.js';
import { errorTexts } from '../internal/error-chunk.js';
import { lazy, need } from '../internal/lazy.js';
import { adoptStyles } from '../internal/adopt-styles.js';
import { isStep, type Step } from '../internal/step.js';
import { HostInputs } from '../scan/host-inputs.js';
import { initialScanState, reachableStep, reduce, type ScanAction, type ScanContext, type ScanState } from '../scan/scan-state.js';
import { type AnswerValue, countAnswered, countStatements, isAnswered, looseAnswers, sanitizeAnswers } from '../scoring/answers.js';
import type { Result } from '../scoring/result-schema.js';
import type { Plan } from '../plan/plan-schema.js';
import { base } from '../styles/base.js';
import { media } from '../styles/media.js';
import { termStyles } from '../styles/terms.js';
import { tokens } from '../styles/tokens.js';
import type { CompareController } from '../compare/compare-controller.js';
import type { ResultsStages } from './results-stages.js';
import { stepStyles } from './step.styles.js';
import { teamChunk } from '../team/team-lazy.js';
import { renderLoading } from '../internal/views/loading.js';
import { renderIntro } from './views/intro.js';
import { announcementText, guardMessage, parseResultAttribute, renderNotices } from './views/notices.js';
import { renderStep } from './views/step.js';

export type { Step };

// Loaded on first need (see ../internal/lazy.ts): the results view with scoring export and downloads,
// and the checks (zod) of a result or plan the host sets.
const resultsView = lazy(() => import('./results-chunk.js'));

/**
 * Every view of the scan: the view, then the step host (or nothing). One template, so the step host stays
 * where it is (attached and laid out) when the intro before it goes.
 */
const views = (view: unknown, step: unknown) => html`${view}${step}`;

/** How long after the intro first renders the first step is laid out ahead (at the next idle moment). */
const AHEAD_DELAY_MS = 250;

/** Runs `fn` when the browser is idle (within 2 s; a short timeout where there is no idle callback). */
const whenIdle = (fn: () => void) => (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50)))(fn, { timeout: 2000 });
const hostChecks = lazy(() => import('../scan/host-checks.js'));

/**
 * An interactive self-scan of the four pillars for internal social safety (Jeugdzorg werkt!, May 2024).
 *
 * @fires quickscan-ready - Content loaded and valid: `{ contentId, contentVersion, locale }`.
 * @fires quickscan-answer - The person answered or changed a statement: `{ statementId, pillarId, value, answered, total }`.
 * @fires quickscan-step - The person moved to another step: `{ step, pillarId }` (step: 'intro' | index | 'results').
 * @fires quickscan-complete - The person finished (again only when the answers changed since); `detail` is the result.
 * @fires quickscan-error - Content could not be loaded or is invalid: `{ kind, message, issues? }`.
 * @fires quickscan-compare - A comparison with an earlier result is shown: `{ baseline: { completedAt, contentVersion }, pillars: [{ id, score, baselineScore, delta }] }`.
 *
 * @attr baseline - An earlier result (JSON) to compare the current one with.
 * @prop {object | string | null} baseline - An earlier result (object or JSON text) to compare the current one with; validated and re-scored from its answers.
 *
 * @attr theme - `dark` or `light` forces a colour scheme; without it the element follows `prefers-color-scheme`.
 * @prop {string} lang - The native `lang` attribute/property: `nl` (default) or `en`; the element re-renders when it or an ancestor's `lang` changes.
 *
 * @fires quickscan-plan - The person changed the plan of action (on change or blur, not per keystroke): `{ plan, change, measureId }` (change: 'add' | 'edit' | 'remove' | 'status' | 'reorder').
 * @fires quickscan-team-summary - Team mode: the facilitator added result files or pasted share codes and the team summary (at least `min-group-size` results) changed; `detail` is the aggregate, never individual answers.
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
 * @csspart overview-chart - The overview chart of all pillars (SVG, `role="img"`) at the top of the results.
 * @csspart compare - "Vergelijk met een eerdere uitkomst": the comparison with an earlier result.
 * @csspart compare-file-input - The file input for a downloaded earlier result (JSON).
 * @csspart compare-error - Why an earlier result could not be compared.
 * @csspart compare-close-button - Stops comparing.
 * @csspart pillar-delta - One pillar's earlier and current score with the difference in words.
 * @csspart history-offer - With `persist`: the offer to compare with the previous scan kept in this browser.
 * @csspart history-compare-button - Compares with the previous kept scan.
 * @csspart history-forget-button - Forgets the results kept in this browser.
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
 * @csspart plan - The plan of action on the results view.
 * @csspart plan-pillar - One pillar of the plan (a disclosure; priorities open).
 * @csspart measure - One measure of the plan.
 * @csspart measure-text - The text field of a measure.
 * @csspart measure-owner - Who does the measure.
 * @csspart measure-due - The due date of a measure (a date input).
 * @csspart measure-status - The status of a measure (open, doing, done).
 * @csspart add-measure-button - Adds the measure written in a pillar's "new measure" field.
 * @csspart suggest-measure-button - Makes a measure of a suggested statement or tool.
 * @csspart remove-measure-button - Removes a measure (with undo).
 * @csspart plan-download-button - Downloads the plan (CSV, or the dated measures as .ics calendar).
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
 * @csspart team-compare - Team mode: the comparison with an earlier team round.
 * @csspart team-baseline-file-input - Team mode: the file input for the earlier round's result files (JSON).
 * @csspart team-baseline-clear-button - Team mode: forgets the earlier round's files.
 * @csspart team-code-input - Team mode: the text area where the facilitator pastes the team's share codes.
 * @csspart team-feed - Team mode with `results-src` (on the team element): loading progress and errors.
 * @csspart team-counting - Team mode: the progress while a large team is counted.
 * @csspart share-code - The person's share code on the results view ("Deel met je team").
 * @csspart copy-share-code-button - Copies the share code.
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
export class QuickscanElement extends ContentElement {
  static override styles = [tokens, base, termStyles, stepStyles, media];
  // Not decorators: see ../internal/content-element.ts.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true, converter: { toAttribute: (value: unknown) => (value === 'scan' ? null : value) } },
    results: { attribute: false },
    baselineResults: { attribute: false },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    resultsSrc: { attribute: 'results-src' },
    persist: { type: Boolean, reflect: true },
    baseline: { attribute: 'baseline' },
    _state: { state: true, attribute: false },
    result: { attribute: 'result', noAccessor: true, converter: { fromAttribute: parseResultAttribute } },
    plan: { attribute: false, noAccessor: true },
  };

  /** "team": renders <sociale-veiligheid-quickscan-team> with this content, `results` and `min-group-size` instead of the scan. */
  mode: 'scan' | 'team' = 'scan';

  /** Team mode: results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  results: unknown[] = [];

  /** Team mode: results of an earlier team round to compare with (same validation and group-size rule). */
  baselineResults: unknown[] = [];

  /** Team mode: how many results are needed before anything is shown (default 3, never below 2). */
  minGroupSize = 3;

  /** Team mode: URL of the team's results on the host's server (see README, `results-src`). */
  resultsSrc?: string;

  /** Opt-in: keep answers and step in this browser's localStorage and offer them back on return. */
  persist = false;

  /** An earlier result to compare with: an object or JSON text (attribute: JSON). Validated like `result`. */
  baseline: unknown = null;

  /** The scan's state; written in _dispatch only. */
  private _state: ScanState = initialScanState;

  private readonly _progress = new ProgressController(this, () => this._state.answers);
  // The results chunk was fetched ahead and the formats made (once per element).
  private _warmed = false;
  // The steps render into one node of their own, kept while the person moves between the intro and the
  // steps: the first step is rendered and laid out in it, unseen, while the person reads the intro, so the
  // start click only shows it (see _stepIn). Null until needed.
  private _stepHost: HTMLElement | null = null;
  // The intro asked for the first step ahead (AHEAD_DELAY_MS after it first rendered, at the next idle
  // moment): 'asked', then 'ready'.
  private _ahead: 'asked' | 'ready' | null = null;
  /** What the host set before the content it belongs to was there; applied in willUpdate. */
  private readonly _inputs = new HostInputs();
  // Made with the results chunk (the comparison only matters on the results view).
  private _compare?: CompareController;
  // Made with the results chunk: the results view renders in stages (see ./results-stages.ts).
  private _stages?: ResultsStages;

  /** The last result (after completion or as set by the host), or null. */
  get result(): Result | null {
    // A copy: a host that edits what it got (e.g. strips answers before storing) cannot change the view.
    const { result, plan } = this._state;
    return result && structuredClone(plan ? { ...result, plan } : result);
  }
  set result(value: unknown) {
    this._inputs.result = value ?? null;
    if (value === null || value === undefined) this._dispatch({ type: 'clear-result' });
    // Unnamed: the getter only changes once the update applied the value.
    this.requestUpdate();
  }

  /** The plan of action made on the results view (also `result.plan`), or null. Settable: validated against the content like `result`. */
  get plan(): Plan | null {
    return this._state.plan && structuredClone(this._state.plan);
  }
  set plan(value: unknown) {
    this._inputs.plan = value ?? null;
    this.requestUpdate();
  }

  /** The answers so far, keyed by statement id (a number, or null for "unknown"). Settable to restore. */
  get answers(): Record<string, AnswerValue> {
    // What the host just set reads back at once: checked against the content when it is there.
    if (this._inputs.answers !== null) return this.loadedContent ? { ...this._preview().answers } : looseAnswers(this._inputs.answers);
    return { ...this._state.answers };
  }
  set answers(value: Record<string, AnswerValue>) {
    this._inputs.answers = value ?? {};
    this.requestUpdate();
  }

  /** Where the person is: 'intro', a pillar index, or 'results'. Settable to restore (fires nothing). */
  get step(): Step {
    if (this._inputs.step !== undefined || this._inputs.answers !== null) {
      if (this.loadedContent) return this._preview().step;
      if (isStep(this._inputs.step)) return this._inputs.step;
    }
    return this._state.step;
  }
  set step(value: Step) {
    this._inputs.step = value;
    this.requestUpdate();
  }

  /** Clears all answers (and progress kept with `persist`) and returns to the intro. Fires no event. */
  reset(): void {
    this._inputs.clear();
    this._dispatch({ type: 'reset' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const content = this.loadedContent;
    if (content && changed.has('persist')) this._progress.open(content, this.persist, this._state.answers);
    // Answers, a step or a result the host set are applied once the content they belong to is there.
    if (content) {
      for (const action of this._inputs.take()) {
        // A result or plan the host set needs its check (zod): it waits for that chunk, still pending.
        if ((action.type === 'set-result' || action.type === 'set-plan') && !need(hostChecks, () => this.requestUpdate())) {
          if (action.type === 'set-result') this._inputs.result = action.result;
          else this._inputs.plan = action.plan;
          continue;
        }
        if (action.type === 'set-answers') this._progress.dropOffer();
        this._dispatch(action);
      }
      if (changed.has('baseline')) this._compare?.set(this.baseline);

      const view = resultsView.value;
      if (view) {
        this._stages ??= new view.ResultsStages(this, () => this._state.step === 'results' && !!this._state.result);
        this._compareWith(view).update(content, this._state.result, this._state.step === 'results', this.persist);
      }
    }
  }

  protected override _contentChanged(content: Content, previous: Content | null): void {
    this._dispatch({ type: 'content', previous });
    this._progress.open(content, this.persist, this._state.answers);
  }

  /** The one place the scan's state changes: applies an action, then its focus, saving and events. */
  private _dispatch(action: ScanAction): void {
    const t = reduce(this._state, action, this._context());
    this._state = t.state;
    if (t.clearProgress) this._progress.clear();
    if (t.save) this._progress.save(t.state.answers, t.state.step, t.state.plan);
    if (t.navigated) this._focus.navigated();
    if (t.focus) this._focus.after(t.focus);
    for (const event of t.events) {
      // An answer is told at once; a step, a completion or a refusal once the view shows it.
      if (event.name === 'quickscan-answer') emit(this, EVENTS.answer, event.detail);
      else if (event.name === 'quickscan-plan') emit(this, EVENTS.plan, event.detail);
      else if (event.name === 'result-refused') {
        Promise.all([errorTexts.load(), this._locale.whenReady()]).then(([t]) => {
          const detail = this._locale.run(() => t.resultErrorDetail(event.detail));
          this.updateComplete.then(() => emit(this, EVENTS.error, detail));
        }, () => {});
      } else this.updateComplete.then(() => emit(this, event.name, event.detail as never));
    }
  }

  /** The comparison's controller, made once the results chunk (which holds it) is there. */
  private _compareWith(view: NonNullable<typeof resultsView.value>): CompareController {
    if (!this._compare) {
      this._compare = new view.CompareController(this, {
        run: (fn) => this._locale.run(fn),
        error: (detail) => emit(this, EVENTS.error, detail),
        compared: (detail) => emit(this, EVENTS.compare, detail),
      });
      this._compare.set(this.baseline);
    }
    return this._compare;
  }

  /**
   * The scan has begun: the results view will be needed. Its chunk, its styles, its date format and the
   * views it shows are fetched and made while the browser is idle (one piece per idle period), not on
   * the click that starts the scan nor on the one that shows the results.
   */
  private _warmUp(locale: string): void {
    const idle = <T>(fn: () => T | Promise<T>) => new Promise<T>((done, fail) => whenIdle(() => Promise.resolve().then(fn).then(done, fail)));
    idle(() => resultsView.prefetch())
      .then((view) => view && idle(() => {
        adoptStyles(this, [view.resultStyles]);
        view.warmFormats(locale);
        return view.preloadViews(idle);
      }))
      // A chunk that cannot load now is loaded (and its failure shown) when the results need it.
      .catch(() => {});
  }

  private _context(): ScanContext {
    const checks = hostChecks.value;
    return { content: this.loadedContent, locale: this._content.contentLocale, checkResult: checks?.checkResult, validatePlan: checks?.validatePlan };
  }

  /** The answers and step once what the host set is applied: the getters return it before the update. */
  private _preview(): ScanState {
    return this._inputs.preview(this._state, this._context());
  }

  private _resume(): void {
    const saved = this._progress.dropOffer();
    if (!saved) return;
    const resume = () => this._dispatch({ type: 'resume', answers: saved.answers, step: saved.step, savedAt: saved.savedAt, plan: saved.plan });
    // A kept plan is checked (zod) before it comes back: its chunk first.
    if (saved.plan === undefined || saved.plan === null || hostChecks.value) resume();
    else hostChecks.load().then(resume, resume);
  }

  private _discard(): void {
    this.reset();
    this._focus.after('[part~="start-button"]');
  }

  // ——— rendering ———

  protected override render() {
    const loaded = this._content.loaded;
    if (this.mode === 'team' && loaded.status === 'complete' && this._locale.ready) {
      const team = need(teamChunk, () => this.requestUpdate());
      if (team) return team.renderTeamMode(this, loaded.content);
    }
    return super.render();
  }

  protected override _renderBefore() {
    const content = this.loadedContent;
    return html`<div class="visually-hidden" role="status" aria-live="polite">${announcementText(content, this._state.announced)}</div>
      ${content ? renderNotices(this._problemNotice(), this._progress.notice && this._state.step !== 'intro' ? this._progress.views?.renderStorageNotice(true) : null) : nothing}`;
  }

  /** The refused host result's notice (the error texts and views are a chunk: loaded when there is one). */
  private _problemNotice() {
    const problem = this._state.resultProblem;
    const texts = problem && need(errorTexts, () => this.requestUpdate());
    return texts && problem ? texts.renderResultProblem(texts.resultErrorDetail(problem)) : null;
  }

  protected override _renderContent(content: Content, terms: TermIndex) {
    const locale = this._locale.value;
    const { step, answers, result } = this._state;
    const go = (to: Step) => this._dispatch({ type: 'go', step: to });
    if (step === 'intro') {
      if (!this._ahead) {
        this._ahead = 'asked';
        // Not in the frames right after the intro first shows (the page around the element may still be
        // settling): a person reads the intro for seconds.
        setTimeout(() => whenIdle(() => {
          this._ahead = 'ready';
          this.requestUpdate();
        }), AHEAD_DELAY_MS);
      }
      // The offer and the notice are there only with `persist`, and so is their chunk.
      const { offer, notice, views: persist } = this._progress;
      const total = countStatements(content.pillars);
      return views(
        renderIntro(
          {
            content, locale, resuming: Object.keys(answers).length > 0,
            offer: offer && persist?.renderOffer(
              { answered: countAnswered(content.pillars, sanitizeAnswers(content, offer.answers)), total },
              { resume: () => this._resume(), discard: () => this._discard() },
            ),
            storageNotice: notice ? persist?.renderStorageNotice(false) : null,
          },
          { start: () => go(0) },
        ),
        this._ahead === 'ready' ? this._stepIn(content, terms, 0, true) : nothing,
      );
    }
    if (step === 'results' && result) {
      const view = need(resultsView, () => this.requestUpdate());
      if (!view) return views(renderLoading(), nothing);
      adoptStyles(this, [view.resultStyles]);
      const compare = this._compareWith(view);
      return views(view.renderResults(
        {
          content, result, answers, locale, confirmingRestart: this._state.confirmingRestart, plan: this._state.plan, stage: this._stages?.stage,
          chart: compare.renderChart(content, result, locale),
          compare: compare.renderSection(content, result, locale),
        },
        {
          edit: go,
          askRestart: () => this._dispatch({ type: 'ask-restart' }),
          confirmRestart: () => this._dispatch({ type: 'confirm-restart' }),
          cancelRestart: () => this._dispatch({ type: 'cancel-restart' }),
          print: () => window.print(),
          download: (format) => view.downloadResult(this.renderRoot, content, this.result ?? result, format, locale, compare.detail),
          planChange: (d) => this._dispatch({ type: 'plan', plan: d.plan, change: d.change, measureId: d.measureId }),
        },
      ), nothing);
    }
    if (typeof step !== 'number') return nothing;
    if (!this._warmed) {
      this._warmed = true;
      this._warmUp(locale);
    }
    return views(nothing, this._stepIn(content, terms, step, false));
  }

  /**
   * A step rendered into the step host, which is returned (lit keeps a node that stays in its place). With
   * `ahead` the host is out of the flow and clipped to nothing (see the step styles), hidden from assistive
   * technology, its controls are out of the tab order and its heading has no id.
   */
  private _stepIn(content: Content, terms: TermIndex, step: number, ahead: boolean): HTMLElement {
    const host = (this._stepHost ??= document.createElement('div'));
    // Written only when it changes (this runs on every update of a step, e.g. each answer).
    if (host.className !== (ahead ? 'step-host ahead' : 'step-host')) {
      host.className = ahead ? 'step-host ahead' : 'step-host';
      if (ahead) host.setAttribute('aria-hidden', 'true');
      else host.removeAttribute('aria-hidden');
    }
    render(this._renderStepOf(content, terms, step, ahead), host, { host: this });
    return host;
  }

  private _renderStepOf(content: Content, terms: TermIndex, step: number, ahead: boolean) {
    const { answers, flagged } = this._state;
    const go = (to: Step) => this._dispatch({ type: 'go', step: to });
    const pillar = content.pillars[step];
    const open = flagged.size ? pillar.statements.filter((s) => flagged.has(s.id) && !isAnswered(answers, s.id)).length : 0;
    return renderStep(
      {
        content, pillar, index: step, answers, flagged, terms, openTerm: this._state.openTerm, idPrefix: 'q', ahead,
        // The count is the one found when "next" was pressed: the alert stays the same while the person
        // answers (no re-announcement on every click) and clears once nothing is open.
        guardMessage: guardMessage(content, open ? flagged.size : 0),
        answered: countAnswered(content.pillars, answers),
        total: countStatements(content.pillars),
        reachable: reachableStep(content, answers),
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
