// Saves the team aggregate as a CSV file (part of the team chunk).
import type { Content } from '../content/schema.js';
import { CSV_TYPE, saveFile } from '../internal/download.js';
import { downloadName } from '../scoring/export.js';

export function downloadTeamCsv(root: HTMLElement | DocumentFragment, content: Content, text: string): void {
  saveFile(root, downloadName(['quickscan-team', content.id], new Date(), 'csv'), text, CSV_TYPE);
}
