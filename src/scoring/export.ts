// Exports of a result a person can keep: JSON (loadable again as the element's `result`) and CSV
// (one row per statement, UTF-8 with BOM so spreadsheet programs show the Dutch characters).
import type { Content } from '../content/schema.js';
import type { Result } from './result-schema.js';

export function resultToJson(result: Result): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const BOM = '\uFEFF';

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // Keep spreadsheet programs from evaluating text cells that start like a formula (numbers stay numbers).
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvLabels {
  pillar: string;
  statementId: string;
  statement: string;
  value: string;
  answer: string;
  pillarScore: string;
  band: string;
}

/**
 * One row per statement of the content (unanswered ones included, with empty value). Separator ";"
 * with a "sep=;" hint is avoided on purpose: a comma keeps the file standard; Excel reads UTF-8 with BOM.
 */
export function resultToCsv(result: Result, content: Content, labels: CsvLabels, bandLabel: (band: string) => string): string {
  const values = new Map(result.answers.map((a) => [a.statementId, a.value]));
  const pillarResults = new Map(result.pillars.map((p) => [p.id, p]));
  const rows: unknown[][] = [
    [labels.pillar, labels.statementId, labels.statement, labels.value, labels.answer, labels.pillarScore, labels.band],
  ];
  for (const pillar of content.pillars) {
    const p = pillarResults.get(pillar.id);
    for (const s of pillar.statements) {
      const answered = values.has(s.id);
      const value = values.get(s.id);
      const answer = !answered
        ? ''
        : value === null
          ? (content.scale.unknown?.label ?? '')
          : (content.scale.options.find((o) => o.value === value)?.label ?? '');
      rows.push([pillar.title, s.id, s.text, value ?? '', answer, p?.score ?? '', p ? bandLabel(p.band) : '']);
    }
  }
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
