// The plan's downloads: a CSV of the measures and an .ics calendar of the dated ones (nothing leaves the browser).
import type { Content } from '../content/schema.js';
import { inLocale, msg, str, type Locale } from '../localization.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { downloadName } from '../scoring/export.js';
import { csvSeparator, planToCsv, planToIcs } from '../plan/plan-export.js';
import type { Plan } from '../plan/plan-schema.js';
import { statusLabel } from './plan-texts.js';

export function downloadPlan(root: HTMLElement | DocumentFragment, content: Content, plan: Plan, format: 'csv' | 'ics', locale: Locale, now: Date): void {
  const text = inLocale(locale, () =>
    format === 'csv'
      ? planToCsv(
          plan,
          content,
          { pillar: msg('Pijler'), measure: msg('Maatregel'), owner: msg('Wie'), due: msg('Klaar op'), status: msg('Status'), statement: msg('Stelling'), tool: msg('Tool') },
          { statusLabel, separator: csvSeparator(locale) },
        )
      : planToIcs(plan, content, { pillar: msg('Pijler'), owner: msg('Wie'), status: msg('Status') }, {
          statusLabel,
          now,
          calendarName: msg(str`Plan van aanpak: ${content.title}`),
        }),
  );
  saveFile(root, downloadName(['plan-van-aanpak', content.id], now, format), text, format === 'csv' ? CSV_TYPE : 'text/calendar;charset=utf-8');
}
