// The overview chart at the top of the results view: every pillar as a horizontal bar (0–100) over
// the content's bands, drawn as inline SVG from chartGeometry. A pillar without a score is a hatched
// track saying "geen score", never a bar of 0. When comparing, the earlier score is a second mark.
// Two drawings (narrow and wide) so the text keeps its size; CSS shows the one that fits.
import { html, svg, nothing } from 'lit';
import type { Content } from '../content/schema.js';
import type { Result } from '../scoring/result-schema.js';
import { msg, str } from '../localization.js';
import { bandLabel } from '../internal/band.js';
import { formatNumber } from '../internal/format.js';
import { chartGeometry, type ChartGeometry, type ChartPillar } from './chart-geometry.js';
import type { Comparison } from './comparison.js';

export const NARROW_WIDTH = 260;
export const WIDE_WIDTH = 560;

export interface ChartModel {
  content: Content;
  result: Result;
  comparison: Comparison | null;
  locale: string;
}

function chartPillars(model: ChartModel): ChartPillar[] {
  const deltas = new Map(model.comparison?.pillars.map((p) => [p.id, p]));
  return model.result.pillars.map((p) => {
    const d = deltas.get(p.id);
    return d ? { id: p.id, score: p.score, baselineScore: d.baselineScore } : { id: p.id, score: p.score };
  });
}

/** The chart's accessible name: every pillar's score and band in words (and the earlier score). */
export function chartSummary(model: ChartModel, g: ChartGeometry): string {
  const { content, locale } = model;
  const titles = new Map(content.pillars.map((p) => [p.id, p.title]));
  const items = g.summary.map((s) => {
    const score = s.score === null ? msg('geen score') : msg(str`${formatNumber(locale, s.score, 0)} van 100`);
    let text = `${titles.get(s.id) ?? s.id}: ${score}, ${bandLabel(content, s.band)}`;
    if (s.baselineScore !== undefined) {
      text += s.baselineScore === null ? ` (${msg('geen score toen')})` : ` (${msg(str`toen ${formatNumber(locale, s.baselineScore, 0)}`)})`;
    }
    return text;
  });
  return `${msg('Overzicht van de pijlers')}: ${items.join('; ')}.`;
}

function drawing(model: ChartModel, g: ChartGeometry, variant: 'narrow' | 'wide') {
  const { content, locale } = model;
  const id = (name: string) => `svq-${variant}-${name}`;
  const titles = new Map(content.pillars.map((p, i) => [p.id, variant === 'wide' ? p.title : msg(str`Pijler ${p.number ?? i + 1}`)]));
  const plotEnd = g.plot.x + g.plot.width;
  return html`<svg class="overview-svg ${variant}" data-variant=${variant} role="img" aria-label=${chartSummary(model, g)}
    viewBox="0 0 ${g.width} ${g.height}" width=${g.width} height=${g.height} xmlns="http://www.w3.org/2000/svg">
    <defs>
      ${g.bands.map(
        (b, i) => svg`<pattern id=${id(`band-${i}`)} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(${i % 2 ? -45 : 45})">
          <rect class="band-fill" data-band=${b.id} width="8" height="8"></rect>
          ${i === 0 ? nothing : svg`<line class="band-hatch" data-band=${b.id} x1="0" y1="0" x2="0" y2="8" stroke-width=${i}></line>`}
        </pattern>`,
      )}
      <pattern id=${id('none')} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <line class="none-hatch" x1="0" y1="0" x2="0" y2="6" stroke-width="2"></line>
      </pattern>
    </defs>
    ${g.bands.map((b, i) => svg`<rect class="band" data-band=${b.id} x=${b.x} y=${b.y} width=${b.width} height=${b.height} fill="url(#${id(`band-${i}`)})"></rect>`)}
    ${g.ticks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${g.plot.y} y2=${g.plot.y + g.plot.height}></line>
      <text class="tick-label" x=${t.x} y=${g.axisY} text-anchor=${t.x <= g.plot.x ? 'start' : t.x >= plotEnd ? 'end' : 'middle'}>${formatNumber(locale, t.value, 0)}</text>`)}
    ${g.rows.map(
      (r) => svg`<g class="row" data-pillar=${r.id} data-band=${r.band}>
        <text class="label" x=${g.plot.x} y=${r.labelY}>${titles.get(r.id) ?? r.id}</text>
        <text class="label score-text" x=${plotEnd} y=${r.labelY} text-anchor="end">${r.score === null ? msg('geen score') : formatNumber(locale, r.score, 0)}</text>
        <rect class="track" x=${r.track.x} y=${r.track.y} width=${r.track.width} height=${r.track.height}></rect>
        ${r.bar ? svg`<rect class="bar-rect" data-score=${r.score ?? ''} x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        ${r.placeholder
          ? svg`<rect class="placeholder" x=${r.placeholder.x} y=${r.placeholder.y} width=${r.placeholder.width} height=${r.placeholder.height} fill="url(#${id('none')})"></rect>
            <text class="placeholder-text" x=${r.placeholder.x + r.placeholder.width / 2} y=${r.placeholder.y + r.placeholder.height - 4} text-anchor="middle">${msg('geen score')}</text>`
          : nothing}
        ${r.baseline ? svg`<line class="baseline-mark" data-score=${r.baseline.score} x1=${r.baseline.x} x2=${r.baseline.x} y1=${r.baseline.y1} y2=${r.baseline.y2}></line>` : nothing}
      </g>`,
    )}
  </svg>`;
}

export function renderOverviewChart(model: ChartModel) {
  const pillars = chartPillars(model);
  const { content } = model;
  const narrow = chartGeometry(content, pillars, { width: NARROW_WIDTH });
  const wide = chartGeometry(content, pillars, { width: WIDE_WIDTH });
  return html`<figure class="overview" part="overview-chart">
    ${drawing(model, narrow, 'narrow')} ${drawing(model, wide, 'wide')}
    <figcaption class="overview-legend" aria-hidden="true">
      ${content.bands.map((b, i) => html`<span class="legend-item"><span class="legend-swatch swatch-${i}" data-band=${b.id}></span>${b.label}</span>`)}
      ${model.comparison ? html`<span class="legend-item"><span class="legend-swatch swatch-baseline"></span>${msg('eerdere score')}</span>` : nothing}
    </figcaption>
  </figure>`;
}
