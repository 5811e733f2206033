// Issues in the editors' notation, without zod: the path notation (`pillars[1].statements[2].text`) and
// the mapping of a zod issue onto a `ContentIssue`. Zod-free, so the plan and comparison views use them
// without loading a schema; ./load.ts and ./schema.ts re-export them.
import type { ContentIssue } from './load-error.js';

export type ZodIssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  params?: { key?: unknown; value?: unknown };
};

/** `pillars[1].statements[2].text` — the notation editors see in error messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A zod issue in the notation and shape of `ContentIssue` (also used for plans and results). */
export function toContentIssue(issue: ZodIssueLike): ContentIssue {
  const out: ContentIssue = { path: formatPath(issue.path), code: issue.code, message: issue.message };
  if (issue.code === 'invalid_type') {
    out.expected = String(issue.expected);
    out.received = typeName(issue.input);
    out.message = issue.input === undefined ? 'required' : `expected ${out.expected}, received ${out.received}`;
  } else if (issue.code === 'too_small' || issue.code === 'too_big') {
    if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') out.minimum = Number(issue.minimum);
    if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') out.maximum = Number(issue.maximum);
    const what = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
    out.message =
      issue.code === 'too_small' ? `at least ${out.minimum}${what}` : `at most ${out.maximum}${what}`;
  } else if (issue.code === 'custom' && issue.params) {
    if (typeof issue.params.key === 'string') out.key = issue.params.key;
    if (typeof issue.params.value === 'string') out.value = issue.params.value;
  }
  return out;
}

/** zod issues as ContentIssues (the editors' path notation, details for localized messages). */
export function toContentIssues(issues: readonly unknown[], max = 50): ContentIssue[] {
  return issues.slice(0, max).map((i) => toContentIssue(i as ZodIssueLike));
}
