// The check of one measure (what a person adds or edits in the plan view) without zod, so the results
// journey does not load it. It answers what `measureSchema.safeParse` (./plan-schema.ts) answers, with
// the issues mapped by `toContentIssue`: the same measure (trimmed, unknown keys dropped, keys in the
// schema's order), or the same issues in the same order. test/node/measure-check.spec.ts holds the two
// equal; change both together.
import type { ContentIssue } from '../content/load-error.js';
import { isSafeUrl } from '../content/safe-url.js';
import { MEASURE_ID, MEASURE_ID_MESSAGE, MEASURE_STATUSES, PLAN_LIMITS, hasVisibleText } from './plan-limits.js';
import type { Measure } from './plan-schema.js';

export type MeasureCheck = { ok: true; measure: Measure } | { ok: false; issues: ContentIssue[] };

/** zod's ISO date (z.iso.date()): YYYY-MM-DD of a real day, leap years included. */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** zod's message where the schema gives none (zod/mini has no locale loaded). */
const INVALID = 'Invalid input';

/** A string's checks, in the schema's order: trim, min and max length, pattern, refinement. */
interface Rules {
  trim?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternMessage?: string;
  refine?: [test: (value: string) => boolean, message: string, key: string];
}

type Field = [key: string, optional: boolean, check: (value: unknown, path: string) => unknown];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Unicode code points (a surrogate pair is one), as zod's length checks count them. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

/** Checks one measure; never throws. */
export function checkMeasureFields(input: unknown): MeasureCheck {
  const issues: ContentIssue[] = [];
  const push = (path: string, code: string, message: string, extra?: Partial<ContentIssue>) =>
    void issues.push({ path, code, message, ...extra });
  // zod reports no input with a type issue here, so each reads "required".
  const wrongType = (path: string, expected: string) => push(path, 'invalid_type', 'required', { expected, received: 'undefined' });

  // Every check runs (none aborts the others). Like zod, lengths count code points, and the length
  // checks still run, after the type issue, on a value of another type that has a `length` (an array).
  const string = (rules: Rules) => (value: unknown, path: string) => {
    let length: number;
    let unit = ' characters';
    let text: string | undefined;
    if (typeof value === 'string') {
      text = rules.trim ? value.trim() : value;
      length = codePoints(text);
    } else {
      wrongType(path, 'string');
      if (value === null || value === undefined) return;
      length = (value as { length: number }).length; // compared as zod compares it, coercion included
      if (length === undefined) return;
      unit = Array.isArray(value) ? ' items' : '';
    }
    if (rules.min !== undefined && !(length >= rules.min)) push(path, 'too_small', `at least ${rules.min}${unit}`, { minimum: rules.min });
    if (rules.max !== undefined && !(length <= rules.max)) push(path, 'too_big', `at most ${rules.max}${unit}`, { maximum: rules.max });
    if (text === undefined) return;
    if (rules.pattern && !rules.pattern.test(text)) push(path, 'invalid_format', rules.patternMessage ?? INVALID);
    if (rules.refine && !rules.refine[0](text)) push(path, 'custom', rules.refine[1], { key: rules.refine[2] });
    return text;
  };

  // As zod's object: unknown keys dropped; an optional key that is absent stays absent, one present but
  // undefined stays (as undefined).
  const object = (fields: Field[]) => (value: unknown, path: string) => {
    if (!isObject(value)) return wrongType(path || '(root)', 'object');
    const out: Record<string, unknown> = {};
    for (const [key, optional, check] of fields) {
      const field = value[key];
      if (optional && field === undefined) {
        if (key in value) out[key] = undefined;
      } else {
        const checked = check(field, path ? `${path}.${key}` : key);
        if (checked !== undefined) out[key] = checked;
      }
    }
    return out;
  };

  const reference = string({ min: 1, max: PLAN_LIMITS.id });
  const measure = object([
    ['id', false, string({ min: 1, max: PLAN_LIMITS.id, pattern: MEASURE_ID, patternMessage: MEASURE_ID_MESSAGE })],
    ['pillarId', false, reference],
    ['statementId', true, reference],
    [
      'tool',
      true,
      object([
        ['title', false, string({ trim: true, min: 1, max: PLAN_LIMITS.toolTitle })],
        ['url', true, string({ max: 2000, refine: [isSafeUrl, 'only https:, http:, mailto: or relative links are allowed', 'unsafe-url'] })],
      ]),
    ],
    ['text', false, string({ trim: true, max: PLAN_LIMITS.text, refine: [hasVisibleText, 'a measure needs a text', 'empty-text'] })],
    ['owner', true, string({ trim: true, max: PLAN_LIMITS.owner })],
    ['due', true, string({ pattern: ISO_DATE })],
    ['status', false, (value, path) => ((MEASURE_STATUSES as readonly unknown[]).includes(value) ? value : push(path, 'invalid_value', INVALID))],
  ])(input, '');
  return issues.length ? { ok: false, issues } : { ok: true, measure: measure as Measure };
}
