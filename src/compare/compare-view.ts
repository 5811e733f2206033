// The comparison with an earlier scan on the results view (loaded lazily, with the overview chart):
// the offer of the latest kept result, the file input for a downloaded one, and per pillar the earlier
// and the current score with the difference in words; statements that moved; the earlier plan's measures.
// Zod-free: reading the earlier result (./compare-check.ts) is a chunk of its own, loaded when needed.
import { html, nothing } from 'lit';
import type { Content } from '../content/schema.js';
import type { Result } from '../scoring/result-schema.js';
import type { MeasureStatus } from '../plan/plan-schema.js';
import { contentLang, msg, str } from '../localization.js';
import { contentDir } from '../internal/lang.js';
import { formatNumber } from '../internal/format.js';
import { issueText } from '../internal/error-text.js';
import type { Comparison, CompareRefusal, MovedStatement, PillarDelta } from './comparison.js';

export { compareEventDetail } from './comparison.js';
export { renderOverviewChart } from './overview-chart.js';
export { compareStyles } from './compare.styles.js';

export type CompareOutcome = Comparison | CompareRefusal;

/** Why a baseline cannot be compared, in the element's language. */
export function refusalMessage(refusal: CompareRefusal): string {
  switch (refusal.reason) {
    case 'parse':
      return msg('De eerdere uitkomst is geen geldige JSON; er is niets vergeleken.');
    case 'invalid':
      return msg('De eerdere uitkomst past niet in het formaat van een uitkomst van de quickscan; er is niets vergeleken.');
    case 'content':
      return msg('De eerdere uitkomst hoort bij een andere quickscan; er is niets vergeleken.');
    case 'future':
      return msg('De eerdere uitkomst is van na deze uitkomst; kies een uitkomst van eerder.');
    case 'scale':
      return msg('De eerdere uitkomst gebruikt een andere antwoordschaal en is niet te vergelijken.');
  }
}

/** "3 maart" (with the year when it differs from `now`'s). */
export function shortDate(locale: string, iso: string, now: string): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function longDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** The difference in words and with a sign: "+15, hoger dan op 3 maart"; "gelijk"; "geen score toen". */
export function deltaText(d: PillarDelta, locale: string, when: string): string {
  const n = formatNumber(locale, Math.abs(d.delta ?? 0), 0);
  switch (d.kind) {
    case 'up':
      return msg(str`+${n}, hoger dan op ${when}`);
    case 'down':
      return msg(str`−${n}, lager dan op ${when}`);
    case 'same':
      return msg(str`gelijk aan ${when}`);
    case 'no-score-then':
      return msg('geen score toen');
    case 'no-score-now':
      return msg('geen score nu');
    case 'no-score':
      return msg('toen en nu geen score');
  }
}

function statusLabel(status: MeasureStatus): string {
  return status === 'done' ? msg('Klaar') : status === 'doing' ? msg('Bezig') : msg('Open');
}

export interface CompareModel {
  content: Content;
  result: Result;
  locale: string;
  outcome: CompareOutcome | null;
  /** The latest kept earlier result to offer (with `persist`), unless it is already compared. */
  offer: Result | null;
  /** How many results are kept (with `persist`); 0 hides "forget". */
  kept: number;
}

export interface CompareActions {
  file(file: File): void;
  compareOffer(): void;
  forget(): void;
  close(): void;
}

function scoreWord(locale: string, score: number | null) {
  return score === null ? msg('geen score') : formatNumber(locale, score, 0);
}

function renderMoved(content: Content, list: MovedStatement[], heading: string) {
  if (!list.length) return nothing;
  const text = new Map(content.pillars.flatMap((p) => p.statements.map((s) => [s.id, s.text])));
  const label = (v: number) => content.scale.options.find((o) => o.value === v)?.label ?? String(v);
  return html`<h5>${heading}</h5>
    <ul class="moved statement-list" lang=${contentLang()} dir=${contentDir(content)}>
      ${list.map((m) => html`<li data-statement=${m.statementId}>${text.get(m.statementId) ?? m.statementId}
        <span class="answer">(${msg(str`toen „${label(m.baselineValue)}”, nu „${label(m.value)}”`)})</span></li>`)}
    </ul>`;
}

function renderComparison(model: CompareModel, c: Comparison, actions: CompareActions) {
  const { content, locale, result } = model;
  const when = shortDate(locale, c.baseline.completedAt, result.completedAt);
  const titles = new Map(content.pillars.map((p) => [p.id, p.title]));
  const plan = c.baselinePlan;
  return html`<div class="comparison">
    <p>${msg(str`Vergeleken met de uitkomst van ${longDate(locale, c.baseline.completedAt)}.`)}</p>
    ${c.sameVersion
      ? nothing
      : html`<p class="notice">${msg(str`Die uitkomst is gemaakt met versie ${c.baseline.contentVersion} van de quickscan; vergeleken zijn de ${c.sharedStatements} van de ${c.totalStatements} stellingen die beide versies hebben.`)}</p>`}
    ${c.rescored
      ? html`<p class="notice">${msg('De scores in de eerdere uitkomst pasten niet bij de antwoorden; ze zijn opnieuw berekend uit de antwoorden.')}</p>`
      : nothing}
    <ul class="deltas">
      ${c.pillars.map(
        (d) => html`<li part="pillar-delta" data-pillar=${d.id} data-kind=${d.kind}>
          <strong lang=${contentLang()} dir=${contentDir(content)}>${titles.get(d.id) ?? d.id}</strong>:
          ${msg(str`toen ${scoreWord(locale, d.baselineScore)}, nu ${scoreWord(locale, d.score)}`)} —
          <span class="delta-text">${deltaText(d, locale, when)}</span>
        </li>`,
      )}
    </ul>
    ${c.moved.up.length || c.moved.down.length
      ? html`<h4>${msg('Stellingen die twee of meer stappen veranderden')}</h4>
          ${renderMoved(content, c.moved.up, msg('Hoger dan toen'))} ${renderMoved(content, c.moved.down, msg('Lager dan toen'))}`
      : nothing}
    ${plan && plan.measures.length
      ? html`<h4>${msg('Wat is er gedaan sinds de vorige scan')}</h4>
          <ul class="baseline-plan">
            ${plan.measures.map((m) => html`<li data-status=${m.status}><span dir="auto">${m.text}</span> — <strong>${statusLabel(m.status)}</strong>${titles.has(m.pillarId) ? html` <span class="answer">(${titles.get(m.pillarId)})</span>` : nothing}</li>`)}
          </ul>`
      : nothing}
    <p class="no-print"><button type="button" class="link-button" part="compare-close-button" @click=${actions.close}>${msg('Vergelijking sluiten')}</button></p>
  </div>`;
}

export function renderCompareSection(model: CompareModel, actions: CompareActions) {
  const { outcome, offer, locale } = model;
  return html`<section class="compare" part="compare" aria-labelledby="compare-heading">
    <h3 id="compare-heading">${msg('Vergelijk met een eerdere uitkomst')}</h3>
    ${offer
      ? html`<p class="history-offer no-print" part="history-offer">
          ${msg(str`Je vorige scan was op ${longDate(locale, offer.completedAt)}`)} —
          <button type="button" class="link-button" part="history-compare-button" @click=${actions.compareOffer}>${msg('vergelijk')}</button>
        </p>`
      : nothing}
    ${outcome && !outcome.ok
      ? html`<div class="notice result-error" part="compare-error" role="alert">
          <p>${refusalMessage(outcome)}</p>
          ${outcome.issues?.length ? html`<ul class="issues">${outcome.issues.map((i) => html`<li><code>${i.path}</code>: ${issueText(i)}</li>`)}</ul>` : nothing}
        </div>`
      : nothing}
    ${outcome && outcome.ok ? renderComparison(model, outcome, actions) : nothing}
    <p class="no-print">
      <label class="file-label">${msg('Een gedownloade uitkomst (JSON) kiezen')}
        <input type="file" accept="application/json,.json" part="compare-file-input"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) actions.file(file);
            input.value = '';
          }} />
      </label>
    </p>
    ${model.kept
      ? html`<p class="no-print"><button type="button" class="link-button" part="history-forget-button" @click=${actions.forget}>${msg('Bewaarde uitkomsten in deze browser vergeten')}</button></p>`
      : nothing}
  </section>`;
}
