// The result a host receives in `quickscan-complete` (and may store, validate and show again).
import * as z from 'zod/mini';
import { planContentIssues } from '../plan/plan-content.js';
import { planSchema } from '../plan/plan-schema.js';
import type { ContentIssue } from '../content/load-error.js';
import { formatPath, toContentIssues } from '../content/issues.js';
import type { Content } from '../content/schema.js';
import { isValidAnswer } from './answers.js';

import { INSUFFICIENT_BAND, RESULT_SCHEMA_VERSION } from './result-constants.js';

export { INSUFFICIENT_BAND, RESULT_SCHEMA_VERSION };

export const resultAnswerSchema = z.object({
  statementId: z.string(),
  pillarId: z.string(),
  value: z.nullable(z.number()),
});

export const pillarResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** 0–100, or null when fewer than half of the pillar's statements have a value. */
  score: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  /** Mean of the answered values on the content's scale; null when the score is null. */
  mean: z.nullable(z.number()),
  answered: z.int().check(z.gte(0)),
  unknown: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  /** A band id from the content, or "insufficient". */
  band: z.string(),
});

export const resultSchema = z.object({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  content: z.object({ id: z.string(), version: z.string(), locale: z.string() }),
  completedAt: z.iso.datetime({ offset: true }),
  scale: z.object({ min: z.number(), max: z.number() }),
  answers: z.array(resultAnswerSchema),
  pillars: z.array(pillarResultSchema),
  priorities: z.array(z.string()),
  /** The plan of action made on the results view (optional: results without one stay valid). */
  plan: z.optional(planSchema),
  /**
   * A random token that tells apart two people with the same answers where there is no completion time
   * to do it (results decoded from share codes carry one). Team mode counts results with the same nonce
   * and the same answers once. Optional: results without one stay valid (schema version 1).
   */
  nonce: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

export type Result = z.infer<typeof resultSchema>;
export type PillarResult = z.infer<typeof pillarResultSchema>;
export type ResultAnswer = z.infer<typeof resultAnswerSchema>;


/** Why a result given by a host cannot be shown with this content. */
export type ResultProblem =
  | { kind: 'format'; issues: ContentIssue[] }
  | { kind: 'other-scan'; id: string }
  | { kind: 'other-version'; version: string; current: string }
  | { kind: 'answers'; issues: ContentIssue[] }
  /** A plan (alone, or in a result) that does not fit the content (unknown pillar or statement ids). */
  | { kind: 'plan'; issues: ContentIssue[] };

const MAX_ISSUES = 20;

function answerIssue(path: PropertyKey[], key: string, value: string, message: string): ContentIssue {
  return { path: formatPath(path), code: 'custom', message, key, value };
}

/**
 * Checks a result against the content it is to be shown with: its format, the scan and version it
 * came from, and answers that fit (every statement once, known ids, values on the scale). The view is
 * re-scored from the answers, so they must be exactly the content's.
 */
export function checkResult(content: Content, value: unknown): { ok: true; result: Result } | { ok: false; problem: ResultProblem } {
  const parsed = resultSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problem: { kind: 'format', issues: toContentIssues(parsed.error.issues, MAX_ISSUES) } };
  const result = parsed.data;
  if (result.content.id !== content.id) return { ok: false, problem: { kind: 'other-scan', id: result.content.id } };
  if (result.content.version !== content.version) {
    return { ok: false, problem: { kind: 'other-version', version: result.content.version, current: content.version } };
  }
  const statements = new Set(content.pillars.flatMap((p) => p.statements.map((s) => s.id)));
  const seen = new Set<string>();
  const issues: ContentIssue[] = [];
  result.answers.forEach((a, i) => {
    if (!statements.has(a.statementId)) {
      issues.push(answerIssue(['answers', i, 'statementId'], 'unknown-statement', a.statementId, `unknown statement "${a.statementId}"`));
    } else if (seen.has(a.statementId)) {
      issues.push(answerIssue(['answers', i, 'statementId'], 'duplicate-answer', a.statementId, `statement "${a.statementId}" answered more than once`));
    }
    seen.add(a.statementId);
    if (!isValidAnswer(content, a.value)) {
      issues.push(answerIssue(['answers', i, 'value'], 'off-scale', String(a.value), `value ${a.value} is not on the scale`));
    }
  });
  const missing = [...statements].filter((id) => !seen.has(id));
  if (missing.length) issues.push(answerIssue(['answers'], 'missing-answers', missing.join(', '), `no answer for ${missing.join(', ')}`));
  if (issues.length) return { ok: false, problem: { kind: 'answers', issues: issues.slice(0, MAX_ISSUES) } };
  const planIssues = result.plan ? planContentIssues(content, result.plan) : [];
  if (planIssues.length) return { ok: false, problem: { kind: 'plan', issues: planIssues.map((i) => ({ ...i, path: `plan.${i.path}` })).slice(0, MAX_ISSUES) } };
  return { ok: true, result };
}
