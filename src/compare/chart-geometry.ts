// Geometry of the overview chart: one horizontal bar (0–100) per pillar over the content's bands, with
// an optional baseline mark. Pure numbers; the view draws the SVG and words the summary with msg().
//
// Each pillar takes a row: a label line (title left, score right) above its bar track. A pillar
// without a score gets no bar at all — a `placeholder` over the whole track instead, so it can never
// be read as a score of 0. A score of 0 is a real score and keeps a thin visible bar (MIN_BAR).
import type { Content } from '../content/schema.js';
import { bandFor } from '../scoring/score.js';

export interface ChartPillar {
  id: string;
  score: number | null;
  /** Present when comparing: the earlier score (null: no score then). */
  baselineScore?: number | null;
}

export interface ChartOptions {
  /** Width of the drawing in CSS pixels (the SVG's viewBox width). */
  width: number;
  padding?: number;
  labelHeight?: number;
  barHeight?: number;
  rowGap?: number;
  axisHeight?: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartRow {
  id: string;
  score: number | null;
  band: string;
  /** Baseline of the label text (title at `plot.x`, score text-anchored at the plot's right end). */
  labelY: number;
  track: Rect;
  bar: Rect | null;
  /** Whole-track hatch for "no score"; null when there is a score. */
  placeholder: Rect | null;
  /** The earlier score as a vertical mark across the track; null when none or no score then. */
  baseline: { x: number; y1: number; y2: number; score: number } | null;
  /** Comparing, and there was no score then. */
  baselineMissing: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { x: number; width: number; y: number; height: number };
  bands: (Rect & { id: string; min: number; max: number; focus: boolean })[];
  ticks: { value: number; x: number }[];
  /** Where the tick labels sit (text baseline). */
  axisY: number;
  rows: ChartRow[];
  /** For the accessible name: per pillar the facts, in content order; the view words them. */
  summary: { id: string; score: number | null; band: string; baselineScore?: number | null; delta?: number | null }[];
}

export const MIN_BAR = 2;
const MIN_WIDTH = 120;
const round = (n: number) => Math.round(n * 100) / 100;

/** The x of a score (0–100) on the plot. */
export function scoreX(plot: { x: number; width: number }, score: number): number {
  return round(plot.x + (Math.min(100, Math.max(0, score)) / 100) * plot.width);
}

export function chartGeometry(content: Content, pillars: readonly ChartPillar[], options: ChartOptions): ChartGeometry {
  const width = Math.max(MIN_WIDTH, options.width);
  const padding = options.padding ?? 8;
  const labelHeight = options.labelHeight ?? 20;
  const barHeight = options.barHeight ?? 16;
  const rowGap = options.rowGap ?? 12;
  const axisHeight = options.axisHeight ?? 20;
  const rowHeight = labelHeight + barHeight + rowGap;
  const plot = { x: padding, width: width - 2 * padding, y: padding, height: pillars.length * rowHeight };

  const bands = content.bands.map((band, i) => {
    const max = i + 1 < content.bands.length ? content.bands[i + 1].min : 100;
    const x = scoreX(plot, band.min);
    return { id: band.id, min: band.min, max, focus: band.focus === true, x, y: plot.y, width: round(scoreX(plot, max) - x), height: plot.height };
  });
  const tickValues = [...new Set([0, ...content.bands.map((b) => b.min), 100])].sort((a, b) => a - b);
  const ticks = tickValues.map((value) => ({ value, x: scoreX(plot, value) }));

  const rows: ChartRow[] = pillars.map((p, i) => {
    const top = plot.y + i * rowHeight;
    const track: Rect = { x: plot.x, y: top + labelHeight, width: plot.width, height: barHeight };
    const comparing = p.baselineScore !== undefined;
    const baselineScore = p.baselineScore ?? null;
    return {
      id: p.id,
      score: p.score,
      band: bandFor(content.bands, p.score),
      labelY: top + labelHeight - 5,
      track,
      bar: p.score === null ? null : { x: plot.x, y: track.y, width: Math.max(MIN_BAR, round(scoreX(plot, p.score) - plot.x)), height: barHeight },
      placeholder: p.score === null ? { ...track } : null,
      baseline: baselineScore === null ? null : { x: scoreX(plot, baselineScore), y1: track.y - 3, y2: track.y + barHeight + 3, score: baselineScore },
      baselineMissing: comparing && baselineScore === null,
    };
  });

  const summary = pillars.map((p) => {
    const item: ChartGeometry['summary'][number] = { id: p.id, score: p.score, band: bandFor(content.bands, p.score) };
    if (p.baselineScore !== undefined) {
      item.baselineScore = p.baselineScore;
      item.delta = p.score === null || p.baselineScore === null ? null : p.score - p.baselineScore;
    }
    return item;
  });

  const axisY = plot.y + plot.height + axisHeight - 6;
  return { width, height: plot.y + plot.height + axisHeight + padding, plot, bands, ticks, axisY, rows, summary };
}
