// cmi5 statements (cmi5 spec §9): pure builders. Every cmi5 defined statement uses the LMS's context
// template (from LMS.LaunchData) without overwriting any of its values, adds the registration and the
// cmi5 category activity, and (for statements with completion) the moveOn category activity.
// cmi5 forbids a score on a Completed statement (§9.5.1: only Passed/Failed may carry one) and the
// scan has no pass mark, so the overall score travels in a "cmi5 allowed" statement (verb scored)
// built from the xAPI statement of xapi.ts.
import type { Result } from '../../scoring/result-schema.js';
import { isoDuration } from '../measures.js';
import { toXapiStatement, type XapiActor } from '../xapi.js';
import type { Cmi5Launch } from './launch.js';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CMI5_MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const CMI5_SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
} as const;

export interface Cmi5LaunchData {
  contextTemplate: Cmi5Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  returnURL?: string;
  masteryScore?: number;
  launchParameters?: string;
}

interface ActivityRef {
  id: string;
  objectType?: 'Activity';
  [key: string]: unknown;
}

export interface Cmi5Context {
  registration?: string;
  contextActivities?: { parent?: ActivityRef[]; grouping?: ActivityRef[]; category?: ActivityRef[]; other?: ActivityRef[] };
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Cmi5Statement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: unknown };
  result?: Record<string, unknown>;
  context: Cmi5Context;
  timestamp: string;
}

const list = (value: unknown): ActivityRef[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value as ActivityRef] : []);

/** The LMS.LaunchData document, checked for what the AU relies on; null when unusable. */
export function readLaunchData(value: unknown): Cmi5LaunchData | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const template = v.contextTemplate;
  if (!template || typeof template !== 'object' || Array.isArray(template)) return null;
  const launchMode = v.launchMode === 'Browse' || v.launchMode === 'Review' ? v.launchMode : 'Normal';
  return {
    contextTemplate: template as Cmi5Context,
    launchMode,
    ...(typeof v.moveOn === 'string' ? { moveOn: v.moveOn } : {}),
    ...(typeof v.returnURL === 'string' && v.returnURL ? { returnURL: v.returnURL } : {}),
    ...(typeof v.masteryScore === 'number' ? { masteryScore: v.masteryScore } : {}),
    ...(typeof v.launchParameters === 'string' ? { launchParameters: v.launchParameters } : {}),
  };
}

/**
 * The context of a statement: the template (its values win), the registration, and the given
 * category activities added to the template's categories.
 */
export function cmi5Context(template: Cmi5Context, registration: string, categories: string[], extensions: Record<string, unknown> = {}): Cmi5Context {
  const base = JSON.parse(JSON.stringify(template ?? {})) as Cmi5Context;
  const activities = { ...(base.contextActivities ?? {}) };
  const category = list(activities.category);
  for (const id of categories) if (!category.some((c) => c.id === id)) category.push({ id, objectType: 'Activity' });
  if (category.length) activities.category = category;
  for (const key of ['parent', 'grouping', 'other'] as const) if (activities[key] !== undefined) activities[key] = list(activities[key]);
  return {
    ...base,
    registration: base.registration ?? registration,
    contextActivities: activities,
    extensions: { ...extensions, ...(base.extensions ?? {}) },
  };
}

interface Session {
  launch: Cmi5Launch;
  launchData: Cmi5LaunchData;
}

function definedStatement(session: Session, id: string, verb: keyof typeof CMI5_VERBS, now: Date, result?: Record<string, unknown>): Cmi5Statement {
  const moveOn = result && ('completion' in result || 'success' in result);
  return {
    id,
    actor: session.launch.actor,
    verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: session.launch.activityId },
    ...(result ? { result } : {}),
    context: cmi5Context(session.launchData.contextTemplate, session.launch.registration, moveOn ? [CMI5_CATEGORY, CMI5_MOVEON_CATEGORY] : [CMI5_CATEGORY]),
    timestamp: now.toISOString(),
  };
}

export function initializedStatement(session: Session, id: string, now: Date): Cmi5Statement {
  return definedStatement(session, id, 'initialized', now);
}

/** Completed (§9.3.3): completion and the time it took; no score, no success. */
export function completedStatement(session: Session, id: string, now: Date, durationMs: number): Cmi5Statement {
  return definedStatement(session, id, 'completed', now, { completion: true, duration: isoDuration(durationMs) });
}

export function terminatedStatement(session: Session, id: string, now: Date, durationMs: number): Cmi5Statement {
  return definedStatement(session, id, 'terminated', now, { duration: isoDuration(durationMs) });
}

/**
 * A cmi5 allowed statement "scored" on the AU: the overall score (scaled 0–1, raw 0–100), the pillar
 * scores and the duration, as toXapiStatement builds them; the context template without the cmi5
 * category (§9.6.2.1: that marks cmi5 defined statements only).
 */
export function scoredStatement(session: Session, id: string, result: Result, durationMs: number): Cmi5Statement {
  const x = toXapiStatement(result, {
    actor: session.launch.actor,
    activityId: session.launch.activityId,
    registration: session.launch.registration,
    durationMs,
    id,
  });
  const { completion: _completion, ...rest } = x.result;
  const { registration: _registration, extensions, ...context } = x.context;
  return {
    id,
    actor: x.actor,
    verb: { id: CMI5_VERBS.scored, display: { 'en-US': 'scored', nl: 'scoorde' } },
    object: x.object,
    result: rest,
    context: { ...context, ...cmi5Context(session.launchData.contextTemplate, session.launch.registration, [], extensions) },
    timestamp: x.timestamp,
  };
}
