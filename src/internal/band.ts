// A band's label in the element's language: the content's own, or "too few answers".
import { msg } from '../localization.js';
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND } from '../scoring/result-constants.js';

export function bandLabel(content: Content, band: string): string {
  if (band === INSUFFICIENT_BAND) return msg('Te weinig antwoorden');
  return content.bands.find((b) => b.id === band)?.label ?? band;
}
