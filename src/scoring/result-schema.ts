// The result a host receives in `quickscan-complete` (and may store, validate and show again).
import * as z from 'zod/mini';
import { planSchema } from '../plan/plan-schema.js';

export const RESULT_SCHEMA_VERSION = 1;

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

export const INSUFFICIENT_BAND = 'insufficient';
