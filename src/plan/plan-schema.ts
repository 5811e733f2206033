// The plan of action (plan van aanpak) that a result may carry: measures per pillar with an owner, a due
// date and a status. A zod (mini) schema that checks what can be checked without the content; whether
// the pillar and statement ids exist in the content is `validatePlan`'s job (plan-content.ts). A measure
// alone is checked without zod by ./measure-check.ts, held equal to `measureSchema` by a law.
import * as z from 'zod/mini';
import { isSafeUrl } from '../content/safe-url.js';
import { MEASURE_ID, MEASURE_ID_MESSAGE, MEASURE_STATUSES, PLAN_LIMITS, hasVisibleText } from './plan-limits.js';

// Plain constants live in a zod-free module (the plan view uses them without loading zod).
export { PLAN_LIMITS, MEASURE_STATUSES, hasVisibleText, type MeasureStatus } from './plan-limits.js';

const id = z.string().check(
  z.minLength(1),
  z.maxLength(PLAN_LIMITS.id),
  z.regex(MEASURE_ID, MEASURE_ID_MESSAGE),
);

export const measureTextSchema = z.string().check(
  z.trim(),
  z.maxLength(PLAN_LIMITS.text),
  z.refine(hasVisibleText, { message: 'a measure needs a text', params: { key: 'empty-text' } }),
);

/** A calendar date as a date input gives it: YYYY-MM-DD, and a real day (no 31 April or 29 February 2026). */
export const dueDateSchema = z.iso.date();

/**
 * A copy of the tool a measure was made from. Tools have no id in the content format, their links are
 * not unique (the built-in content links every tool to one page) and their titles change with the
 * language, so the measure keeps the title and link it was made from instead of a reference.
 */
export const measureToolSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(PLAN_LIMITS.toolTitle)),
  url: z.optional(
    z.string().check(
      z.maxLength(2000),
      z.refine(isSafeUrl, { message: 'only https:, http:, mailto: or relative links are allowed', params: { key: 'unsafe-url' } }),
    ),
  ),
});

export const measureSchema = z.object({
  id,
  pillarId: z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.id)),
  /** The statement the measure was made from (a suggestion), if any. */
  statementId: z.optional(z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.id))),
  /** The tool the measure was made from (a suggestion), if any. */
  tool: z.optional(measureToolSchema),
  text: measureTextSchema,
  /** Who does it; free text (it may name people, so it never leaves the browser on its own). */
  owner: z.optional(z.string().check(z.trim(), z.maxLength(PLAN_LIMITS.owner))),
  due: z.optional(dueDateSchema),
  status: z.enum(MEASURE_STATUSES),
});

export const planSchema = z
  .object({
    updatedAt: z.iso.datetime({ offset: true }),
    measures: z.array(measureSchema).check(z.maxLength(PLAN_LIMITS.measures)),
  })
  .check(
    z.superRefine((plan, ctx) => {
      const ids = new Set<string>();
      const perPillar = new Map<string, number>();
      plan.measures.forEach((measure, i) => {
        if (ids.has(measure.id)) {
          ctx.issues.push({ code: 'custom', message: `duplicate measure id "${measure.id}"`, path: ['measures', i, 'id'], input: measure.id, params: { key: 'duplicate-id', value: measure.id } });
        }
        ids.add(measure.id);
        const n = (perPillar.get(measure.pillarId) ?? 0) + 1;
        perPillar.set(measure.pillarId, n);
        if (n === PLAN_LIMITS.measuresPerPillar + 1) {
          ctx.issues.push({ code: 'custom', message: `at most ${PLAN_LIMITS.measuresPerPillar} measures per pillar`, path: ['measures', i], input: measure, params: { key: 'too-many-measures', value: measure.pillarId } });
        }
      });
    }),
  );

export type Plan = z.infer<typeof planSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type MeasureTool = z.infer<typeof measureToolSchema>;
