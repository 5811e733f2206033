// Team mode: "Vergelijk met een eerdere ronde" — a second file input for the results of an earlier
// team round, and per pillar the median then and now with the difference in words.
import { html, nothing } from 'lit';
import type { Content } from '../content/schema.js';
import { contentLang, msg, str } from '../localization.js';
import { formatNumber } from '../internal/format.js';
import type { TeamState } from './team-controller.js';
import { compareRounds, type TeamRoundDelta } from './team-compare.js';

export interface TeamCompareModel {
  content: Content;
  locale: string;
  team: TeamState;
  baseline: TeamState;
}

export interface TeamCompareActions {
  addFiles(files: File[]): void;
  clearFiles(): void;
}

function deltaWords(d: TeamRoundDelta, locale: string): string {
  if (d.median === null || d.baselineMedian === null) return msg('niet te vergelijken: te weinig mensen met een score in een van beide rondes');
  const n = formatNumber(locale, Math.abs(d.delta!), 0);
  return d.delta! > 0 ? msg(str`+${n}, hoger dan de vorige ronde`) : d.delta! < 0 ? msg(str`−${n}, lager dan de vorige ronde`) : msg('gelijk aan de vorige ronde');
}

const median = (locale: string, m: number | null) => (m === null ? msg('verborgen') : formatNumber(locale, m, 0));

export function renderTeamCompare(model: TeamCompareModel, actions: TeamCompareActions) {
  const { content, locale, team, baseline } = model;
  const hasBaseline = baseline.summary.respondents > 0 || baseline.rejected.length > 0;
  const comparison = hasBaseline ? compareRounds(team.summary, baseline.summary) : null;
  const titles = new Map(content.pillars.map((p) => [p.id, p.title]));
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) actions.addFiles(files);
  };
  return html`<section class="team-compare" part="team-compare" aria-labelledby="team-compare-heading">
    <h3 id="team-compare-heading">${msg('Vergelijk met een eerdere ronde')}</h3>
    <p class="no-print">
      <label for="team-baseline-files">${msg('Kies de uitkomsten van de eerdere ronde (JSON-bestanden)')}</label>
      <input id="team-baseline-files" type="file" accept=".json,application/json" multiple part="team-baseline-file-input" @change=${onChange} />
    </p>
    ${hasBaseline
      ? html`<p>${msg(str`Eerdere ronde: ${baseline.summary.respondents} uitkomsten meegeteld, ${baseline.rejected.length + baseline.duplicates} niet.`)}</p>`
      : nothing}
    ${comparison && !comparison.ready
      ? html`<p class="notice">${msg(str`Voor een vergelijking zijn in beide rondes minstens ${team.summary.minGroupSize} uitkomsten nodig. Zo blijft ieders antwoord anoniem.`)}</p>`
      : nothing}
    ${comparison?.ready
      ? html`<ul class="deltas">
          ${comparison.pillars.map(
            (d) => html`<li part="pillar-delta" data-pillar=${d.id}>
              <strong lang=${contentLang()}>${titles.get(d.id) ?? d.id}</strong>:
              ${msg(str`mediaan toen ${median(locale, d.baselineMedian)}, nu ${median(locale, d.median)}`)} — <span class="delta-text">${deltaWords(d, locale)}</span>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${baseline.files
      ? html`<p class="no-print"><button type="button" class="link-button" part="team-baseline-clear-button" @click=${actions.clearFiles}>${msg('Eerdere ronde vergeten')}</button></p>`
      : nothing}
  </section>`;
}
