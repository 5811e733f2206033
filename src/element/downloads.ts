// The files the person can download: the result (JSON or CSV) and, in team mode, the team's CSV.
import type { Content } from '../content/schema.js';
import { inLocale, msg, type Locale } from '../localization.js';
import { bandLabel } from '../internal/band.js';
import { csvHeaders } from '../internal/csv-headers.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { csvFormat, downloadName, resultToCsv, resultToJson } from '../scoring/export.js';
import type { Result } from '../scoring/result-schema.js';
import type { TeamSummary } from '../team/aggregate.js';
import { teamCsv } from '../team/team-view.js';

export function downloadResult(root: HTMLElement | DocumentFragment, content: Content, result: Result, format: 'json' | 'csv', locale: Locale): void {
  const text = inLocale(locale, () =>
    format === 'json'
      ? resultToJson(result)
      : resultToCsv(
          result,
          content,
          { ...csvHeaders(), value: msg('Waarde'), answer: msg('Antwoord'), pillarScore: msg('Score pijler'), band: msg('Beoordeling') },
          (band) => bandLabel(content, band),
          csvFormat(locale),
        ),
  );
  const name = downloadName(['quickscan', content.id], new Date(result.completedAt), format);
  saveFile(root, name, text, format === 'json' ? 'application/json' : CSV_TYPE);
}

export function downloadTeamCsv(root: HTMLElement | DocumentFragment, content: Content, summary: TeamSummary, locale: Locale): void {
  const text = inLocale(locale, () => teamCsv(content, summary, locale));
  saveFile(root, downloadName(['quickscan-team', content.id], new Date(), 'csv'), text, CSV_TYPE);
}
