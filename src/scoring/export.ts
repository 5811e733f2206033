// Exports of a result a person can keep: JSON (loadable again as the element's `result`) and CSV
// (one row per statement, UTF-8 with BOM so spreadsheet programs show the Dutch characters), plus the
// CSV format and file names shared with the team export.
import type { Content } from '../content/schema.js';
import type { Result } from './result-schema.js';

export function resultToJson(result: Result): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const BOM = '\uFEFF';

/** How a CSV separates cells and writes decimals. */
export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/** RFC 4180: comma and decimal point (English spreadsheets, most tools). */
export const CSV_COMMA: CsvFormat = { separator: ',', decimal: '.' };
/** What Excel expects in a Dutch (and most continental) locale: semicolon and decimal comma. */
export const CSV_SEMICOLON: CsvFormat = { separator: ';', decimal: ',' };

/**
 * The CSV format a spreadsheet program in this language opens without an import dialog: Dutch Excel
 * splits on ";" and reads "62,5" as a number (a "." there is a thousands separator); English uses ",".
 */
export function csvFormat(locale: string): CsvFormat {
  return locale.toLowerCase().split(/[-_]/)[0] === 'nl' ? CSV_SEMICOLON : CSV_COMMA;
}

/** One cell: numbers with the format's decimal mark, text guarded against formulas, quoted when needed. */
export function csvCell(value: unknown, format: CsvFormat = CSV_COMMA): string {
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return format.decimal === ',' ? text.replace('.', ',') : text;
  }
  let text = value === null || value === undefined ? '' : String(value);
  // Keep spreadsheet programs from evaluating text cells that start like a formula (numbers stay numbers).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: BOM, CRLF line ends (as Excel writes them), a final line end. */
export function csvText(rows: readonly (readonly unknown[])[], format: CsvFormat = CSV_COMMA): string {
  return BOM + rows.map((r) => r.map((v) => csvCell(v, format)).join(format.separator)).join('\r\n') + '\r\n';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A download's file name: the parts (characters a file system might refuse become "-"), then the local
 * date and time to the second, so a facilitator collecting many files, or one person downloading
 * twice, gets distinct names instead of "(1)", "(2)" copies: `quickscan-<id>-2026-11-24-140509.json`.
 */
export function downloadName(parts: readonly string[], when: Date, extension: string): string {
  const safe = parts.map((p) => p.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '')).filter(Boolean);
  const time = Number.isNaN(when.getTime())
    ? []
    : [
        `${pad(when.getFullYear(), 4)}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`,
        `${pad(when.getHours())}${pad(when.getMinutes())}${pad(when.getSeconds())}`,
      ];
  return `${[...safe, ...time].join('-')}.${extension}`;
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
 * One row per statement of the content (unanswered ones included, with empty value). `format` picks
 * the separator and decimal mark (see `csvFormat`); the default is plain RFC 4180 with commas.
 */
export function resultToCsv(
  result: Result,
  content: Content,
  labels: CsvLabels,
  bandLabel: (band: string) => string,
  format: CsvFormat = CSV_COMMA,
  /** Extra columns per pillar (e.g. a comparison's earlier score and difference). */
  extra?: { headers: readonly string[]; cells: (pillarId: string) => readonly unknown[] },
): string {
  const values = new Map(result.answers.map((a) => [a.statementId, a.value]));
  const pillarResults = new Map(result.pillars.map((p) => [p.id, p]));
  const rows: unknown[][] = [
    [labels.pillar, labels.statementId, labels.statement, labels.value, labels.answer, labels.pillarScore, labels.band, ...(extra?.headers ?? [])],
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
      rows.push([pillar.title, s.id, s.text, value ?? '', answer, p?.score ?? '', p ? bandLabel(p.band) : '', ...(extra?.cells(pillar.id) ?? [])]);
    }
  }
  return csvText(rows, format);
}
