// A band's label in the element's language (the content's own, or "too few answers") and its colour.
import { msg } from '../localization.js';
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND } from '../scoring/result-constants.js';

/** The colour a band gets, by its place among the content's bands (not its id): lowest, between, highest. */
export type BandTone = 'priority' | 'attention' | 'in-order' | 'insufficient';

export function bandTone(content: Content, band: string): BandTone {
  const sorted = [...content.bands].sort((a, b) => a.min - b.min);
  const i = sorted.findIndex((b) => b.id === band);
  if (i < 0) return 'insufficient';
  return i === sorted.length - 1 && i > 0 ? 'in-order' : i === 0 ? 'priority' : 'attention';
}

export function bandLabel(content: Content, band: string): string {
  if (band === INSUFFICIENT_BAND) return msg('Te weinig antwoorden');
  return content.bands.find((b) => b.id === band)?.label ?? band;
}
