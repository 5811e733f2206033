// The result as a file the person can download (JSON or CSV).
import type { Content } from '../content/schema.js';
import { inLocale, msg, type Locale } from '../localization.js';
import { bandLabel } from '../internal/band.js';
import { csvHeaders } from '../internal/csv-headers.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { csvFormat, downloadName, resultToCsv, resultToJson } from '../scoring/export.js';
import type { Result } from '../scoring/result-schema.js';

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
