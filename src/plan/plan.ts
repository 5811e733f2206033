// The plan of action: pure operations on a plan (each returns a new plan or a typed refusal), overdue
// dates and suggestions from a result. No DOM, no lit, no words: the
// views turn codes into text with msg().
//
// Zod-free (the plan view loads it on the results journey): a measure is checked by ./measure-check.ts,
// which a law holds equal to `measureSchema`. Checking a whole plan from outside (`validatePlan`) needs
// zod and lives in ./plan-content.ts.
import type { Content } from '../content/schema.js';
import type { ContentIssue } from '../content/load-error.js';
import { checkMeasureFields } from './measure-check.js';
import { PLAN_LIMITS, type MeasureStatus } from './plan-limits.js';
import type { Measure, MeasureTool, Plan } from './plan-schema.js';

/** What a person (or a suggestion) fills in for a new measure. */
export interface MeasureDraft {
  pillarId: string;
  text: string;
  statementId?: string;
  tool?: MeasureTool;
  owner?: string;
  due?: string;
  status?: MeasureStatus;
}

/** The fields of a measure that can be edited; `null` or '' clears an optional field. */
export interface MeasurePatch {
  text?: string;
  owner?: string | null;
  due?: string | null;
  status?: MeasureStatus;
}

export type PlanRefusalReason =
  /** The pillar already has the maximum number of measures. */
  | 'limit'
  /** No measure with that id. */
  | 'not-found'
  /** The measure would not be valid (see `issues`, paths relative to the measure: `text`, `due`, …). */
  | 'invalid'
  /** A restored measure's id is taken by another measure. */
  | 'duplicate-id'
  /** The measure is already first (up) or last (down) in its pillar. */
  | 'edge';

export type PlanRefusal = { ok: false; reason: PlanRefusalReason; issues?: ContentIssue[] };
export type PlanChange = { ok: true; plan: Plan; measure: Measure };

/** What `removeMeasure` hands back so the removal can be undone. */
export interface RemovedMeasure {
  measure: Measure;
  /** Its position in `plan.measures` before removal. */
  index: number;
}

export function emptyPlan(now: Date): Plan {
  return { updatedAt: now.toISOString(), measures: [] };
}

export function measuresOf(plan: Plan, pillarId: string): Measure[] {
  return plan.measures.filter((m) => m.pillarId === pillarId);
}

/** A new id, unique in the plan, that keeps growing with time (so an undone removal rarely collides). */
export function newMeasureId(plan: Plan, now: Date): string {
  const taken = new Set(plan.measures.map((m) => m.id));
  const base = `m-${Math.max(0, now.getTime()).toString(36)}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

function checkMeasure(candidate: unknown): { ok: true; measure: Measure } | PlanRefusal {
  const checked = checkMeasureFields(candidate);
  return checked.ok ? checked : { ok: false, reason: 'invalid', issues: checked.issues };
}

/** Drops optional fields that are empty, so '' and "absent" are one thing in a plan. */
function compact(measure: Measure): Measure {
  const out: Measure = { ...measure };
  if (out.owner !== undefined && out.owner.trim() === '') delete out.owner;
  if (out.due === '') delete out.due;
  for (const key of Object.keys(out) as (keyof Measure)[]) if (out[key] === undefined) delete out[key];
  return out;
}

function stamped(plan: Plan, measures: Measure[], now: Date): Plan {
  return { ...plan, updatedAt: now.toISOString(), measures };
}

/** Adds a measure at the end of its pillar's list. */
export function addMeasure(plan: Plan, draft: MeasureDraft, now: Date, id = newMeasureId(plan, now)): PlanChange | PlanRefusal {
  if (measuresOf(plan, draft.pillarId).length >= PLAN_LIMITS.measuresPerPillar) return { ok: false, reason: 'limit' };
  if (plan.measures.some((m) => m.id === id)) return { ok: false, reason: 'duplicate-id' };
  const checked = checkMeasure({
    id,
    pillarId: draft.pillarId,
    statementId: draft.statementId,
    tool: draft.tool,
    text: draft.text,
    owner: draft.owner,
    due: draft.due === '' ? undefined : draft.due,
    status: draft.status ?? 'open',
  });
  if (!checked.ok) return checked;
  const measure = compact(checked.measure);
  return { ok: true, plan: stamped(plan, [...plan.measures, measure], now), measure };
}

/**
 * Changes a measure's text, owner, due date or status. Returns the same plan object (and no new
 * `updatedAt`) when nothing changes, so a view can skip the event.
 */
export function editMeasure(plan: Plan, id: string, patch: MeasurePatch, now: Date): PlanChange | PlanRefusal {
  const index = plan.measures.findIndex((m) => m.id === id);
  if (index < 0) return { ok: false, reason: 'not-found' };
  const old = plan.measures[index];
  const next: Record<string, unknown> = { ...old };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.owner !== undefined) next.owner = patch.owner === null || patch.owner.trim() === '' ? undefined : patch.owner;
  if (patch.due !== undefined) next.due = patch.due === null || patch.due === '' ? undefined : patch.due;
  const checked = checkMeasure(next);
  if (!checked.ok) return checked;
  const measure = compact(checked.measure);
  if (sameMeasure(old, measure)) return { ok: true, plan, measure: old };
  const measures = plan.measures.slice();
  measures[index] = measure;
  return { ok: true, plan: stamped(plan, measures, now), measure };
}

export function setMeasureStatus(plan: Plan, id: string, status: MeasureStatus, now: Date): PlanChange | PlanRefusal {
  return editMeasure(plan, id, { status }, now);
}

export function removeMeasure(plan: Plan, id: string, now: Date): { ok: true; plan: Plan; removed: RemovedMeasure } | PlanRefusal {
  const index = plan.measures.findIndex((m) => m.id === id);
  if (index < 0) return { ok: false, reason: 'not-found' };
  const measures = plan.measures.slice();
  const [measure] = measures.splice(index, 1);
  return { ok: true, plan: stamped(plan, measures, now), removed: { measure, index } };
}

/** Undoes a removal: the measure returns where it was (or at the end, when the plan got shorter). */
export function restoreMeasure(plan: Plan, removed: RemovedMeasure, now: Date): PlanChange | PlanRefusal {
  const { measure } = removed;
  if (plan.measures.some((m) => m.id === measure.id)) return { ok: false, reason: 'duplicate-id' };
  if (measuresOf(plan, measure.pillarId).length >= PLAN_LIMITS.measuresPerPillar) return { ok: false, reason: 'limit' };
  const measures = plan.measures.slice();
  measures.splice(Math.max(0, Math.min(removed.index, measures.length)), 0, measure);
  return { ok: true, plan: stamped(plan, measures, now), measure };
}

/** Moves a measure one place up or down among the measures of its own pillar. */
export function moveMeasure(plan: Plan, id: string, direction: 'up' | 'down', now: Date): PlanChange | PlanRefusal {
  const index = plan.measures.findIndex((m) => m.id === id);
  if (index < 0) return { ok: false, reason: 'not-found' };
  const measure = plan.measures[index];
  const step = direction === 'up' ? -1 : 1;
  let other = index + step;
  while (other >= 0 && other < plan.measures.length && plan.measures[other].pillarId !== measure.pillarId) other += step;
  if (other < 0 || other >= plan.measures.length) return { ok: false, reason: 'edge' };
  const measures = plan.measures.slice();
  measures[index] = measures[other];
  measures[other] = measure;
  return { ok: true, plan: stamped(plan, measures, now), measure };
}

function sameMeasure(a: Measure, b: Measure): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Measure>;
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}

// ——— dates ———

/** The local calendar date of a moment, as YYYY-MM-DD (what a date input shows). */
export function localDate(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A measure is overdue ("verlopen") when it has a due date before today and is not done. */
export function isOverdue(measure: Pick<Measure, 'due' | 'status'>, today: Date | string): boolean {
  if (!measure.due || measure.status === 'done') return false;
  const day = typeof today === 'string' ? today : localDate(today);
  return measure.due < day;
}

// ——— suggestions ———

/** The part of a result suggestions need (a `Result` fits). */
export interface AnsweredStatements {
  answers: readonly { statementId: string; value: number | null }[];
}

export interface PillarSuggestions {
  pillarId: string;
  /** Lowest-valued statements first; each with a draft to pass to `addMeasure`. */
  statements: { statementId: string; value: number; draft: MeasureDraft }[];
  tools: { tool: MeasureTool; draft: MeasureDraft }[];
}

/** Cuts a text to the measure limit without splitting a character; an ellipsis marks the cut. */
export function clipMeasureText(text: string, max: number = PLAN_LIMITS.text): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let end = max - 1;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // keep a surrogate pair whole
  return `${trimmed.slice(0, end).trimEnd()}…`;
}

/**
 * Per pillar (content order): the statements answered at or below the middle of the scale ("neutral"
 * or worse), lowest first and at most `limit` of them ("Weet ik niet" and unanswered left out), and all
 * of the pillar's tools. Each comes with a pre-filled draft linking the measure to its statement or tool.
 */
export function suggestions(content: Content, result: AnsweredStatements, limit = 3): PillarSuggestions[] {
  const values = new Map<string, number>();
  for (const a of result.answers) if (typeof a.value === 'number') values.set(a.statementId, a.value);
  const options = content.scale.options.map((o) => o.value);
  const midpoint = (Math.min(...options) + Math.max(...options)) / 2;
  return content.pillars.map((pillar) => ({
    pillarId: pillar.id,
    statements: pillar.statements
      .map((s, index) => ({ s, index, value: values.get(s.id) }))
      .filter((x): x is { s: typeof x.s; index: number; value: number } => x.value !== undefined && x.value <= midpoint)
      .sort((a, b) => a.value - b.value || a.index - b.index)
      .slice(0, Math.max(0, limit))
      .map(({ s, value }) => ({
        statementId: s.id,
        value,
        draft: { pillarId: pillar.id, statementId: s.id, text: clipMeasureText(s.text) },
      })),
    tools: (pillar.tools ?? []).map((t) => {
      const tool: MeasureTool = t.url === undefined ? { title: t.title } : { title: t.title, url: t.url };
      return { tool, draft: { pillarId: pillar.id, tool, text: clipMeasureText(t.title) } };
    }),
  }));
}
