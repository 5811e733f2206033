// What the team element does once the team chunk is there (part of it): the team's and the baseline's
// aggregation, the plan of action, share codes and `results-src` (./team-extras.ts, its own chunk), and
// the view. The element (./team-element.ts, in the entry) keeps its properties and hands them over.
import { html, nothing } from 'lit';
import type { Content } from '../content/schema.js';
import { EVENTS, emit, type QuickscanErrorDetail } from '../events.js';
import { errorTexts } from '../internal/error-chunk.js';
import type { Locale } from '../localization.js';
import { validatePlan } from '../plan/plan-content.js';
import type { Plan } from '../plan/plan-schema.js';
import { clampGroupSize } from './aggregate.js';
import { TeamController } from './team-controller.js';
import { downloadTeamCsv } from './team-download.js';
import type { TeamExtras } from './team-extras.js';
import { renderTeamCompare } from './team-compare-view.js';
import { renderTeamPlan } from './team-plan.js';
import { renderTeam, teamCsv } from './team-view.js';

/** The team element as the body sees it. */
export interface TeamHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly loadedContent: Content | null;
  readonly locale: Locale;
  readonly results: unknown[];
  readonly baselineResults: unknown[];
  readonly resultsSrc?: string;
  readonly minGroupSize: number;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

export class TeamBody {
  private readonly _team: TeamController;
  private readonly _baselineTeam: TeamController;
  private _extras?: TeamExtras;
  private _extrasLoading?: Promise<unknown>;
  /** The team's plan of action (one writer: this body). */
  plan: Plan | null = null;
  private _planProblem: QuickscanErrorDetail | null = null;

  constructor(
    private readonly _host: TeamHost,
    private readonly _inLocale: <T>(fn: () => T) => T,
  ) {
    const update = () => _host.requestUpdate();
    this._team = new TeamController(update);
    this._team.setResults(_host.results);
    this._baselineTeam = new TeamController(update);
    this._baselineTeam.setResults(_host.baselineResults);
  }

  /** Before each render: what the element's properties say now. `pendingPlan`: a plan the host set. */
  update(changed: Map<PropertyKey, unknown>, timeout: number, pendingPlan: unknown): void {
    const host = this._host;
    if (changed.has('results')) this._team.setResults(host.results);
    if (changed.has('baselineResults')) this._baselineTeam.setResults(host.baselineResults);
    const content = host.loadedContent;
    this._team.content = this._baselineTeam.content = content;
    this._team.minGroupSize = this._baselineTeam.minGroupSize = clampGroupSize(host.minGroupSize);
    this._loadExtras();
    this._extras?.update(content, host.resultsSrc, timeout);
    if (content && pendingPlan !== undefined) this._setPlan(content, pendingPlan);
  }

  private _setPlan(content: Content, value: unknown): void {
    const checked = value === null ? ({ ok: true, plan: null } as const) : validatePlan(content, value);
    if (checked.ok) {
      this.plan = checked.plan;
      this._planProblem = null;
      return;
    }
    const problem = { kind: 'plan', issues: checked.issues.slice(0, 20) } as const;
    // The error texts are a chunk: the message and the event come once it is there.
    errorTexts.load().then((t) => {
      const detail = this._inLocale(() => t.resultErrorDetail(problem));
      this._planProblem = detail;
      this._host.requestUpdate();
      this._host.updateComplete.then(() => emit(this._host, EVENTS.error, detail));
    }, () => {});
  }

  disconnect(): void {
    this._extras?.disconnect();
  }

  /** Share codes, `results-src` and counting progress live in their own module, loaded on first render. */
  private _loadExtras(): void {
    this._extrasLoading ??= import('./team-extras.js').then(
      ({ TeamExtras }) => {
        this._extras = new TeamExtras(
          {
            renderRoot: this._host.renderRoot,
            requestUpdate: () => this._host.requestUpdate(),
            summaryGrew: (summary) => emit(this._host, EVENTS.teamSummary, summary),
            feedFailed: (detail) => emit(this._host, EVENTS.error, detail),
            inLocale: (fn) => this._inLocale(fn),
          },
          this._team,
        );
        this._host.requestUpdate();
      },
      () => (this._extrasLoading = undefined),
    );
  }

  private async _addFiles(files: File[]): Promise<void> {
    // Resolves with the summary when it counts more results than before and is shown (≥ min-group-size).
    const summary = await this._team.addFiles(files);
    if (summary) emit(this._host, EVENTS.teamSummary, summary);
  }

  private _downloadCsv(content: Content): void {
    const summary = this._team.summary;
    if (!summary?.ready) return;
    const text = this._inLocale(() => teamCsv(content, summary, this._host.locale));
    downloadTeamCsv(this._host.renderRoot, content, text);
  }

  private _renderPlan(content: Content) {
    const summary = this._team.summary;
    if (!summary?.ready) return nothing;
    const problem = this._planProblem;
    return html`${problem ? html`<div class="notice result-error" role="alert"><p>${problem.message}</p></div>` : nothing}
      ${renderTeamPlan(content, summary, this._host.locale, this.plan, (d) => {
        this.plan = d.plan;
        this._planProblem = null;
        this._host.requestUpdate();
        emit(this._host, EVENTS.plan, { plan: structuredClone(d.plan), change: d.change, measureId: d.measureId });
      })}`;
  }

  render(content: Content) {
    const locale = this._host.locale;
    const team = this._team;
    const baseline = this._baselineTeam;
    return html`${renderTeam(
      { content, locale, team: team.state!, planView: this._renderPlan(content), extras: this._extras?.render(content, team.state!, locale) },
      {
        addFiles: (files) => this._addFiles(files),
        clearFiles: () => team.clearFiles(),
        print: () => window.print(),
        downloadCsv: () => this._downloadCsv(content),
      },
    )}${renderTeamCompare(
      { content, locale, team: team.state!, baseline: baseline.state! },
      { addFiles: (files) => void baseline.addFiles(files), clearFiles: () => baseline.clearFiles() },
    )}`;
  }
}
