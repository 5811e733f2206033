// The team view: the facilitator adds the team's result files; once enough are counted it shows per
// pillar the spread of scores (band shares and range, in text, bars and a table), three conversation
// lists, the tips, print and a CSV of the aggregate. Only aggregates are shown, never one person's answers.
import { html, nothing } from 'lit';
import { csvFormat } from '../scoring/export.js';
import { cssProps } from '../internal/css-props.js';
import { SOURCE_LOCALE, contentLang, msg, str } from '../localization.js';
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND } from '../scoring/result-constants.js';
import { formatNumber, isOne } from '../internal/format.js';
import { renderTips } from '../internal/views/glossary.js';
import { bandLabel, bandTone } from '../internal/band.js';
import { csvHeaders } from '../internal/csv-headers.js';
import type { TeamListItem, TeamPillar, TeamRejectReason, TeamRejection, TeamSummary } from './aggregate.js';
import type { TeamState } from './team-controller.js';
import { teamToCsv } from './team-csv.js';

export interface TeamModel {
  content: Content;
  locale: string;
  team: TeamState;
  /** The team's plan of action (see team-plan.ts), shown once enough results are counted. */
  planView?: unknown;
  /** Further inputs and their status (share codes, results-src, counting progress): see team-extras.ts. */
  extras?: unknown;
}

export interface TeamActions {
  addFiles(files: File[]): void;
  clearFiles(): void;
  print(): void;
  downloadCsv(): void;
}

/** Up to this many refused results are listed one by one; beyond it, counted per reason. */
export const MAX_LISTED_REJECTIONS = 20;

/**
 * The CSV of the summary with localized headers (call inside the element's locale); separator and
 * decimal mark as a spreadsheet in `locale` expects (Dutch: ";" and decimal comma).
 */
export function teamCsv(content: Content, summary: TeamSummary, locale: string = SOURCE_LOCALE): string {
  const min = summary.minGroupSize;
  return teamToCsv(
    summary,
    content,
    {
      ...csvHeaders(),
      respondents: msg('Aantal met score'),
      median: msg('Mediaan'),
      mean: msg('Gemiddelde'),
      min: msg('Minimum'),
      max: msg('Maximum'),
      q1: msg('Eerste kwartiel'),
      q3: msg('Derde kwartiel'),
      iqr: msg('Interkwartielafstand'),
      answered: msg('Beantwoord'),
      statementMean: msg('Gemiddelde stelling'),
      spread: msg('Spreiding (0–1)'),
      list: msg('Lijst'),
      lists: { strong: msg('Sterk'), 'needs-work': msg('Werk aan de winkel'), disagree: msg('Verschil van mening') },
      hidden: msg('Verborgen (privacy)'),
      hiddenPillar: msg(str`Cijfers van de pijler verborgen: minder dan ${min} mensen hebben een score.`),
      hiddenStatement: msg(str`Cijfers van de stelling verborgen: minder dan ${min} mensen gaven een waarde.`),
    },
    (band) => bandLabel(content, band),
    csvFormat(locale),
  );
}

function rejectReason(reason: TeamRejectReason): string {
  switch (reason) {
    case 'parse':
      return msg('geen leesbaar JSON-bestand');
    case 'invalid':
      return msg('geen uitkomst van de quickscan: het formaat klopt niet');
    case 'other-content':
      return msg('hoort bij een andere quickscan');
    default:
      return msg('hoort bij een andere versie van deze quickscan');
  }
}

const REASONS: readonly TeamRejectReason[] = ['parse', 'invalid', 'other-content', 'other-version'];

/** Each refused result with its name and reason; past MAX_LISTED_REJECTIONS, a count per reason. */
function renderRejected(locale: string, rejected: readonly TeamRejection[]) {
  if (rejected.length <= MAX_LISTED_REJECTIONS) {
    return html`<ul>
      ${rejected.map((r) => html`<li><strong>${r.name ?? msg(str`Uitkomst ${r.index + 1}`)}</strong>: ${rejectReason(r.reason)}</li>`)}
    </ul>`;
  }
  const counts = new Map<TeamRejectReason, number>();
  for (const r of rejected) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const total = formatNumber(locale, rejected.length, 0);
  return html`<p>${msg(str`${total} uitkomsten niet meegeteld, per reden:`)}</p>
    <ul>
      ${REASONS.filter((reason) => counts.has(reason)).map((reason) => {
        const n = counts.get(reason)!;
        const count = formatNumber(locale, n, 0);
        return html`<li>${isOne(locale, n) ? msg(str`1 keer: ${rejectReason(reason)}`) : msg(str`${count} keer: ${rejectReason(reason)}`)}</li>`;
      })}
    </ul>`;
}

function renderInput(model: TeamModel, actions: TeamActions) {
  const { team, locale } = model;
  const n = team.summary.respondents;
  const d = team.duplicates;
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) actions.addFiles(files);
  };
  // The button goes away with the files: focus moves to the file input (where one chooses again) so
  // keyboard and screen-reader users are not dropped at the start of the page.
  const onClear = (e: Event) => {
    const root = (e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
    root.getElementById('team-files')?.focus();
    actions.clearFiles();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) actions.addFiles(files);
  };
  return html`
    <div class="drop-zone no-print" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${onDrop}>
      <label for="team-files">${msg('Kies de uitkomsten van je team (JSON-bestanden)')}</label>
      <input id="team-files" type="file" accept=".json,application/json" multiple part="team-file-input" @change=${onChange} />
      <p class="meta">${msg('Of sleep de bestanden hierheen. Ze worden alleen in deze browser gelezen; er wordt niets verstuurd.')}</p>
    </div>
    ${model.extras ?? nothing}
    <p role="status">
      ${isOne(locale, n) ? msg('1 uitkomst telt mee.') : msg(str`${n} uitkomsten tellen mee.`)}
      ${d ? (isOne(locale, d) ? msg('1 uitkomst kwam dubbel voor en telt één keer mee.') : msg(str`${d} uitkomsten kwamen dubbel voor en tellen één keer mee.`)) : nothing}
    </p>
    ${team.rejected.length
      ? html`<section class="error" part="team-rejected" aria-labelledby="team-rejected-heading">
          <h3 id="team-rejected-heading">${msg('Niet meegeteld')}</h3>
          ${renderRejected(locale, team.rejected)}
        </section>`
      : nothing}
    ${team.files
      ? html`<p class="no-print"><button type="button" class="link-button" part="team-clear-button" @click=${onClear}>${msg('Gekozen bestanden weer weghalen')}</button></p>`
      : nothing}
  `;
}

const num = (locale: string, n: number | null) => (n === null ? '–' : formatNumber(locale, n, 1));
const pct = (n: number) => `${Math.max(0, Math.min(100, n))}%`;

function renderPillar(model: TeamModel, p: TeamPillar, index: number) {
  const { content, locale } = model;
  const total = model.team.summary.respondents;
  const bandIds = [...content.bands.map((b) => b.id), INSUFFICIENT_BAND].filter((b) => p.bands[b]);
  const number = content.pillars[index]?.number ?? index + 1;
  const min = model.team.summary.minGroupSize;
  return html`
    <article class="pillar-result team-pillar" part="team-pillar" data-pillar=${p.id}>
      <h4><span class="eyebrow">${msg(str`Pijler ${number}`)}</span> <span lang=${contentLang()}>${p.title}</span></h4>
      ${p.suppressed || p.median === null
        ? html`<p class="suppressed">
            ${p.respondents === 0
              ? msg('Niemand gaf genoeg antwoorden voor een score.')
              : msg(str`Minder dan ${min} mensen hebben een score voor deze pijler (de anderen gaven te weinig antwoorden of kozen ‘Weet ik niet’). Daarom staan hier geen cijfers: zo blijft ieders antwoord anoniem.`)}
          </p>`
        : html`<p class="score-line">
              <strong class="score">${msg(str`Mediaan ${num(locale, p.median)} van 100`)}</strong>
              <span>${msg(str`gemiddeld ${num(locale, p.mean)}`)}</span>
            </p>
            <p class="counts">
              ${msg(str`Van ${num(locale, p.min)} tot ${num(locale, p.max)}; de middelste helft van ${num(locale, p.q1)} tot ${num(locale, p.q3)}.`)}
            </p>
            <div class="bar range" aria-hidden="true">
              <span class="range-line" ${cssProps({ 'inset-inline-start': pct(p.min!), 'inline-size': pct(p.max! - p.min!) })}></span>
              <span class="range-box" ${cssProps({ 'inset-inline-start': pct(p.q1!), 'inline-size': pct(p.iqr!) })}></span>
              <span class="range-median" ${cssProps({ 'inset-inline-start': pct(p.median) })}></span>
            </div>`}
      ${p.suppressed
        ? nothing
        : html`<div class="bar share-bar" aria-hidden="true">
              ${bandIds.map((b) => html`<span data-band=${b} data-tone=${bandTone(content, b)} ${cssProps({ 'inline-size': pct((100 * p.bands[b]) / total) })}></span>`)}
            </div>
            <ul class="legend">
              ${bandIds.map(
                (b) => html`<li data-band=${b} data-tone=${bandTone(content, b)}>
                  <span class="swatch" aria-hidden="true"></span>${bandLabel(content, b)}: ${p.bands[b]}
                  (${formatNumber(locale, Math.round((100 * p.bands[b]) / total), 0)}%)
                </li>`,
              )}
            </ul>`}
    </article>
  `;
}

function renderTable(model: TeamModel) {
  const { content, locale, team } = model;
  const bandIds = [...content.bands.map((b) => b.id), INSUFFICIENT_BAND];
  return html`
    <details class="table-alternative">
      <summary>${msg('Teamuitkomst als tabel')}</summary>
      <div class="table-scroll">
        <table>
          <caption>${msg('Scores (0–100) van het team per pijler')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Pijler')}</th>
              <th scope="col">${msg('Met score')}</th>
              <th scope="col">${msg('Mediaan')}</th>
              <th scope="col">${msg('Gemiddelde')}</th>
              <th scope="col">${msg('Laagste–hoogste')}</th>
              <th scope="col">${msg('Middelste helft')}</th>
              ${bandIds.map((b) => html`<th scope="col">${bandLabel(content, b)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${team.summary.pillars.map(
              (p) => html`<tr>
                <th scope="row" lang=${contentLang()}>${p.title}</th>
                <td>${p.respondents}</td>
                <td>${num(locale, p.median)}</td>
                <td>${num(locale, p.mean)}</td>
                <td>${p.min === null ? '–' : `${num(locale, p.min)}–${num(locale, p.max)}`}</td>
                <td>${p.q1 === null ? '–' : `${num(locale, p.q1)}–${num(locale, p.q3)}`}</td>
                ${bandIds.map((b) => html`<td>${p.suppressed && !(b in p.bands) ? '–' : (p.bands[b] ?? 0)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  `;
}

function renderList(model: TeamModel, id: string, title: string, items: readonly TeamListItem[], empty: string) {
  const { content, locale, team } = model;
  const statements = new Map(content.pillars.flatMap((p) => p.statements.map((s) => [s.id, { s, p }])));
  const options = [...content.scale.options.map((o) => ({ key: String(o.value), label: o.label })), { key: 'unknown', label: content.scale.unknown?.label ?? '?' }];
  return html`
    <section aria-labelledby=${id}>
      <h4 id=${id}>${title}</h4>
      ${items.length
        ? html`<ul class="statement-list">
            ${items.map((x) => {
              const found = statements.get(x.statementId);
              const dist = team.summary.statements.find((s) => s.id === x.statementId)?.distribution ?? {};
              return html`<li>
                <span lang=${contentLang()}>${found?.s.text ?? x.statementId}</span>
                <span class="answer">(${found?.p.title} · ${msg(str`gemiddeld ${formatNumber(locale, x.mean, 1)}`)} ·
                  ${options.filter((o) => dist[o.key]).map((o) => `${o.label} ${dist[o.key]}`).join(', ')})</span>
              </li>`;
            })}
          </ul>`
        : html`<p>${empty}</p>`}
    </section>
  `;
}

/** Why some statements never appear in the lists: too few people gave them a value. */
function renderSuppressedStatements(model: TeamModel) {
  const { locale, team } = model;
  const n = team.summary.statements.filter((s) => s.suppressed).length;
  const min = team.summary.minGroupSize;
  if (!n) return nothing;
  return html`<p class="meta suppressed">
    ${isOne(locale, n)
      ? msg(str`1 stelling staat niet in deze lijsten: minder dan ${min} mensen gaven er een waarde bij (‘Weet ik niet’ telt niet mee). Zo blijft ieders antwoord anoniem.`)
      : msg(str`${n} stellingen staan niet in deze lijsten: minder dan ${min} mensen gaven er een waarde bij (‘Weet ik niet’ telt niet mee). Zo blijft ieders antwoord anoniem.`)}
  </p>`;
}

export function renderTeam(model: TeamModel, actions: TeamActions) {
  const { content, team } = model;
  const { summary } = team;
  const tips = content.tips ?? [];
  return html`
    <section class="view team" part="team" aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1">${msg('Teamgesprek: de uitkomsten samen')}</h2>
      <p class="meta" lang=${contentLang()}>${content.title}</p>
      <p>${msg('Iedereen vult de quickscan eerst zelf in en downloadt de uitkomst (JSON). Hier zie je alleen wat het team samen vindt, nooit de antwoorden van één persoon.')}</p>
      ${renderInput(model, actions)}
      ${!summary.ready && team.counting
        ? nothing
        : !summary.ready
        ? html`<p class="notice" part="team-waiting">
            ${msg(str`Er zijn minstens ${summary.minGroupSize} uitkomsten nodig voordat hier iets te zien is. Zo blijft ieders antwoord anoniem.`)}
          </p>`
        : html`
            ${tips.length ? html`<aside class="first-tip" part="first-tip" aria-label=${msg('Let op')}><p lang=${contentLang()}>${tips[0]}</p></aside>` : nothing}
            <section class="pillars" aria-labelledby="team-pillars-heading">
              <h3 id="team-pillars-heading">${msg('Per pijler: hoe verschillend scoort het team?')}</h3>
              ${summary.pillars.map((p, i) => renderPillar(model, p, i))} ${renderTable(model)}
            </section>
            <section class="team-lists" part="team-lists" aria-labelledby="team-lists-heading">
              <h3 id="team-lists-heading">${msg('Om over te praten')}</h3>
              ${renderList(model, 'team-disagree', msg('Hier denkt het team verschillend over: begin hier het gesprek'), summary.lists.disagree, msg('Over geen enkele stelling lopen de meningen sterk uiteen.'))}
              ${renderList(model, 'team-strong', msg('Het team is het eens: dit is sterk'), summary.lists.strong, msg('Geen stelling waarover het team eensgezind positief is.'))}
              ${renderList(model, 'team-needs-work', msg('Het team is het eens: hier is werk te doen'), summary.lists.needsWork, msg('Geen stelling waarover het team eensgezind negatief is.'))}
              ${renderSuppressedStatements(model)}
            </section>
            ${model.planView ?? nothing} ${renderTips(tips, 1)}
            <div class="actions no-print" part="team-actions">
              <button type="button" part="print-button" @click=${actions.print}>${msg('Afdrukken')}</button>
              <button type="button" part="download-button team-download-button" @click=${actions.downloadCsv}>${msg('Download CSV (team)')}</button>
            </div>
          `}
    </section>
  `;
}
