// The <sociale-veiligheid-quickscan> class: public properties, private state, the step machine and
// events. Importing this module defines nothing (see ../sociale-veiligheid-quickscan.ts).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { openProgressStore, storageKey, type ProgressStore, type SavedProgress } from '../adapters/storage.js';
import { builtinContent } from '../content/builtin.js';
import { DEFAULT_TIMEOUT_MS, LoadError, contentFromValue, fetchContent, parseContentText } from '../content/load.js';
import type { Content, Statement } from '../content/schema.js';
import { buildTermIndex, type TermIndex } from '../content/terms.js';
import { EVENTS, emit } from '../events.js';
import { inLocale, msg, str, withContentLang, type Locale } from '../localization.js';
import {
  type AnswerValue,
  type Answers,
  answersFromList,
  countAnswered,
  countStatements,
  firstOpenStatement,
  isAnswered,
  looseAnswers,
  sameAnswers,
  sanitizeAnswers,
} from '../scoring/answers.js';
import { csvFormat, downloadName, resultToCsv, resultToJson } from '../scoring/export.js';
import { checkResult, type Result, type ResultProblem } from '../scoring/result-schema.js';
import { score } from '../scoring/score.js';
import { clampGroupSize } from '../team/aggregate.js';
import { TeamController } from '../team/team-controller.js';
import { teamStyles } from '../team/team.styles.js';
import { renderTeam, teamCsv } from '../team/team-view.js';
import { errorDetail, resultErrorDetail } from './error-text.js';
import { resolveLocale, watchAncestorLang } from './lang.js';
import { styles } from './quickscan.styles.js';
import { pickSource, sameSource, type ContentSource } from './sources.js';
import { renderError, renderLoading } from './views/error.js';
import { renderIntro } from './views/intro.js';
import { bandLabel, renderResults } from './views/results.js';
import { renderStep } from './views/step.js';

/** How long after the person's own navigation pointer clicks on answer options are ignored (see _guardPointer). */
const POINTER_GUARD_MS = 500;

/** Where the person is: the intro, a pillar (by index), or the results. */
export type Step = 'intro' | 'results' | number;

function isStep(value: unknown): value is Step {
  return value === 'intro' || value === 'results' || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

type Loaded =
  | { status: 'pending' }
  | { status: 'complete'; content: Content; terms: TermIndex }
  | { status: 'error'; error: LoadError };

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
  static override styles = [styles, teamStyles];

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

  /** "team": a facilitator's view of a team's results (see `results`) instead of the scan. */
  @property({ reflect: true, converter: { toAttribute: (value: unknown) => (value === 'scan' ? null : value) } })
  mode: 'scan' | 'team' = 'scan';

  /** Team mode: results as fired by `quickscan-complete`; validated, aggregated, never shown one by one. */
  @property({ attribute: false }) results: unknown[] = [];

  /** Team mode: how many results are needed before anything is shown (default 3, never below 2). */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;

  /** Opt-in: keep answers and step in this browser's localStorage and offer them back on return. */
  @property({ type: Boolean, reflect: true }) persist = false;

  @state() private _step: Step = 'intro';
  @state() private _answers: Record<string, AnswerValue> = {};
  @state() private _loaded: Loaded = { status: 'pending' };
  @state() private _flagged: ReadonlySet<string> = new Set();
  @state() private _confirmingRestart = false;
  @state() private _openTerm: string | null = null;
  /** The step change to announce politely (its text is rendered in the current language). */
  @state() private _announced: Step | null = null;
  @state() private _result: Result | null = null;
  @state() private _offer: SavedProgress | null = null;
  @state() private _storageNotice = false;
  /** Why the last result the host set was refused; shown until the person moves on or a result fits. */
  @state() private _resultProblem: ResultProblem | null = null;

  private _locale: Locale = 'nl';
  private _source?: ContentSource;
  private _attempt = 0;
  private _abort?: AbortController;
  // What the host set before the content it belongs to was there; applied in willUpdate.
  private _pendingResult: unknown = null;
  private _pendingAnswers: unknown = null;
  private _unwatchLang?: () => void;
  private _childObserver?: MutationObserver;
  private _lastReady = '';
  private _store?: ProgressStore;
  private readonly _team = new TeamController(() => this.requestUpdate());
  private _pendingStep?: Step;
  /** After a retry, focus goes to whatever view the load ends in. */
  private _focusAfterLoad = false;
  /** When the person's last navigation was rendered (performance.now()); see _guardPointer. */
  private _viewShownAt = -Infinity;
  // Captured before any option sees the click; an object so lit adds it with { capture: true }.
  private readonly _pointerGuard = { handleEvent: (e: MouseEvent) => this._guardPointer(e), capture: true };

  /** The last result (after completion or as set by the host), or null. */
  @property({ attribute: 'result', noAccessor: true, converter: { fromAttribute: parseResultAttribute } })
  get result(): Result | null {
    // A copy: a host that edits what it got (e.g. strips answers before storing) cannot change the view.
    return this._result && structuredClone(this._result);
  }
  set result(value: unknown) {
    if (value === null || value === undefined) {
      this._result = null;
      this._pendingResult = null;
      this._resultProblem = null;
      if (this._step === 'results') this._step = 'intro';
    } else {
      this._pendingResult = value;
    }
    // Unnamed: the getter only changes once the update applied the value.
    this.requestUpdate();
  }

  /** The answers so far, keyed by statement id (a number, or null for "unknown"). Settable to restore. */
  get answers(): Record<string, AnswerValue> {
    // What the host just set reads back at once: checked against the content when it is there.
    if (this._pendingAnswers !== null) {
      const content = this.loadedContent;
      return content ? this._preview(content).answers : looseAnswers(this._pendingAnswers);
    }
    return { ...this._answers };
  }
  set answers(value: Record<string, AnswerValue>) {
    this._pendingAnswers = value ?? {};
    this.requestUpdate();
  }

  /** Where the person is: 'intro', a pillar index, or 'results'. Settable to restore (fires nothing). */
  get step(): Step {
    if (this._pendingStep !== undefined || this._pendingAnswers !== null) {
      const content = this.loadedContent;
      if (content) return this._preview(content).step;
      if (isStep(this._pendingStep)) return this._pendingStep;
    }
    return this._step;
  }
  set step(value: Step) {
    this._pendingStep = value;
    this.requestUpdate();
  }

  /** The active content, once loaded and valid. */
  get loadedContent(): Content | null {
    return this._loaded.status === 'complete' ? this._loaded.content : null;
  }

  /** The language the element renders in. */
  get locale(): Locale {
    return this._locale;
  }

  /** Clears all answers (and progress kept with `persist`) and returns to the intro. Fires no event. */
  reset(): void {
    this._pendingAnswers = null;
    this._pendingResult = null;
    this._pendingStep = undefined;
    this._store?.clear();
    this._offer = null;
    this._answers = {};
    this._result = null;
    this._step = 'intro';
    this._flagged = new Set();
    this._resultProblem = null;
    this._confirmingRestart = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: an interrupted load starts again (see disconnectedCallback).
    if (this.hasUpdated) this.requestUpdate();
    this._unwatchLang = watchAncestorLang(this);
    this._childObserver = new MutationObserver(() => this.requestUpdate());
    this._childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatchLang?.();
    this._childObserver?.disconnect();
    // A load still under way is aborted and forgotten, so it restarts on reconnect; loaded content stays.
    if (this._loaded.status === 'pending') {
      this._abort?.abort();
      this._source = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    this._locale = resolveLocale(this);
    const source = pickSource(this, this.content, this.src, this._locale, this._attempt);
    if (!sameSource(this._source, source)) {
      this._source = source;
      this._load(source);
    }
    const content = this.loadedContent;
    if (content) {
      if (changed.has('persist')) this._openStore(content);
      this._applyPending(content);
    }
    if (changed.has('results')) this._team.setResults(this.results);
    this._team.content = content;
    this._team.minGroupSize = clampGroupSize(this.minGroupSize);
  }

  private _load(source: ContentSource): void {
    this._abort?.abort();
    this._abort = undefined;
    if (source.kind !== 'src') {
      try {
        const content =
          source.kind === 'property'
            ? contentFromValue(source.value)
            : source.kind === 'inline'
              ? parseContentText(source.text)
              : contentFromValue(builtinContent(source.locale));
        this._setContent(content);
      } catch (e) {
        this._setError(e);
      }
      return;
    }
    const abort = new AbortController();
    this._abort = abort;
    this._loaded = { status: 'pending' };
    const timeout = this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    fetchContent(source.url, abort.signal, source.attempt > 0, timeout).then(
      (content) => {
        if (this._abort === abort) this._setContent(content);
      },
      (e) => {
        if (this._abort === abort && !abort.signal.aborted) this._setError(e);
      },
    );
  }

  private _setContent(content: Content): void {
    const previous = this.loadedContent;
    this._loaded = { status: 'complete', content, terms: buildTermIndex(content.glossary) };
    // Keep every answer that still belongs to the content: language switches and reloads lose nothing.
    this._answers = sanitizeAnswers(content, this._answers);
    // Another scan altogether: a result of the previous one means nothing here.
    if (previous && previous.id !== content.id) this._result = null;
    if (typeof this._step === 'number' && this._step >= content.pillars.length) this._step = content.pillars.length - 1;
    if (this._result) this._result = this._complete(content) ? this._score(content, new Date(this._result.completedAt)) : null;
    if (this._step === 'results' && !this._result) this._step = 'intro';
    this._openStore(content);
    const key = `${content.id}\u0000${content.version}\u0000${this._contentLocale(content)}`;
    if (key !== this._lastReady) {
      this._lastReady = key;
      const detail = { contentId: content.id, contentVersion: content.version, locale: this._contentLocale(content) };
      this.updateComplete.then(() => emit(this, EVENTS.ready, detail));
    }
  }

  private _setError(e: unknown): void {
    const error = e instanceof LoadError ? e : new LoadError('parse', String((e as Error)?.message ?? e));
    this._loaded = { status: 'error', error };
    this._lastReady = '';
    const detail = inLocale(this._locale, () => errorDetail(error));
    this.updateComplete.then(() => emit(this, EVENTS.error, detail));
  }

  private _openStore(content: Content): void {
    if (!this.persist) {
      this._store = undefined;
      this._storageNotice = false;
      this._offer = null;
      return;
    }
    // Several persisting scans of the same content on one page keep apart by their element id.
    const key = storageKey(content.id, content.version) + (this.id ? `#${this.id}` : '');
    if (this._store?.key === key) return;
    this._store = openProgressStore(key);
    this._storageNotice = !this._store.persistent;
    const saved = this._store.load();
    const restorable = saved ? sanitizeAnswers(content, saved.answers) : {};
    this._offer = saved && Object.keys(restorable).length && !Object.keys(this._answers).length ? saved : null;
  }

  private _save(): void {
    if (!this._store) return;
    this._store.save({ answers: { ...this._answers }, step: this._step, savedAt: new Date().toISOString() });
    if (!this._store.persistent) this._storageNotice = true;
  }

  private _resume(): void {
    const content = this.loadedContent;
    const saved = this._offer;
    this._offer = null;
    if (!content || !saved) return;
    this._answers = sanitizeAnswers(content, saved.answers);
    const step = this._validStep(content, saved.step);
    if (step === 'results') this._result = this._score(content, saved.savedAt ? new Date(saved.savedAt) : undefined);
    this._goTo(step);
  }

  private _discard(): void {
    this._store?.clear();
    this._offer = null;
    this.reset();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="start-button"]')?.focus());
  }

  /** A step that exists in this content; 'results' only when every statement has an answer. */
  private _validStep(content: Content, step: unknown, answers: Answers = this._answers): Step {
    if (step === 'results') return this._complete(content, answers) ? 'results' : this._reachable(content, answers);
    // A pillar can be shown only once every earlier pillar is answered.
    if (typeof step === 'number' && Number.isInteger(step) && step >= 0) return Math.min(step, this._reachable(content, answers));
    return 'intro';
  }

  /**
   * The answers and step once what the host set is applied (see _applyPending, which this mirrors):
   * the getters return it at once, before the update.
   */
  private _preview(content: Content): { answers: Record<string, AnswerValue>; step: Step } {
    let answers = this._answers;
    let step = this._step;
    if (this._pendingAnswers !== null) {
      answers = sanitizeAnswers(content, this._pendingAnswers);
      const resultKept = this._result !== null && this._complete(content, answers);
      if (step === 'results' && !resultKept) step = this._reachable(content, answers);
      if (typeof step === 'number') step = this._validStep(content, step, answers);
    }
    if (this._pendingStep !== undefined) step = this._validStep(content, this._pendingStep, answers);
    return { answers, step };
  }

  /** Applies answers or a result the host set, once the content they belong to is there. */
  private _applyPending(content: Content): void {
    if (this._pendingAnswers !== null) {
      this._answers = sanitizeAnswers(content, this._pendingAnswers);
      this._pendingAnswers = null;
      this._offer = null;
      // The results on show must follow the new answers (or give way when they are no longer complete).
      if (this._result) this._result = this._complete(content) ? this._score(content, new Date(this._result.completedAt)) : null;
      if (this._step === 'results' && !this._result) this._step = this._reachable(content);
      if (typeof this._step === 'number') this._step = this._validStep(content, this._step);
    }
    if (this._pendingStep !== undefined) {
      const step = this._validStep(content, this._pendingStep);
      this._pendingStep = undefined;
      if (step === 'results') this._result = this._score(content, this._result ? new Date(this._result.completedAt) : undefined);
      this._step = step;
    }
    if (this._pendingResult !== null) {
      const given = this._pendingResult;
      this._pendingResult = null;
      const checked = checkResult(content, given);
      if (checked.ok) {
        this._answers = sanitizeAnswers(content, answersFromList(checked.result.answers));
        this._result = this._score(content, new Date(checked.result.completedAt));
        this._resultProblem = null;
        this._step = 'results';
      } else {
        // Refused: said in the event and on screen; what the person did stays as it is.
        this._resultProblem = checked.problem;
        const detail = inLocale(this._locale, () => resultErrorDetail(checked.problem));
        this.updateComplete.then(() => emit(this, EVENTS.error, detail));
      }
    }
  }

  private _contentLocale(content: Content): string {
    return content.lang ?? this._locale;
  }

  private _score(content: Content, completedAt = new Date()): Result {
    return score(content, this._answers, { locale: this._contentLocale(content), completedAt });
  }

  // ——— person's actions ———

  private async _goTo(step: Step, announce = true): Promise<void> {
    const content = this.loadedContent;
    if (!content) return;
    this._step = step;
    this._flagged = new Set();
    this._resultProblem = null;
    this._confirmingRestart = false;
    this._openTerm = null;
    if (announce) this._announced = step;
    this._save();
    // The person's own navigation: a second click of it must not land on the new view (_guardPointer).
    this._viewShownAt = performance.now();
    await this.updateComplete;
    this._viewShownAt = performance.now();
    this.renderRoot.querySelector<HTMLElement>('#view-heading')?.focus();
    emit(this, EVENTS.step, { step, pillarId: typeof step === 'number' ? content.pillars[step].id : null });
  }

  private _answer(statement: Statement, value: AnswerValue): void {
    const content = this.loadedContent;
    if (!content) return;
    const pillar = content.pillars.find((p) => p.statements.includes(statement));
    this._answers = { ...this._answers, [statement.id]: value };
    this._save();
    emit(this, EVENTS.answer, {
      statementId: statement.id,
      pillarId: pillar?.id ?? '',
      value,
      answered: countAnswered(content.pillars, this._answers),
      total: countStatements(content.pillars),
    });
  }

  private async _next(): Promise<void> {
    const content = this.loadedContent;
    if (!content || typeof this._step !== 'number') return;
    const pillar = content.pillars[this._step];
    if (firstOpenStatement(pillar, this._answers)) {
      this._flagged = new Set(pillar.statements.filter((s) => !isAnswered(this._answers, s.id)).map((s) => s.id));
      await this.updateComplete;
      const first = this.renderRoot.querySelector<HTMLInputElement>('fieldset.flagged input');
      first?.focus();
      return;
    }
    if (this._step < content.pillars.length - 1) {
      await this._goTo(this._step + 1);
      return;
    }
    if (!this._complete(content)) {
      // Only reachable when earlier pillars were left open (e.g. a host restored a later step).
      await this._goTo(this._reachable(content));
      return;
    }
    // Finishing again without a change shows the same result and tells the host nothing new.
    const unchanged = this._result !== null && sameAnswers(answersFromList(this._result.answers), this._answers);
    if (!unchanged) this._result = this._score(content);
    const result = this._result!;
    await this._goTo('results');
    if (!unchanged) emit(this, EVENTS.complete, structuredClone(result));
  }

  /** Every statement of every pillar has an answer. */
  private _complete(content: Content, answers: Answers = this._answers): boolean {
    return content.pillars.every((p) => !firstOpenStatement(p, answers));
  }

  private _reachable(content: Content, answers: Answers = this._answers): number {
    const open = content.pillars.findIndex((p) => firstOpenStatement(p, answers));
    return open === -1 ? content.pillars.length - 1 : open;
  }

  private _print(): void {
    window.print();
  }

  private _download(format: 'json' | 'csv'): void {
    const content = this.loadedContent;
    const result = this._result;
    if (!content || !result) return;
    const text = inLocale(this._locale, () =>
      format === 'json'
        ? resultToJson(result)
        : resultToCsv(
            result,
            content,
            {
              pillar: msg('Pijler'),
              statementId: msg('Stelling-id'),
              statement: msg('Stelling'),
              value: msg('Waarde'),
              answer: msg('Antwoord'),
              pillarScore: msg('Score pijler'),
              band: msg('Beoordeling'),
            },
            (band) => bandLabel(content, band),
            csvFormat(this._locale),
          ),
    );
    this._saveFile(
      downloadName(['quickscan', content.id], new Date(result.completedAt), format),
      text,
      format === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
    );
  }

  private async _addTeamFiles(files: File[]): Promise<void> {
    // Resolves with the summary when it counts more results than before and is shown (≥ min-group-size).
    const summary = await this._team.addFiles(files);
    if (summary) emit(this, EVENTS.teamSummary, summary);
  }

  private _downloadTeamCsv(): void {
    const content = this.loadedContent;
    const summary = this._team.summary;
    if (!content || !summary?.ready) return;
    const text = inLocale(this._locale, () => teamCsv(content, summary, this._locale));
    this._saveFile(downloadName(['quickscan-team', content.id], new Date(), 'csv'), text, 'text/csv;charset=utf-8');
  }

  /** Offers text as a file download (a blob URL; nothing leaves the browser). */
  private _saveFile(filename: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected override updated(): void {
    if (this._focusAfterLoad && this._loaded.status !== 'pending') {
      this._focusAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('#view-heading')?.focus();
    }
  }

  /**
   * A navigation click must never answer anything: the second click of a double-click on "next", "back"
   * or an edit link lands on the view that replaced the button, often on an answer option. Mouse and
   * touch clicks (detail > 0) on options are ignored for a moment after such a view change; keyboard
   * activation (detail 0) and later clicks answer as usual.
   */
  private _guardPointer(e: MouseEvent): void {
    if (e.detail === 0 || performance.now() - this._viewShownAt > POINTER_GUARD_MS) return;
    const target = e.composedPath()[0];
    if (target instanceof Element && target.closest('[part~="option"]')) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  // ——— rendering ———

  protected override render() {
    const content = this.loadedContent;
    return inLocale(this._locale, () => withContentLang(content?.lang, this._locale, () => this._renderIn()));
  }

  private _renderIn() {
    const loaded = this._loaded;
    let view;
    if (loaded.status === 'pending') view = renderLoading();
    else if (loaded.status === 'error') view = renderError(errorDetail(loaded.error), () => this._retry());
    else view = this._renderView(loaded.content, loaded.terms);
    return html`<div class="base" part="base" lang=${this._locale} aria-busy=${loaded.status === 'pending' ? 'true' : 'false'} @click=${this._pointerGuard}>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcementText()}</div>
      ${this._renderNotices()}
      ${view}
    </div>`;
  }

  /** Notices that belong to wherever the person is (the intro shows the storage notice itself). */
  private _renderNotices() {
    if (!this.loadedContent || this.mode === 'team') return nothing;
    const storage = this._storageNotice && this._step !== 'intro';
    const problem = this._resultProblem && resultErrorDetail(this._resultProblem);
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
    const step = this._announced;
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

  private _retry(): void {
    this._focusAfterLoad = true;
    this._attempt += 1;
    this.requestUpdate();
  }

  private _renderView(content: Content, terms: TermIndex) {
    const team = this.mode === 'team' ? this._team.state : null;
    if (team) {
      return renderTeam(
        { content, locale: this._locale, team },
        {
          addFiles: (files) => this._addTeamFiles(files),
          clearFiles: () => this._team.clearFiles(),
          print: () => this._print(),
          downloadCsv: () => this._downloadTeamCsv(),
        },
      );
    }
    const step = this._step;
    if (step === 'intro') {
      const offer = this._offer ? { answered: countAnswered(content.pillars, sanitizeAnswers(content, this._offer.answers)), total: countStatements(content.pillars) } : null;
      return renderIntro(
        { content, locale: this._locale, resuming: Object.keys(this._answers).length > 0, offer, storageNotice: this._storageNotice },
        { start: () => this._goTo(0), resume: () => this._resume(), discard: () => this._discard() },
      );
    }
    if (step === 'results' && this._result) {
      return renderResults(
        { content, result: this._result, answers: this._answers, locale: this._locale, confirmingRestart: this._confirmingRestart },
        {
          edit: (i) => this._goTo(i),
          askRestart: async () => {
            this._confirmingRestart = true;
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>('[part~="cancel-restart-button"]')?.focus();
          },
          confirmRestart: () => {
            this.reset();
            this._goTo('intro');
          },
          cancelRestart: async () => {
            this._confirmingRestart = false;
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>('[part~="restart-button"]')?.focus();
          },
          print: () => this._print(),
          download: (format) => this._download(format),
        },
      );
    }
    if (typeof step !== 'number') return nothing;
    const pillar = content.pillars[step];
    const open = this._flagged.size ? pillar.statements.filter((s) => this._flagged.has(s.id) && !isAnswered(this._answers, s.id)).length : 0;
    return renderStep(
      {
        content,
        pillar,
        index: step,
        answers: this._answers,
        flagged: this._flagged,
        // The count is the one found when "next" was pressed: the alert stays the same while the person
        // answers (no re-announcement on every click) and clears once nothing is open.
        guardMessage: this._guardMessage(content, open ? this._flagged.size : 0),
        answered: countAnswered(content.pillars, this._answers),
        total: countStatements(content.pillars),
        reachable: this._reachable(content),
        terms,
        openTerm: this._openTerm,
        idPrefix: 'q',
      },
      {
        answer: (s, v) => this._answer(s, v),
        next: () => this._next(),
        back: () => this._goTo(step === 0 ? 'intro' : step - 1),
        goTo: (i) => i !== step && this._goTo(i),
        toggleTerm: (key) => {
          this._openTerm = this._openTerm === key ? null : key;
        },
      },
    );
  }
}
