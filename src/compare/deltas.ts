// Reading an earlier result from outside (a chosen file, the `baseline` property) and comparing with it.
// Checking that it is a result needs zod (`resultSchema`), so the element loads this lazily (through
// ./compare-check.ts); the comparison itself is zod-free in ./comparison.ts, re-exported here.
import type { Content } from '../content/schema.js';
import { formatPath, toContentIssue, type ZodIssueLike } from '../content/issues.js';
import { resultSchema, type Result } from '../scoring/result-schema.js';
import { compareWithResult, type CompareRefusal, type Comparison } from './comparison.js';

export {
  compareEventDetail,
  compareWithResult,
  MOVED_STEPS,
  type Comparison,
  type CompareRefusal,
  type CompareRefusalReason,
  type DeltaKind,
  type MovedStatement,
  type PillarDelta,
} from './comparison.js';

/** Reads a baseline given as a result object or JSON text. */
export function parseBaseline(value: unknown): { ok: true; result: Result } | CompareRefusal {
  let input = value;
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value);
    } catch (e) {
      return { ok: false, reason: 'parse', issues: [{ path: formatPath([]), code: 'invalid_json', message: (e as Error).message }] };
    }
  }
  const parsed = resultSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues.slice(0, 20).map((i) => toContentIssue(i as ZodIssueLike)) };
  return { ok: true, result: parsed.data };
}

/**
 * Compares the current result (of `content`) with an earlier one (object or JSON text). Refuses a
 * baseline that is no result, belongs to another quickscan, was completed after the current result or
 * used another scale; never throws.
 */
export function compareResults(content: Content, current: Result, baselineInput: unknown): Comparison | CompareRefusal {
  const read = parseBaseline(baselineInput);
  return read.ok ? compareWithResult(content, current, read.result) : read;
}
