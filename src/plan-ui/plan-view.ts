// <svq-plan>: the plan of action on the results view. Loaded lazily by the results view. It shows the
// plan it is given and tells its parent every committed change (`svq-plan-change`); the parent owns the
// plan (scan state) and fires the public `quickscan-plan` event. Local state is only what the view
// needs: the undo offer, what to announce, field errors and which pillars are open.
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Content, Pillar } from '../content/schema.js';
import type { PlanChangeKind } from '../events.js';
import { inLocale, matchLocale, msg, str } from '../localization.js';
import { PLAN_TAG } from '../internal/tags.js';
import { safeLink } from '../internal/views/link.js';
import { base } from '../styles/base.js';
import type { Result } from '../scoring/result-schema.js';
import {
  addMeasure,
  clipMeasureText,
  editMeasure,
  emptyPlan,
  isOverdue,
  measuresOf,
  moveMeasure,
  removeMeasure,
  restoreMeasure,
  suggestions,
  type MeasureDraft,
  type MeasurePatch,
  type PillarSuggestions,
  type RemovedMeasure,
} from '../plan/plan.js';
import { MEASURE_STATUSES, PLAN_LIMITS, type MeasureStatus } from '../plan/plan-limits.js';
import type { Measure, Plan } from '../plan/plan-schema.js';
import { planStyles } from './plan.styles.js';
import { measureSelector, type PlanChangeDetail } from './plan-parts.js';
import { downloadPlan } from './plan-files.js';
import { renderPlanPrint } from './plan-print.js';
import { refusalText, statusLabel } from './plan-texts.js';

/**
 * The plan of action inside the scan's results view (an implementation detail: hosts use the scan
 * element's `plan` property, `quickscan-plan` event and parts).
 * @internal
 */
export class PlanView extends LitElement {
  // Not decorators: see ../internal/content-element.ts.
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    result: { attribute: false },
    priorities: { attribute: false },
    answers: { attribute: false },
    discuss: { attribute: false },
    plan: { attribute: false },
    locale: {},
    _removed: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
  };
  static override styles = [base, planStyles];

  content?: Content;
  /** The person's result (the scan): priorities and answers for the suggestions. */
  result?: Result;
  /** Without a result (the team view): the pillars to work on first… */
  priorities?: string[];
  /** …the values per statement the suggestions start from (the team's means)… */
  answers?: { statementId: string; value: number | null }[];
  /** …and the statements to discuss first (where the team disagrees). */
  discuss: string[] = [];
  plan: Plan | null = null;
  /** The UI language (the scan element's). */
  locale = 'nl';

  private _removed: RemovedMeasure | null = null;
  private _announcement = '';
  /** Field errors: `<measure id>` or `add:<pillar id>` → message. */
  private _errors = new Map<string, string>();
  /** Pillars the person opened or closed (else: priorities open, the rest closed). */
  private _open = new Map<string, boolean>();
  /** What to focus after the next render: a selector in this shadow root. */
  private _focusNext: string | null = null;

  private _now(): Date {
    return new Date();
  }

  private get _plan(): Plan {
    return this.plan ?? emptyPlan(this._now());
  }

  private _commit(plan: Plan, change: PlanChangeKind, measureId: string): void {
    this.plan = plan;
    if (change !== 'remove') this._removed = null;
    const detail: PlanChangeDetail = { plan, change, measureId };
    this.dispatchEvent(new CustomEvent<PlanChangeDetail>('svq-plan-change', { detail }));
  }

  private _setError(key: string, message: string | null): void {
    const errors = new Map(this._errors);
    if (message === null) errors.delete(key);
    else errors.set(key, message);
    this._errors = errors;
  }

  // ——— actions ———

  private _add(pillarId: string): void {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`[data-add="${pillarId}"]`);
    if (!field) return;
    this._addDraft({ pillarId, text: field.value }, `add:${pillarId}`, () => {
      field.value = '';
      this._focusNext = `[data-add="${pillarId}"]`;
    });
  }

  private _addDraft(draft: MeasureDraft, errorKey: string, done?: () => void): void {
    const change = addMeasure(this._plan, draft, this._now());
    if (!change.ok) {
      this._setError(errorKey, refusalText(change));
      if (errorKey.startsWith('add:')) this._focusNext = `[data-add="${draft.pillarId}"]`;
      this.requestUpdate();
      return;
    }
    this._setError(errorKey, null);
    this._announcement = msg('Maatregel toegevoegd.');
    this._focusNext = measureSelector(change.measure.id, '[part~="measure-text"]');
    done?.();
    this._commit(change.plan, 'add', change.measure.id);
  }

  private _edit(measure: Measure, patch: MeasurePatch, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    const change = editMeasure(this._plan, measure.id, patch, this._now());
    if (!change.ok) {
      // The field shows what was there; the message says why the change was not taken.
      const key = Object.keys(patch)[0] as keyof Measure;
      field.value = String(measure[key] ?? '');
      this._setError(measure.id, refusalText(change));
      return;
    }
    this._setError(measure.id, null);
    if (change.plan === this._plan) return;
    this._commit(change.plan, patch.status !== undefined ? 'status' : 'edit', measure.id);
  }

  private _move(measure: Measure, direction: 'up' | 'down'): void {
    const change = moveMeasure(this._plan, measure.id, direction, this._now());
    this._focusNext = measureSelector(measure.id, `[data-move="${direction}"]`);
    if (!change.ok) {
      this._announcement = direction === 'up' ? msg('Deze maatregel staat al bovenaan.') : msg('Deze maatregel staat al onderaan.');
      this.requestUpdate();
      return;
    }
    const list = measuresOf(change.plan, measure.pillarId);
    const at = list.findIndex((m) => m.id === measure.id) + 1;
    this._announcement = msg(str`Maatregel verplaatst naar plek ${at} van ${list.length}.`);
    this._commit(change.plan, 'reorder', measure.id);
  }

  private _remove(measure: Measure): void {
    const change = removeMeasure(this._plan, measure.id, this._now());
    if (!change.ok) return;
    this._removed = change.removed;
    this._announcement = '';
    this._focusNext = `[data-undo="${measure.pillarId}"]`;
    this._commit(change.plan, 'remove', measure.id);
  }

  private _undo(): void {
    const removed = this._removed;
    if (!removed) return;
    const change = restoreMeasure(this._plan, removed, this._now());
    this._removed = null;
    if (!change.ok) {
      this._announcement = refusalText(change);
      return;
    }
    this._announcement = msg('Maatregel teruggezet.');
    this._focusNext = measureSelector(change.measure.id, '[part~="measure-text"]');
    this._commit(change.plan, 'add', change.measure.id);
  }

  private _download(format: 'csv' | 'ics'): void {
    if (this.content) downloadPlan(this.renderRoot, this.content, this._plan, format, matchLocale(this.locale), this._now());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this._focusNext;
    if (!selector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    // The plan may arrive from the parent a moment later: keep the wish until the target is there.
    if (target) {
      this._focusNext = null;
      target.focus();
    }
  }

  // ——— rendering ———

  protected override render() {
    const { content, result } = this;
    const priorities = this.priorities ?? result?.priorities;
    const answers = this.answers ?? result?.answers;
    if (!content || !priorities || !answers) return nothing;
    return inLocale(matchLocale(this.locale), () => this._render(content, { priorities, answers }));
  }

  private _render(content: Content, result: { priorities: string[]; answers: { statementId: string; value: number | null }[] }) {
    const plan = this._plan;
    const priorities = new Set(result.priorities);
    const pillars = [
      ...result.priorities.map((id) => content.pillars.find((p) => p.id === id)).filter((p): p is Pillar => !!p),
      ...content.pillars.filter((p) => !priorities.has(p.id)),
    ];
    const offers = new Map(suggestions(content, result).map((s) => [s.pillarId, s]));
    const dated = plan.measures.some((m) => m.due);
    return html`<section class="plan" part="plan" aria-labelledby="plan-heading">
      <h3 id="plan-heading">${msg('Plan van aanpak')}</h3>
      <p>${msg('Een scan is de eerste stap: kies wat je aanpakt, spreek af wie wat doet en wanneer, en kijk later met een nieuwe scan wat het opleverde. Dit plan blijft in je browser, tenzij de website waarop je de scan invult het bewaart.')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      <div class="plan-edit">
        ${pillars.map((pillar) => this._renderPillar(content, plan, pillar, priorities.has(pillar.id), offers.get(pillar.id)))}
      </div>
      <div class="actions plan-actions no-print">
        <button type="button" part="plan-download-button" ?disabled=${!plan.measures.length} @click=${() => this._download('csv')}>${msg('Plan downloaden (CSV)')}</button>
        <button type="button" part="plan-download-button" ?disabled=${!dated} aria-describedby=${dated ? nothing : 'ics-hint'} @click=${() => this._download('ics')}>${msg('Data in je agenda (.ics)')}</button>
      </div>
      ${dated ? nothing : html`<p id="ics-hint" class="hint no-print">${msg('Voor de agenda heeft minstens één maatregel een datum nodig.')}</p>`}
      ${renderPlanPrint(plan, pillars, this._now())}
    </section>`;
  }

  private _renderPillar(content: Content, plan: Plan, pillar: Pillar, priority: boolean, offer: ReturnType<typeof suggestions>[number] | undefined) {
    const measures = measuresOf(plan, pillar.id);
    const open = this._open.get(pillar.id) ?? priority;
    const used = new Set(measures.map((m) => m.statementId).filter(Boolean));
    const usedTools = new Set(measures.map((m) => m.tool?.title).filter(Boolean));
    const statements = (offer?.statements ?? []).filter((s) => !used.has(s.statementId));
    const tools = (offer?.tools ?? []).filter((t) => !usedTools.has(t.tool.title));
    const discuss = pillar.statements.filter((s) => this.discuss.includes(s.id) && !used.has(s.id));
    const count = measures.length === 1 ? msg('1 maatregel') : msg(str`${measures.length} maatregelen`);
    const toggle = (e: Event) => {
      const now = (e.currentTarget as HTMLDetailsElement).open;
      if ((this._open.get(pillar.id) ?? priority) === now) return;
      this._open.set(pillar.id, now);
      this.requestUpdate();
    };
    // A closed pillar renders only its summary: with up to 20 pillars the view stays light.
    return html`<details class="plan-pillar" part="plan-pillar" data-pillar=${pillar.id} ?open=${open} @toggle=${toggle}>
      <summary><span class="plan-pillar-title">${pillar.title}</span> <span class="count">(${count}${priority ? html`, ${msg('prioriteit')}` : nothing})</span></summary>
      ${open ? this._renderPillarBody(pillar, measures, statements, tools, discuss, content) : nothing}
    </details>`;
  }

  private _renderPillarBody(
    pillar: Pillar,
    measures: Measure[],
    statements: PillarSuggestions['statements'],
    tools: PillarSuggestions['tools'],
    discuss: Pillar['statements'],
    content: Content,
  ) {
    const addError = this._errors.get(`add:${pillar.id}`);
    const removedHere = this._removed?.measure.pillarId === pillar.id;
    return html`
      ${measures.length
        ? html`<ol class="measures">${repeat(measures, (m) => m.id, (m, i) => this._renderMeasure(content, m, i, measures.length))}</ol>`
        : html`<p class="empty">${msg('Nog geen maatregelen.')}</p>`}
      ${removedHere
        ? html`<p class="notice undo" role="status">${msg('Maatregel verwijderd')} —
            <button type="button" class="link-button" data-undo=${pillar.id} @click=${() => this._undo()}>${msg('Ongedaan maken')}</button></p>`
        : nothing}
      ${statements.length || tools.length || discuss.length
        ? html`<div class="suggestions">
            <h4>${msg('Suggesties')}</h4>
            <ul>
              ${discuss.map((s) => {
                const text = clipMeasureText(msg(str`Bespreek eerst: ${s.text}`));
                return html`<li>
                  <span id=${`sg-d-${s.id}`}>${text}</span>
                  <button type="button" class="link-button" part="suggest-measure-button" aria-describedby=${`sg-d-${s.id}`}
                    @click=${() => this._addDraft({ pillarId: pillar.id, statementId: s.id, text }, `add:${pillar.id}`)}>${msg('Maak hier een maatregel van')}</button>
                </li>`;
              })}
              ${statements.map(
                (s) => html`<li>
                  <span id=${`sg-${s.statementId}`}>${s.draft.text}</span>
                  <button type="button" class="link-button" part="suggest-measure-button" aria-describedby=${`sg-${s.statementId}`}
                    @click=${() => this._addDraft(s.draft, `add:${pillar.id}`)}>${msg('Maak hier een maatregel van')}</button>
                </li>`,
              )}
              ${tools.map(
                (t, i) => html`<li>
                  <span id=${`sg-${pillar.id}-tool-${i}`}>${msg('Tool')}: ${t.tool.url ? safeLink(t.tool.url, t.tool.title) : t.tool.title}</span>
                  <button type="button" class="link-button" part="suggest-measure-button" aria-describedby=${`sg-${pillar.id}-tool-${i}`}
                    @click=${() => this._addDraft(t.draft, `add:${pillar.id}`)}>${msg('Maak hier een maatregel van')}</button>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="add">
        <label for=${`add-${pillar.id}`}>${msg('Nieuwe maatregel')}</label>
        <textarea id=${`add-${pillar.id}`} data-add=${pillar.id} rows="2" maxlength=${PLAN_LIMITS.text}
          aria-invalid=${addError ? 'true' : 'false'} aria-describedby=${addError ? `add-${pillar.id}-error` : nothing}></textarea>
        ${addError ? html`<p class="field-error" id=${`add-${pillar.id}-error`}>${addError}</p>` : nothing}
        <button type="button" part="add-measure-button" @click=${() => this._add(pillar.id)}>${msg('Maatregel toevoegen')}</button>
      </div>`;
  }

  private _renderMeasure(content: Content, m: Measure, index: number, total: number) {
    const id = `m-${m.id}`;
    const overdue = isOverdue(m, this._now());
    const error = this._errors.get(m.id);
    const statement = m.statementId ? content.pillars.flatMap((p) => p.statements).find((s) => s.id === m.statementId) : undefined;
    const position = msg(str`Maatregel ${index + 1} van ${total}`);
    return html`<li class="measure" part="measure" data-measure=${m.id} data-status=${m.status}>
      <fieldset>
        <legend>${position}</legend>
        <label for=${`${id}-text`}>${msg('Wat gaan we doen?')}</label>
        <textarea id=${`${id}-text`} part="measure-text" rows="2" required maxlength=${PLAN_LIMITS.text} .value=${m.text}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
          @change=${(e: Event) => this._edit(m, { text: (e.target as HTMLTextAreaElement).value }, e.target as HTMLTextAreaElement)}></textarea>
        ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
        ${statement ? html`<p class="source">${msg('Bij de stelling')}: ${statement.text}</p>` : nothing}
        ${m.tool ? html`<p class="source">${msg('Tool')}: ${m.tool.url ? safeLink(m.tool.url, m.tool.title) : m.tool.title}</p>` : nothing}
        <div class="fields">
          <span class="field">
            <label for=${`${id}-owner`}>${msg('Wie')}</label>
            <input id=${`${id}-owner`} part="measure-owner" type="text" maxlength=${PLAN_LIMITS.owner} .value=${m.owner ?? ''}
              @change=${(e: Event) => this._edit(m, { owner: (e.target as HTMLInputElement).value }, e.target as HTMLInputElement)} />
          </span>
          <span class="field">
            <label for=${`${id}-due`}>${msg('Klaar op')}</label>
            <input id=${`${id}-due`} part="measure-due" type="date" .value=${m.due ?? ''}
              aria-describedby=${overdue ? `${id}-overdue` : nothing}
              @change=${(e: Event) => this._edit(m, { due: (e.target as HTMLInputElement).value }, e.target as HTMLInputElement)} />
            ${overdue ? html`<strong class="overdue" id=${`${id}-overdue`}>${msg('verlopen')}</strong>` : nothing}
          </span>
          <span class="field">
            <label for=${`${id}-status`}>${msg('Status')}</label>
            <select id=${`${id}-status`} part="measure-status"
              @change=${(e: Event) => this._edit(m, { status: (e.target as HTMLSelectElement).value as MeasureStatus }, e.target as HTMLSelectElement)}>
              ${MEASURE_STATUSES.map((s) => html`<option value=${s} ?selected=${s === m.status}>${statusLabel(s)}</option>`)}
            </select>
          </span>
        </div>
        <div class="measure-actions">
          <button type="button" data-move="up" aria-label=${msg(str`${position} omhoog`)} @click=${() => this._move(m, 'up')}>${msg('Omhoog')}</button>
          <button type="button" data-move="down" aria-label=${msg(str`${position} omlaag`)} @click=${() => this._move(m, 'down')}>${msg('Omlaag')}</button>
          <button type="button" class="danger" part="remove-measure-button" aria-label=${msg(str`${position} verwijderen`)} @click=${() => this._remove(m)}>${msg('Verwijderen')}</button>
        </div>
      </fieldset>
    </li>`;
  }
}

if (!customElements.get(PLAN_TAG)) customElements.define(PLAN_TAG, PlanView);

declare global {
  interface HTMLElementTagNameMap {
    'svq-plan': PlanView;
  }
}
