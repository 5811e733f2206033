// Helpers for the comparison tests: a finished scan and an earlier result made the way the element makes one.
import { waitUntil } from '@open-wc/testing';
import { score } from '../../src/scoring/score.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { viewRoot, type Scan } from '../support/scan.js';

/** A result of the loaded content, completed at `completedAt`, every answer from `pick`. */
export function earlierResult(el: Scan, pick: (id: string, i: number) => number | null, completedAt = '2026-03-03T10:00:00.000Z'): Result {
  const content = el.loadedContent!;
  const answers: Record<string, number | null> = {};
  content.pillars.forEach((p) => p.statements.forEach((s, i) => (answers[s.id] = pick(s.id, i))));
  return score(content, answers, { locale: 'nl', completedAt: new Date(completedAt) });
}

/** Waits until the lazy compare module has rendered its section (and the chart). */
export async function compareLoaded(el: Scan) {
  await waitUntil(() => viewRoot(el).querySelector('[part~="compare"]'), 'compare section rendered');
  await el.updateComplete;
}

/** The overview drawing a person sees at the current width. */
export function visibleChart(el: Scan): SVGSVGElement {
  const svgs = [...viewRoot(el).querySelectorAll<SVGSVGElement>('[part~="overview-chart"] svg')];
  const shown = svgs.filter((s) => s.getBoundingClientRect().width > 0);
  if (shown.length !== 1) throw new Error(`expected one visible chart, found ${shown.length}`);
  return shown[0];
}
