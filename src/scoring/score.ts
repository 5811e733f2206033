// Scoring: (content, answers) → result. Pure; no DOM, no lit.
import type { Band, Content, Pillar } from '../content/schema.js';
import { type Answers, isAnswered } from './answers.js';
import { INSUFFICIENT_BAND, RESULT_SCHEMA_VERSION } from './result-constants.js';
import type { PillarResult, Result } from './result-schema.js';

export function scaleRange(content: Content): { min: number; max: number } {
  const values = content.scale.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The band a score falls in: the last band whose `min` it reaches. */
export function bandFor(bands: readonly Band[], score: number | null): string {
  if (score === null) return INSUFFICIENT_BAND;
  let id = bands[0].id;
  for (const band of bands) if (score >= band.min) id = band.id;
  return id;
}

export function scorePillar(content: Content, pillar: Pillar, answers: Answers): PillarResult {
  const { min, max } = scaleRange(content);
  let answered = 0;
  let unknown = 0;
  let sum = 0;
  for (const statement of pillar.statements) {
    if (!isAnswered(answers, statement.id)) continue;
    answered += 1;
    const value = answers[statement.id];
    if (value === null) unknown += 1;
    else sum += value;
  }
  const valued = answered - unknown;
  const total = pillar.statements.length;
  const sufficient = valued > 0 && valued * 2 >= total;
  // Rounding of the sum can put the mean a hair outside the scale (and so the score below 0 or above
  // 100 on a scale with a tiny range): clamp both, so a score is always a whole number 0–100.
  const mean = sufficient ? Math.min(max, Math.max(min, sum / valued)) : null;
  const score = mean === null ? null : Math.min(100, Math.max(0, Math.round((100 * (mean - min)) / (max - min))));
  return { id: pillar.id, title: pillar.title, score, mean, answered, unknown, total, band: bandFor(content.bands, score) };
}

export interface ScoreOptions {
  /** Locale the person answered in (content ids are the same in every language). */
  locale: string;
  completedAt?: Date;
}

export function score(content: Content, answers: Answers, options: ScoreOptions): Result {
  const pillars = content.pillars.map((pillar) => scorePillar(content, pillar, answers));
  const focus = new Set(content.bands.filter((b) => b.focus).map((b) => b.id));
  const priorities = pillars
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => p.score !== null && focus.has(p.band))
    .sort((a, b) => a.p.score! - b.p.score! || a.index - b.index)
    .map(({ p }) => p.id);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    content: { id: content.id, version: content.version, locale: options.locale },
    completedAt: (options.completedAt ?? new Date()).toISOString(),
    scale: scaleRange(content),
    answers: content.pillars.flatMap((pillar) =>
      pillar.statements
        .filter((s) => isAnswered(answers, s.id))
        .map((s) => ({ statementId: s.id, pillarId: pillar.id, value: answers[s.id] })),
    ),
    pillars,
    priorities,
  };
}

/** Statements of a pillar ordered by value: lowest first (nulls and unanswered left out). */
export function statementsByValue(pillar: Pillar, answers: Answers, order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  return pillar.statements
    .filter((s) => typeof answers[s.id] === 'number')
    .map((s, index) => ({ statement: s, value: answers[s.id] as number, index }))
    .sort((a, b) => sign * (a.value - b.value) || a.index - b.index);
}
