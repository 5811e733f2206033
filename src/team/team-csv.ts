// CSV export of a team summary: aggregates only, never a person's answers. One row per statement with
// its distribution; the pillar's figures repeat on each of its rows (as in the person's own CSV), so the
// file stays one plain table. UTF-8 with BOM; separator and decimal mark as the person's spreadsheet
// expects (`csvFormat`: ";" and "62,5" in Dutch), numbers with at most 2 decimals. Figures the summary
// suppressed (too few people gave a value) stay empty, and the last column says why.
import type { Content } from '../content/schema.js';
import { CSV_COMMA, csvText, type CsvFormat } from '../scoring/export.js';
import { INSUFFICIENT_BAND } from '../scoring/result-constants.js';
import type { TeamListReason, TeamSummary } from './aggregate.js';

export interface TeamCsvLabels {
  pillar: string;
  respondents: string;
  median: string;
  mean: string;
  min: string;
  max: string;
  q1: string;
  q3: string;
  iqr: string;
  statementId: string;
  statement: string;
  answered: string;
  statementMean: string;
  spread: string;
  list: string;
  lists: Record<TeamListReason, string>;
  /** Header of the column that says why figures are empty; without it the column is left out. */
  hidden?: string;
  /** Why a pillar's figures are empty (fewer people with a score than the minimum group size). */
  hiddenPillar?: string;
  /** Why a statement's figures are empty (fewer people gave a value than the minimum group size). */
  hiddenStatement?: string;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function teamToCsv(
  summary: TeamSummary,
  content: Content,
  labels: TeamCsvLabels,
  bandLabel: (band: string) => string,
  format: CsvFormat = CSV_COMMA,
): string {
  const bandIds = [...content.bands.map((b) => b.id), INSUFFICIENT_BAND];
  const valueKeys = content.scale.options.map((o) => String(o.value));
  const unknownLabel = content.scale.unknown?.label;
  if (unknownLabel) valueKeys.push('unknown');
  const rows: unknown[][] = [
    [
      labels.pillar, labels.respondents, labels.median, labels.mean, labels.min, labels.max, labels.q1, labels.q3, labels.iqr,
      ...bandIds.map(bandLabel),
      labels.statementId, labels.statement, labels.answered,
      ...content.scale.options.map((o) => o.label), ...(unknownLabel ? [unknownLabel] : []),
      labels.statementMean, labels.spread, labels.list,
      ...(labels.hidden ? [labels.hidden] : []),
    ],
  ];
  const listed = new Map<string, TeamListReason>();
  for (const list of Object.values(summary.lists)) for (const x of list) listed.set(x.statementId, x.reason);
  const texts = new Map(content.pillars.flatMap((p) => p.statements.map((s) => [s.id, s.text])));
  // An empty cell, not 0, where the summary withheld a count.
  const count = (counts: Record<string, number>, key: string, withheld: boolean) => (withheld && !(key in counts) ? '' : (counts[key] ?? 0));
  for (const p of summary.pillars) {
    const pillarCells = [
      p.title, p.respondents, ...[p.median, p.mean, p.min, p.max, p.q1, p.q3, p.iqr].map(round),
      ...bandIds.map((b) => count(p.bands, b, p.suppressed)),
    ];
    for (const s of summary.statements.filter((x) => x.pillarId === p.id)) {
      const reason = listed.get(s.id);
      const why = [p.suppressed ? labels.hiddenPillar : '', s.suppressed ? labels.hiddenStatement : ''].filter(Boolean).join(' ');
      rows.push([
        ...pillarCells,
        s.id, texts.get(s.id) ?? '', s.answered,
        ...valueKeys.map((k) => count(s.distribution, k, s.suppressed)),
        round(s.mean), round(s.spread), reason ? labels.lists[reason] : '',
        ...(labels.hidden ? [why] : []),
      ]);
    }
  }
  return csvText(rows, format);
}
