// The result as a file the person can download (JSON or CSV).
import type { Content } from '../content/schema.js';
import { inLocale, msg, type Locale } from '../localization.js';
import { bandLabel } from '../internal/band.js';
import { csvHeaders } from '../internal/csv-headers.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { csvFormat, downloadName, resultToCsv, resultToJson } from '../scoring/export.js';
import type { Result } from '../scoring/result-schema.js';

/** A comparison on show: its baseline and per pillar the earlier score and the difference (null: none). */
export interface DownloadComparison {
  baseline: { completedAt: string; contentVersion: string };
  pillars: { id: string; score: number | null; baselineScore: number | null; delta: number | null }[];
}

export function downloadResult(
  root: HTMLElement | DocumentFragment,
  content: Content,
  result: Result,
  format: 'json' | 'csv',
  locale: Locale,
  comparison?: DownloadComparison | null,
): void {
  const earlier = new Map(comparison?.pillars.map((p) => [p.id, p]));
  const text = inLocale(locale, () =>
    format === 'json'
      ? comparison
        ? `${JSON.stringify({ ...result, comparison }, null, 2)}\n`
        : resultToJson(result)
      : resultToCsv(
          result,
          content,
          { ...csvHeaders(), value: msg('Waarde'), answer: msg('Antwoord'), pillarScore: msg('Score pijler'), band: msg('Beoordeling') },
          (band) => bandLabel(content, band),
          csvFormat(locale),
          comparison
            ? {
                headers: [msg('Score pijler eerder'), msg('Verschil')],
                cells: (id) => [earlier.get(id)?.baselineScore ?? '', earlier.get(id)?.delta ?? ''],
              }
            : undefined,
        ),
  );
  const name = downloadName(['quickscan', content.id], new Date(result.completedAt), format);
  saveFile(root, name, text, format === 'json' ? 'application/json' : CSV_TYPE);
}
