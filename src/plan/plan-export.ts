// Exports of a plan a person can take along: a CSV of the measures (spreadsheet-friendly) and an
// RFC 5545 calendar with one all-day event per measure that has a due date. Pure; the words come in
// as labels from the view (msg()).
//
// The calendar is written by hand (~80 lines) rather than with a library: the `ics` package brings
// yup, nanoid and runes2 (tens of kilobytes) to validate input we already validate with the plan
// schema, and all this file needs is TEXT escaping, CRLF and 75-octet folding, which are tested here
// by parsing the output back with ical.js.
import type { Content } from '../content/schema.js';
import type { Measure, MeasureStatus, Plan } from './plan-schema.js';

const BOM = '\uFEFF';

export interface PlanCsvLabels {
  pillar: string;
  measure: string;
  owner: string;
  due: string;
  status: string;
  statement: string;
  tool: string;
}

export interface PlanExportOptions {
  /** The words for a status (`open` → "Open", `doing` → "Bezig", `done` → "Klaar"). */
  statusLabel: (status: MeasureStatus) => string;
}

/** Excel in a Dutch (or other decimal-comma) locale splits on ";", elsewhere on ",". */
export function csvSeparator(locale: string): ';' | ',' {
  return /^(nl|de|fr|es|it|pt|da|nb|nn|no|sv|fi|pl|cs|tr|ru)\b/i.test(locale) ? ';' : ',';
}

function cell(value: string, separator: string): string {
  let text = value;
  // Keep spreadsheet programs from evaluating text that starts like a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The measures in content order (pillar by pillar, the plan's order within each), unknown pillars last. */
export function orderedMeasures(plan: Plan, content: Content): Measure[] {
  const rank = new Map(content.pillars.map((p, i) => [p.id, i]));
  return plan.measures
    .map((m, i) => ({ m, i, r: rank.get(m.pillarId) ?? content.pillars.length }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ m }) => m);
}

function statementText(content: Content, id: string | undefined): string {
  if (id === undefined) return '';
  for (const p of content.pillars) for (const s of p.statements) if (s.id === id) return s.text;
  return id;
}

const pillarTitle = (content: Content, id: string) => content.pillars.find((p) => p.id === id)?.title ?? id;

/** One row per measure; UTF-8 with BOM, CRLF, `separator` (see `csvSeparator`). */
export function planToCsv(plan: Plan, content: Content, labels: PlanCsvLabels, options: PlanExportOptions & { separator: ';' | ',' }): string {
  const { separator } = options;
  const rows: string[][] = [[labels.pillar, labels.measure, labels.owner, labels.due, labels.status, labels.statement, labels.tool]];
  for (const m of orderedMeasures(plan, content)) {
    rows.push([
      pillarTitle(content, m.pillarId),
      m.text,
      m.owner ?? '',
      m.due ?? '',
      options.statusLabel(m.status),
      statementText(content, m.statementId),
      m.tool?.title ?? '',
    ]);
  }
  return BOM + rows.map((r) => r.map((v) => cell(v, separator)).join(separator)).join('\r\n') + '\r\n';
}

// ——— iCalendar (RFC 5545) ———

export interface PlanIcsLabels {
  pillar: string;
  owner: string;
  status: string;
}

export interface PlanIcsOptions extends PlanExportOptions {
  /** DTSTAMP of every event: when the file was made. */
  now: Date;
  /** Shown by calendar programs as the calendar's name (NAME / X-WR-CALNAME). */
  calendarName?: string;
  /** Right-hand side of each UID (`<measure id>@<uidDomain>`), so re-importing updates the same events. */
  uidDomain?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines; drops other controls. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1): continuation lines start with
 * one space, which counts toward their 75. UTF-8 characters are never split.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDate = (day: string) => day.replace(/-/g, '');

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + 1); // (years below 100 stay themselves, unlike Date.UTC)
  return `${String(date.getUTCFullYear()).padStart(4, '0')}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;
}

function icsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A VCALENDAR with one all-day VEVENT per measure that has a due date (in content order). */
export function planToIcs(plan: Plan, content: Content, labels: PlanIcsLabels, options: PlanIcsOptions): string {
  const domain = options.uidDomain ?? 'sociale-veiligheid-quickscan';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//sociale-veiligheid-quickscan//plan van aanpak//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`NAME:${escapeIcsText(options.calendarName)}`, `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`);
  const stamp = icsDateTime(options.now);
  for (const m of orderedMeasures(plan, content)) {
    if (!m.due) continue;
    // Line breaks inside a value are made "\n" first, so a value ending in "\r" cannot merge with the
    // line break that joins it to the next line.
    const lf = (text: string) => text.replace(/\r\n?/g, '\n');
    const description = [`${lf(labels.pillar)}: ${lf(pillarTitle(content, m.pillarId))}`];
    if (m.owner) description.push(`${lf(labels.owner)}: ${lf(m.owner)}`);
    description.push(`${lf(labels.status)}: ${lf(options.statusLabel(m.status))}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${m.id}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(m.due)}`,
      `DTEND;VALUE=DATE:${nextDay(m.due)}`,
      `SUMMARY:${escapeIcsText(m.text)}`,
      `DESCRIPTION:${escapeIcsText(description.join('\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
