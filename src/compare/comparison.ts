// Comparing a result with an earlier one (the evaluation step of the cycle), once the earlier one is
// known to be a result. Pure and zod-free (the comparison view and the overview chart load it on the
// results journey); reading an earlier result from outside (./deltas.ts, with zod) is loaded lazily.
//
// Both sides are scored again from their answers with the loaded content (a stored score is never
// trusted: a forged baseline cannot show a better past). When the baseline was made with another
// version of the content, both sides are scored on the statements they share only — the statements of
// this content that the baseline answered (a result is only made when every statement of its version
// is answered, so these are the statements both versions have) — and `sameVersion: false` says so.
import type { Content, Pillar } from '../content/schema.js';
import type { ContentIssue } from '../content/load-error.js';
import { sanitizeAnswers, type AnswerValue } from '../scoring/answers.js';
import type { Result } from '../scoring/result-schema.js';
import { scaleRange, scorePillar } from '../scoring/score.js';
import type { Plan } from '../plan/plan-schema.js';

export type DeltaKind = 'up' | 'down' | 'same' | 'no-score-then' | 'no-score-now' | 'no-score';

export interface PillarDelta {
  id: string;
  /** Score now (0–100) on the compared statements, or null when too few have a value. */
  score: number | null;
  baselineScore: number | null;
  /** score − baselineScore, or null when either is null. */
  delta: number | null;
  kind: DeltaKind;
  band: string;
  baselineBand: string;
  /** How many of the pillar's statements were compared. */
  statements: number;
}

export interface MovedStatement {
  statementId: string;
  pillarId: string;
  value: number;
  baselineValue: number;
  /** Signed distance in positions on the scale (+2: two options higher now). */
  steps: number;
}

export interface Comparison {
  ok: true;
  baseline: { completedAt: string; contentVersion: string };
  sameVersion: boolean;
  /** Statements compared, and of how many in this content. */
  sharedStatements: number;
  totalStatements: number;
  /** The baseline's stored scores did not match its answers (same version only); its answers were used. */
  rescored: boolean;
  pillars: PillarDelta[];
  /** Statements (with a value on both sides) that moved two or more scale positions, content order. */
  moved: { up: MovedStatement[]; down: MovedStatement[] };
  /** The baseline's plan, if it had one ("what was done since"). */
  baselinePlan?: Plan;
}

export type CompareRefusalReason =
  /** Not JSON text. */
  | 'parse'
  /** Not a result (see `issues`). */
  | 'invalid'
  /** A result of another quickscan (content id). */
  | 'content'
  /** Completed after the current result. */
  | 'future'
  /** Made on another answer scale, so values cannot be compared. */
  | 'scale';

export type CompareRefusal = { ok: false; reason: CompareRefusalReason; issues?: ContentIssue[] };

/** Minimum distance in scale positions for a statement to count as moved. */
export const MOVED_STEPS = 2;

function answersOf(content: Content, result: Result): Record<string, AnswerValue> {
  const raw: Record<string, unknown> = {};
  for (const a of result.answers) raw[a.statementId] = a.value;
  return sanitizeAnswers(content, raw);
}

function kindOf(score: number | null, baselineScore: number | null): DeltaKind {
  if (score === null && baselineScore === null) return 'no-score';
  if (baselineScore === null) return 'no-score-then';
  if (score === null) return 'no-score-now';
  return score > baselineScore ? 'up' : score < baselineScore ? 'down' : 'same';
}

/**
 * Compares the current result (of `content`) with an earlier result that passed `resultSchema`. Refuses
 * a baseline that belongs to another quickscan, was completed after the current result or used another
 * scale; never throws.
 */
export function compareWithResult(content: Content, current: Result, baseline: Result): Comparison | CompareRefusal {
  if (baseline.content.id !== content.id || current.content.id !== content.id) return { ok: false, reason: 'content' };
  if (Date.parse(baseline.completedAt) > Date.parse(current.completedAt)) return { ok: false, reason: 'future' };
  const range = scaleRange(content);
  if (baseline.scale.min !== range.min || baseline.scale.max !== range.max) return { ok: false, reason: 'scale' };

  const now = answersOf(content, current);
  const then = answersOf(content, baseline);
  const sameVersion = baseline.content.version === content.version;
  const shared = (id: string) => sameVersion || Object.prototype.hasOwnProperty.call(then, id);
  const position = new Map(content.scale.options.map((o, i) => [o.value, i]));

  let sharedStatements = 0;
  let totalStatements = 0;
  let rescored = false;
  const stored = new Map(baseline.pillars.map((p) => [p.id, p.score]));
  const pillars: PillarDelta[] = [];
  const moved: Comparison['moved'] = { up: [], down: [] };

  for (const pillar of content.pillars) {
    const compared: Pillar = { ...pillar, statements: pillar.statements.filter((s) => shared(s.id)) };
    totalStatements += pillar.statements.length;
    sharedStatements += compared.statements.length;
    const a = scorePillar(content, compared, now);
    const b = scorePillar(content, compared, then);
    if (sameVersion && stored.get(pillar.id) !== b.score) rescored = true;
    pillars.push({
      id: pillar.id,
      score: a.score,
      baselineScore: b.score,
      delta: a.score === null || b.score === null ? null : a.score - b.score,
      kind: kindOf(a.score, b.score),
      band: a.band,
      baselineBand: b.band,
      statements: compared.statements.length,
    });
    for (const s of compared.statements) {
      const value = now[s.id];
      const baselineValue = then[s.id];
      if (typeof value !== 'number' || typeof baselineValue !== 'number') continue;
      const steps = position.get(value)! - position.get(baselineValue)!;
      if (Math.abs(steps) >= MOVED_STEPS) (steps > 0 ? moved.up : moved.down).push({ statementId: s.id, pillarId: pillar.id, value, baselineValue, steps });
    }
  }

  const out: Comparison = {
    ok: true,
    baseline: { completedAt: baseline.completedAt, contentVersion: baseline.content.version },
    sameVersion,
    sharedStatements,
    totalStatements,
    rescored,
    pillars,
    moved,
  };
  if (baseline.plan) out.baselinePlan = baseline.plan;
  return out;
}

/** The detail of the `quickscan-compare` event for a comparison. */
export function compareEventDetail(comparison: Comparison) {
  return {
    baseline: { ...comparison.baseline },
    pillars: comparison.pillars.map(({ id, score, baselineScore, delta }) => ({ id, score, baselineScore, delta })),
  };
}
