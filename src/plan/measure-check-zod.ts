// The check of one measure with zod itself (`measureSchema`), for the single-file bundle only: that
// file holds zod anyway, so there this replaces the zod-free ./measure-check.ts (rollup.config.mjs swaps
// the import). test/node/measure-check.spec.ts holds the two equal.
import type { ContentIssue } from '../content/load-error.js';
import { toContentIssue, type ZodIssueLike } from '../content/issues.js';
import { measureSchema, type Measure } from './plan-schema.js';

export type MeasureCheck = { ok: true; measure: Measure } | { ok: false; issues: ContentIssue[] };

/** Checks one measure; never throws. */
export function checkMeasureFields(input: unknown): MeasureCheck {
  const parsed = measureSchema.safeParse(input);
  return parsed.success
    ? { ok: true, measure: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((i) => toContentIssue(i as ZodIssueLike)) };
}
