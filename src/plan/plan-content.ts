// A plan's fit with the content: the schema, then pillar and statement ids that must exist. Small and
// free of the plan's editing logic, so the result check (scoring/result-schema.ts) can use it too.
import type { Content } from '../content/schema.js';
import type { ContentIssue } from '../content/load-error.js';
import { formatPath, toContentIssue, type ZodIssueLike } from '../content/issues.js';
import { planSchema, type Plan } from './plan-schema.js';

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; issues: ContentIssue[] };

/**
 * Validates a plan a host (or a stored result) gives: the schema, then the content. Issues carry a
 * path such as `measures[2].pillarId` and a code/key (`unknown-pillar`, `unknown-statement`,
 * `statement-pillar`, `too-many-measures`, `duplicate-id`, …) for a localized message; never throws.
 * A string is read as JSON text.
 */
export function validatePlan(content: Content, value: unknown): PlanValidation {
  let input = value;
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value);
    } catch (e) {
      return { ok: false, issues: [{ path: formatPath([]), code: 'invalid_json', message: (e as Error).message }] };
    }
  }
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, 50).map((i) => toContentIssue(i as ZodIssueLike)) };
  const issues = planContentIssues(content, parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, plan: parsed.data };
}

/** The content checks alone, for a plan that already passed `planSchema` (e.g. inside a result). */
export function planContentIssues(content: Content, plan: Plan): ContentIssue[] {
  const pillarOf = new Map<string, string>();
  const pillars = new Set<string>();
  for (const pillar of content.pillars) {
    pillars.add(pillar.id);
    for (const s of pillar.statements) pillarOf.set(s.id, pillar.id);
  }
  const issues: ContentIssue[] = [];
  const custom = (path: (string | number)[], key: string, value: string, message: string) =>
    issues.push({ path: formatPath(path), code: 'custom', key, value, message });
  plan.measures.forEach((m, i) => {
    if (!pillars.has(m.pillarId)) custom(['measures', i, 'pillarId'], 'unknown-pillar', m.pillarId, `no pillar "${m.pillarId}" in this content`);
    if (m.statementId === undefined) return;
    const owner = pillarOf.get(m.statementId);
    if (owner === undefined) custom(['measures', i, 'statementId'], 'unknown-statement', m.statementId, `no statement "${m.statementId}" in this content`);
    else if (pillars.has(m.pillarId) && owner !== m.pillarId) {
      custom(['measures', i, 'statementId'], 'statement-pillar', m.statementId, `statement "${m.statementId}" belongs to pillar "${owner}"`);
    }
  });
  return issues.slice(0, 50);
}

