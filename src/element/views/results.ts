// The results view: priorities first, then every pillar with score, band (as text), bar, counts, its
// lowest statements and tools; what is already strong; the tips; the glossary; the colophon.
import { html, nothing } from 'lit';
import { contentLang, msg, str } from '../../localization.js';
import { contentDir } from '../../internal/lang.js';
import type { Content, Pillar } from '../../content/schema.js';
import type { Answers } from '../../scoring/answers.js';
import type { PillarResult, Result } from '../../scoring/result-schema.js';
import { statementsByValue } from '../../scoring/score.js';
import { formatDateTime, formatNumber } from '../../internal/format.js';
import { cssProps } from '../../internal/css-props.js';
import { bandLabel, bandTone } from '../../internal/band.js';
import { renderColophon, renderGlossary, renderTips } from '../../internal/views/glossary.js';
import { safeLink } from '../../internal/views/link.js';
import type { Plan } from '../../plan/plan-schema.js';
import type { PlanChangeKind } from '../../events.js';
import { PLAN_PARTS } from '../../plan-ui/plan-parts.js';

export interface ResultsModel {
  content: Content;
  result: Result;
  answers: Answers;
  locale: string;
  confirmingRestart: boolean;
  /** The overview chart and the comparison (lazy: nothing until their module is loaded). */
  chart?: unknown;
  compare?: unknown;
  plan: Plan | null;
  /**
   * How much of the view to render (see RESULTS_STAGES): the click that shows the results paints the top
   * (heading, chart, first tip, priorities) and the rest follows a frame at a time. Default: everything.
   */
  stage?: number;
}

/** The results view comes in this many stages: top; pillars; table, comparison and plan; the rest. */
export const RESULTS_STAGES = 4;

export interface ResultsActions {
  edit(pillarIndex: number): void;
  askRestart(): void;
  confirmRestart(): void;
  cancelRestart(): void;
  print(): void;
  download(format: 'json' | 'csv'): void;
  /** The person changed the plan of action (see <svq-plan>). */
  planChange(detail: { plan: Plan; change: PlanChangeKind; measureId: string }): void;
}

// The plan of action is its own element, loaded the first time a results view renders (issue 13).
let planModule: Promise<unknown> | undefined;

const loadPlan = () => (planModule ??= import('../../plan-ui/plan-view.js'));

function renderPlan(model: ResultsModel, actions: ResultsActions) {
  loadPlan();
  return html`<svq-plan exportparts=${PLAN_PARTS} locale=${model.locale} .content=${model.content} .result=${model.result} .plan=${model.plan}
    @svq-plan-change=${(e: CustomEvent) => actions.planChange(e.detail)}></svq-plan>`;
}

function optionLabel(content: Content, value: number) {
  return content.scale.options.find((o) => o.value === value)?.label ?? String(value);
}

function normalized(value: number, result: Result) {
  const { min, max } = result.scale;
  return max === min ? 1 : (value - min) / (max - min);
}

function scoreText(p: PillarResult, locale: string) {
  return p.score === null ? msg('geen score') : msg(str`${formatNumber(locale, p.score, 0)} van 100`);
}

function renderBar(content: Content, p: PillarResult) {
  return html`<div class="bar" aria-hidden="true" data-band=${p.band} data-tone=${bandTone(content, p.band)}>
    <span ${cssProps({ 'inline-size': `${p.score ?? 0}%` })}></span>
  </div>`;
}

function renderPillarResult(model: ResultsModel, actions: ResultsActions, pillar: Pillar, p: PillarResult, index: number) {
  const { content, answers, result, locale } = model;
  const lowest = statementsByValue(pillar, answers, 'asc').filter((x) => normalized(x.value, result) <= 0.5).slice(0, 3);
  const tools = pillar.tools ?? [];
  return html`
    <article class="pillar-result" part="pillar-result" data-pillar=${p.id} data-band=${p.band} data-tone=${bandTone(content, p.band)}>
      <h4>
        <span class="eyebrow">${msg(str`Pijler ${pillar.number ?? index + 1}`)}</span>
        <span lang=${contentLang()} dir=${contentDir(content)}>${pillar.title}</span>
      </h4>
      <p class="score-line">
        <strong class="score">${scoreText(p, locale)}</strong>
        <span class="band" data-band=${p.band} data-tone=${bandTone(content, p.band)}>${bandLabel(content, p.band)}</span>
      </p>
      ${renderBar(content, p)}
      <p class="counts">
        ${msg(str`${p.answered} van ${p.total} beantwoord`)}${p.unknown
          ? html`, ${msg(str`${p.unknown} × „${content.scale.unknown?.label ?? '?'}”`)}`
          : nothing}
      </p>
      ${lowest.length
        ? html`<h5>${msg('Laagst gescoord')}</h5>
            <ul class="statement-list" lang=${contentLang()} dir=${contentDir(content)}>
              ${lowest.map((x) => html`<li>${x.statement.text} <span class="answer">(${optionLabel(content, x.value)})</span></li>`)}
            </ul>`
        : nothing}
      ${tools.length
        ? html`<h5>${tools.length === 1 ? msg('Tool') : msg('Tools')}</h5>
            <ul class="tools" lang=${contentLang()} dir=${contentDir(content)}>
              ${tools.map((t) => html`<li>${t.url ? safeLink(t.url, t.title) : t.title}${t.description ? html` — ${t.description}` : nothing}</li>`)}
            </ul>`
        : nothing}
      <p class="no-print">
        <button type="button" class="link-button" part="edit-button" @click=${() => actions.edit(index)}>
          ${msg(str`Antwoorden van „${pillar.title}” aanpassen`)}
        </button>
      </p>
    </article>
  `;
}

function renderStrengths(model: ResultsModel) {
  const { content, answers, result } = model;
  const strong = content.pillars
    .flatMap((pillar) => statementsByValue(pillar, answers, 'desc').map((x) => ({ ...x, pillar })))
    .filter((x) => normalized(x.value, result) >= 0.75)
    .sort((a, b) => b.value - a.value)
    .slice(0, 5);
  return html`
    <section class="strengths" part="strengths" aria-labelledby="strengths-heading">
      <h3 id="strengths-heading">${msg('Wat al sterk is')}</h3>
      ${strong.length
        ? html`<ul class="statement-list" lang=${contentLang()} dir=${contentDir(content)}>
            ${strong.map((x) => html`<li>${x.statement.text} <span class="answer">(${optionLabel(content, x.value)} · ${x.pillar.title})</span></li>`)}
          </ul>`
        : html`<p>${msg('Geen van de stellingen kreeg een duidelijk positief antwoord. Bespreek samen wat wél helpt.')}</p>`}
    </section>
  `;
}

function renderTable(model: ResultsModel) {
  const { content, result, locale } = model;
  return html`
    <details class="table-alternative no-print-toggle">
      <summary>${msg('Uitkomst als tabel')}</summary>
      <div class="table-scroll">
        <table part="results-table">
          <caption>${msg('Score per pijler')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Pijler')}</th>
              <th scope="col">${msg('Score (0–100)')}</th>
              <th scope="col">${msg('Beoordeling')}</th>
              <th scope="col">${msg('Beantwoord')}</th>
              <th scope="col">${content.scale.unknown?.label ?? msg('Onbekend')}</th>
            </tr>
          </thead>
          <tbody>
            ${result.pillars.map(
              (p) => html`<tr>
                <th scope="row" lang=${contentLang()} dir=${contentDir(content)}>${p.title}</th>
                <td>${p.score === null ? '–' : formatNumber(locale, p.score, 0)}</td>
                <td>${bandLabel(content, p.band)}</td>
                <td>${p.answered} / ${p.total}</td>
                <td>${p.unknown}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  `;
}

let shareLoading: Promise<unknown> | undefined;
const loadShare = () => (shareLoading ??= import('../../share/share-view.js').catch(() => (shareLoading = undefined)));

/**
 * Fetches and evaluates the views the results show (the plan, the share code, the comparison and its
 * chart) ahead of the results, while the person answers: the click that shows the results then pays
 * for none of them. Each starts the load `next` is called with (an idle callback), one after the other.
 */
export function preloadViews(next: (load: () => Promise<unknown>) => Promise<unknown>): Promise<unknown> {
  return next(loadPlan)
    .then(() => next(loadShare))
    // (Its stylesheet is made now too: lit parses a sheet the first time it is asked for.)
    .then(() => next(() => import('../../compare/compare-view.js').then((m) => m.compareStyles.styleSheet)));
}

/** "Deel met je team": its element is loaded on first render of the results; nothing shows until then. */
function renderShare(model: ResultsModel) {
  loadShare();
  return html`<sociale-veiligheid-quickscan-share exportparts="share-code, copy-share-code-button" .content=${model.content} .answers=${model.answers} locale=${model.locale}></sociale-veiligheid-quickscan-share>`;
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format;
}

/** Pillars without a score are named as such, never reported as fine (issue 11). */
function renderUnscored(result: Result, locale: string) {
  const unscored = result.pillars.filter((p) => p.score === null).map((p) => p.title);
  const fine = !result.priorities.length && unscored.length < result.pillars.length;
  // (A list format only when there is something to list: Intl objects are costly to make.)
  const names = unscored.length ? listFormat(locale).format(unscored) : '';
  return html`${unscored.length ? html`<p class="unscored">${msg(str`Te weinig antwoorden om iets te zeggen over ${names}.`)}</p>` : nothing}
    ${fine
      ? html`<p>${unscored.length
          ? msg('Geen van de andere pijlers valt in een band die om aandacht vraagt.')
          : msg('Geen enkele pijler valt in een band die om aandacht vraagt.')}</p>`
      : nothing}`;
}

export function renderResults(model: ResultsModel, actions: ResultsActions) {
  const { content, result, locale } = model;
  const byId = new Map(content.pillars.map((p, i) => [p.id, { pillar: p, index: i }]));
  const tips = content.tips ?? [];
  const stage = model.stage ?? RESULTS_STAGES - 1;
  return html`
    <section class="view results" part="results" aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1">${msg('Uitkomst van de quickscan')}</h2>
      <p class="meta"><span lang=${contentLang()} dir=${contentDir(content)}>${content.title}</span> · ${formatDateTime(locale, result.completedAt)}</p>
      ${model.chart ?? nothing}
      ${tips.length ? html`<aside class="first-tip" part="first-tip" aria-label=${msg('Let op')}><p lang=${contentLang()} dir=${contentDir(content)}>${tips[0]}</p></aside>` : nothing}

      <section class="priorities" part="priorities" aria-labelledby="priorities-heading">
        <h3 id="priorities-heading">${msg('Hier kun je mee aan de slag')}</h3>
        ${result.priorities.length
          ? html`<ol>
              ${result.priorities.map((id) => {
                const p = result.pillars.find((x) => x.id === id)!;
                return html`<li><strong lang=${contentLang()} dir=${contentDir(content)}>${p.title}</strong> — ${scoreText(p, locale)}, ${bandLabel(content, p.band)}</li>`;
              })}
            </ol>`
          : nothing}
        ${renderUnscored(result, locale)}
      </section>

      ${stage >= 1 ? html`<section class="pillars" aria-labelledby="pillars-heading">
        <h3 id="pillars-heading">${msg('Per pijler')}</h3>
        ${result.pillars.map((p) => {
          const entry = byId.get(p.id);
          return entry ? renderPillarResult(model, actions, entry.pillar, p, entry.index) : nothing;
        })}
        ${stage >= 2 ? renderTable(model) : nothing}
      </section>` : nothing}

      ${stage >= 2 ? html`${model.compare ?? nothing} ${renderPlan(model, actions)}` : nothing}
      ${stage >= 3 ? renderRest(model, actions, tips) : nothing}
    </section>
  `;
}

/** The last stage: strengths, share code, tips, glossary, the actions and the colophon. */
function renderRest(model: ResultsModel, actions: ResultsActions, tips: readonly string[]) {
  const { content } = model;
  return html`
      ${renderStrengths(model)} ${renderShare(model)} ${renderTips(tips, 1, contentDir(content))} ${renderGlossary(content)}

      <div class="actions results-actions no-print" part="results-actions">
        <button type="button" part="print-button" @click=${actions.print}>${msg('Afdrukken')}</button>
        <button type="button" part="download-button" @click=${() => actions.download('json')}>${msg('Download (JSON)')}</button>
        <button type="button" part="download-button" @click=${() => actions.download('csv')}>${msg('Download (CSV)')}</button>
        <button type="button" part="edit-button" @click=${() => actions.edit(0)}>${msg('Antwoorden aanpassen')}</button>
        <button type="button" part="restart-button" @click=${actions.askRestart}>${msg('Opnieuw beginnen')}</button>
      </div>
      ${model.confirmingRestart
        ? html`<div class="confirm no-print" part="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false"
            @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.cancelRestart(); } }}>
            <p id="confirm-text">${msg('Weet je het zeker? Al je antwoorden worden gewist.')}</p>
            <div class="actions">
              <button type="button" class="danger" part="confirm-restart-button" @click=${actions.confirmRestart}>${msg('Ja, wis alles en begin opnieuw')}</button>
              <button type="button" part="cancel-restart-button" @click=${actions.cancelRestart}>${msg('Nee, terug')}</button>
            </div>
          </div>`
        : nothing}
      ${renderColophon(content)}
  `;
}
