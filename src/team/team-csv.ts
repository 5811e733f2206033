// CSV export of a team summary: aggregates only, never a person's answers. One row per statement with
// its distribution; the pillar's figures repeat on each of its rows (as in the person's own CSV), so the
// file stays one plain table. UTF-8 with BOM, comma separated, numbers with a "." and at most 2 decimals.
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND } from '../scoring/result-schema.js';
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
}

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
  // Keep spreadsheet programs from evaluating cells that start like a formula.
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[";\n\r,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function teamToCsv(summary: TeamSummary, content: Content, labels: TeamCsvLabels, bandLabel: (band: string) => string): string {
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
    ],
  ];
  const listed = new Map<string, TeamListReason>();
  for (const list of Object.values(summary.lists)) for (const x of list) listed.set(x.statementId, x.reason);
  const texts = new Map(content.pillars.flatMap((p) => p.statements.map((s) => [s.id, s.text])));
  for (const p of summary.pillars) {
    const pillarCells = [p.title, p.respondents, p.median, p.mean, p.min, p.max, p.q1, p.q3, p.iqr, ...bandIds.map((b) => p.bands[b] ?? 0)];
    for (const s of summary.statements.filter((x) => x.pillarId === p.id)) {
      const reason = listed.get(s.id);
      rows.push([
        ...pillarCells,
        s.id, texts.get(s.id) ?? '', s.answered,
        ...valueKeys.map((k) => s.distribution[k] ?? 0),
        s.mean, s.spread, reason ? labels.lists[reason] : '',
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
