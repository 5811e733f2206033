// Glue between <sociale-veiligheid-quickscan> and the lazy compare module (chart, comparison, kept
// results): loads it when the results view first renders, compares the current result with the chosen
// earlier one, keeps completed results with `persist`, and fires `quickscan-compare` / `quickscan-error`.
// Holds no feature code itself: everything else is in ./compare-view.js, loaded with import(). Reading
// an earlier result needs zod: ./compare-check.js, a chunk of its own, loaded only when there is one to
// read (a baseline, a chosen file) or with `persist` (the kept results), so the results journey without
// them never loads zod.
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Content } from '../content/schema.js';
import type { Result } from '../scoring/result-schema.js';
import type { QuickscanErrorDetail } from '../events.js';
import type { CompareOutcome } from './compare-view.js';

type CompareModule = typeof import('./compare-view.js');
type CheckModule = typeof import('./compare-check.js');
type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface CompareHooks {
  /** Runs in the element's language (for the error message). */
  run<T>(fn: () => T): T;
  error(detail: QuickscanErrorDetail): void;
  compared(detail: ReturnType<CompareModule['compareEventDetail']>): void;
}

export class CompareController implements ReactiveController {
  private _module?: CompareModule;
  private _loading = false;
  /** The zod half (reading earlier results), once loaded; `_checking` while it loads. */
  private _check?: CheckModule;
  private _checking?: Promise<void>;
  /** What to compare with: the `baseline` property/attribute, a chosen file or a kept result. */
  private _input: unknown = null;
  private _outcome: CompareOutcome | null = null;
  private _computedFor: { input: unknown; result: Result } | null = null;
  private _told: CompareOutcome | null = null;
  private _history: Result[] = [];
  private _historyKey = '';
  private _remembered = '';

  constructor(private readonly _host: Host, private readonly _hooks: CompareHooks) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Compare with this (result object or JSON text); null stops comparing. */
  set(input: unknown): void {
    this._input = input ?? null;
    this._host.requestUpdate();
  }

  /** Called before each render with what the element shows. */
  update(content: Content, result: Result | null, onResults: boolean, persist: boolean): void {
    const needsCheck = persist || this._input !== null;
    if (onResults && result && !this._module) this._load(needsCheck);
    else if (this._module && result && needsCheck && !this._check) this._loadCheck();
    const m = this._module;
    const c = this._check;
    if (!m || !result) return;
    this._historyKey = persist && c ? c.historyKey(content.id, this._host.id ? `#${this._host.id}` : '') : '';
    if (this._historyKey && c && this._remembered !== `${this._historyKey}|${result.completedAt}`) {
      this._remembered = `${this._historyKey}|${result.completedAt}`;
      this._history = c.rememberResult(this._historyKey, result);
    } else if (!this._historyKey) this._history = [];
    if (this._input === null) this._outcome = null;
    else if (c && (!this._computedFor || this._computedFor.input !== this._input || this._computedFor.result !== result)) {
      this._computedFor = { input: this._input, result };
      this._outcome = c.compareResults(content, result, this._input);
      const outcome = this._outcome;
      if (!outcome.ok) this._hooks.error(this._hooks.run(() => ({ kind: outcome.reason === 'parse' ? 'parse' : 'invalid', message: m.refusalMessage(outcome), issues: outcome.issues?.map((i) => ({ path: i.path, message: i.message })) ?? [] })));
    }
    const outcome = this._outcome;
    if (onResults && outcome?.ok && this._told !== outcome) {
      this._told = outcome;
      this._host.updateComplete.then(() => this._hooks.compared(m.compareEventDetail(outcome)));
    }
  }

  /** The view (with the chart) and, when there is something to read already, the check: shown together. */
  private _load(withCheck: boolean): void {
    if (this._loading) return;
    this._loading = true;
    Promise.all([import('./compare-view.js'), withCheck ? this._loadCheck() : undefined]).then(
      ([m]) => {
        const root = this._host.renderRoot;
        if (root instanceof ShadowRoot && m.compareStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.compareStyles.styleSheet];
        this._module = m;
        this._host.requestUpdate();
      },
      () => {
        // The chunk could not load (offline): the results view stays as it is, with its table.
        this._loading = false;
      },
    );
  }

  /** Loads the check once; a failed load (offline) is tried again on a later render. Never rejects. */
  private _loadCheck(): Promise<void> {
    this._checking ??= import('./compare-check.js').then(
      (c) => {
        this._check = c;
        this._host.requestUpdate();
      },
      () => {
        this._checking = undefined;
      },
    );
    return this._checking;
  }

  /** The overview chart (top of the results view), once loaded. */
  renderChart(content: Content, result: Result, locale: string) {
    const m = this._module;
    const comparison = this._outcome?.ok ? this._outcome : null;
    return m ? m.renderOverviewChart({ content, result, locale, comparison }) : nothing;
  }

  /** "Vergelijk met een eerdere uitkomst": offer, file input and the comparison, once loaded. */
  renderSection(content: Content, result: Result, locale: string) {
    const m = this._module;
    if (!m) return nothing;
    const c = this._check;
    const previous = c ? c.previousResult(this._history, result) : null;
    const offer = previous && !(this._outcome?.ok && this._outcome.baseline.completedAt === previous.completedAt) ? previous : null;
    return m.renderCompareSection(
      { content, result, locale, outcome: this._outcome, offer, kept: this._history.length },
      {
        file: (file) => file.text().then((text) => this.set(text), () => this.set('')),
        compareOffer: () => offer && this.set(offer),
        forget: () => {
          c?.forgetHistory(this._historyKey);
          this._history = [];
          this._host.requestUpdate();
        },
        close: () => this.set(null),
      },
    );
  }

  /** The comparison on show (as in `quickscan-compare`), for downloads; null when none. */
  get detail() {
    return this._module && this._outcome?.ok ? this._module.compareEventDetail(this._outcome) : null;
  }
}
