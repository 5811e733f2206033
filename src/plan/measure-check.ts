// The check of one measure (what a person adds or edits in the plan view) without zod, so the results
// journey does not load it. It answers what `measureSchema.safeParse` (./plan-schema.ts) answers, with
// the issues mapped by `toContentIssue`: the same measure (trimmed, unknown keys dropped, keys in the
// schema's order), or the same issues in the same order. test/node/measure-check.spec.ts holds the two
// equal; change both together.
import type { ContentIssue } from '../content/load-error.js';
import { formatPath } from '../content/issues.js';
import { isSafeUrl } from '../content/safe-url.js';
import { MEASURE_ID, MEASURE_ID_MESSAGE, MEASURE_STATUSES, PLAN_LIMITS, hasVisibleText } from './plan-limits.js';
import type { Measure } from './plan-schema.js';

export type MeasureCheck = { ok: true; measure: Measure } | { ok: false; issues: ContentIssue[] };

/** zod's ISO date (z.iso.date()): YYYY-MM-DD of a real day, leap years included. */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** zod's message where the schema gives none (zod/mini has no locale loaded). */
const INVALID = 'Invalid input';

type Path = (string | number)[];

interface StringRules {
  trim?: boolean;
  min?: number;
  max?: number;
  format?: { pattern: RegExp; message: string };
  refine?: { test: (value: string) => boolean; message: string; key: string };
}

class Checker {
  readonly issues: ContentIssue[] = [];

  private push(path: Path, code: string, message: string, extra: Partial<ContentIssue> = {}): void {
    this.issues.push({ path: formatPath(path), code, message, ...extra });
  }

  /** The value's type is wrong (zod reports no input here: every such issue reads "required"). */
  type(path: Path, expected: string): void {
    this.push(path, 'invalid_type', 'required', { expected, received: 'undefined' });
  }

  /**
   * A string with zod's checks in the schema's order; every check runs (none aborts the others). Like
   * zod, lengths count Unicode code points, and the length checks still run on a value of the wrong type
   * that has a `length` (an array, say), after the type issue.
   */
  string(path: Path, value: unknown, rules: StringRules): string | undefined {
    if (typeof value !== 'string') {
      this.type(path, 'string');
      if (value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined) {
        this.length(path, (value as { length: number }).length, Array.isArray(value) ? ' items' : '', rules);
      }
      return undefined;
    }
    const text = rules.trim ? value.trim() : value;
    this.length(path, codePoints(text), ' characters', rules);
    if (rules.format && !rules.format.pattern.test(text)) this.push(path, 'invalid_format', rules.format.message);
    if (rules.refine && !rules.refine.test(text)) this.push(path, 'custom', rules.refine.message, { key: rules.refine.key });
    return text;
  }

  /** `length` is whatever the value holds (typed number); compared as zod compares it, coercion included. */
  private length(path: Path, length: number, unit: string, rules: StringRules): void {
    if (rules.min !== undefined && !(length >= rules.min)) {
      this.push(path, 'too_small', `at least ${rules.min}${unit}`, { minimum: rules.min });
    }
    if (rules.max !== undefined && !(length <= rules.max)) {
      this.push(path, 'too_big', `at most ${rules.max}${unit}`, { maximum: rules.max });
    }
  }
}

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Copies `key` into `out` as zod's object does: an optional key that is absent stays absent, one that
 * is present but undefined stays (as undefined); otherwise `check` gives the value.
 */
function field(out: Record<string, unknown>, input: Record<string, unknown>, key: string, optional: boolean, check: (value: unknown) => unknown): void {
  const present = key in input;
  const value = input[key];
  if (optional && value === undefined) {
    if (present) out[key] = undefined;
    return;
  }
  const checked = check(value);
  if (checked !== undefined) out[key] = checked;
}

const ID_RULES: StringRules = { min: 1, max: PLAN_LIMITS.id, format: { pattern: MEASURE_ID, message: MEASURE_ID_MESSAGE } };
const REF_RULES: StringRules = { min: 1, max: PLAN_LIMITS.id };
const TEXT_RULES: StringRules = {
  trim: true,
  max: PLAN_LIMITS.text,
  refine: { test: hasVisibleText, message: 'a measure needs a text', key: 'empty-text' },
};
const OWNER_RULES: StringRules = { trim: true, max: PLAN_LIMITS.owner };
const DUE_RULES: StringRules = { format: { pattern: ISO_DATE, message: INVALID } };
const TITLE_RULES: StringRules = { trim: true, min: 1, max: PLAN_LIMITS.toolTitle };
const URL_RULES: StringRules = {
  max: 2000,
  refine: { test: isSafeUrl, message: 'only https:, http:, mailto: or relative links are allowed', key: 'unsafe-url' },
};

function checkTool(c: Checker, value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value)) {
    c.type(['tool'], 'object');
    return undefined;
  }
  const out: Record<string, unknown> = {};
  field(out, value, 'title', false, (v) => c.string(['tool', 'title'], v, TITLE_RULES));
  field(out, value, 'url', true, (v) => c.string(['tool', 'url'], v, URL_RULES));
  return out;
}

/** Checks one measure; never throws. */
export function checkMeasureFields(input: unknown): MeasureCheck {
  const c = new Checker();
  if (!isObject(input)) {
    c.type([], 'object');
    return { ok: false, issues: c.issues };
  }
  const out: Record<string, unknown> = {};
  field(out, input, 'id', false, (v) => c.string(['id'], v, ID_RULES));
  field(out, input, 'pillarId', false, (v) => c.string(['pillarId'], v, REF_RULES));
  field(out, input, 'statementId', true, (v) => c.string(['statementId'], v, REF_RULES));
  field(out, input, 'tool', true, (v) => checkTool(c, v));
  field(out, input, 'text', false, (v) => c.string(['text'], v, TEXT_RULES));
  field(out, input, 'owner', true, (v) => c.string(['owner'], v, OWNER_RULES));
  field(out, input, 'due', true, (v) => c.string(['due'], v, DUE_RULES));
  field(out, input, 'status', false, (v) => {
    if ((MEASURE_STATUSES as readonly unknown[]).includes(v)) return v;
    c.issues.push({ path: formatPath(['status']), code: 'invalid_value', message: INVALID });
    return undefined;
  });
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, measure: out as Measure };
}
