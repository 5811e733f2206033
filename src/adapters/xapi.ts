// An xAPI 1.0.3 statement for a completed scan: "<actor> completed <the quickscan (an assessment)>",
// with the overall score (scaled 0–1, raw 0–100), the pillar scores, the answers and the content in
// extensions, and the duration when known. And back: the result recovered from such a statement (e.g.
// read from an LRS for the team view). Pure: build it here, send it wherever you like.
import type { Content } from '../content/schema.js';
import { sanitizeAnswers } from '../scoring/answers.js';
import { resultSchema, type Result } from '../scoring/result-schema.js';
import { score } from '../scoring/score.js';
import { isoDuration, overallScore } from './measures.js';

export type XapiLanguageMap = Record<string, string>;

export type XapiInverseFunctionalIdentifier =
  | { mbox: string }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } };

/** An Agent (a person) or an identified Group. */
export type XapiActor =
  | ({ objectType?: 'Agent'; name?: string } & XapiInverseFunctionalIdentifier)
  | ({ objectType: 'Group'; name?: string; member?: unknown[] } & XapiInverseFunctionalIdentifier);

export interface XapiStatement {
  id?: string;
  actor: XapiActor;
  verb: { id: string; display: XapiLanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: XapiLanguageMap; description?: XapiLanguageMap };
  };
  result: {
    completion: true;
    score?: { scaled: number; raw: number; min: number; max: number };
    duration?: string;
    extensions: Record<string, unknown>;
  };
  context: {
    registration?: string;
    language?: string;
    platform?: string;
    extensions: Record<string, unknown>;
  };
  timestamp: string;
  version: '1.0.3';
}

export interface XapiOptions {
  /** Who completed the scan (Agent with mbox, mbox_sha1sum, openid or account). */
  actor: XapiActor;
  /** IRI of the activity, e.g. `https://intranet.example.org/quickscan/sociale-veiligheid`. */
  activityId: string;
  /** Activity name (default: "Quickscan sociale veiligheid"), as text (in the result's locale) or a language map. */
  name?: string | XapiLanguageMap;
  description?: string | XapiLanguageMap;
  /** Statement id (a UUID); the LRS assigns one when left out. */
  id?: string;
  /** When the person started: gives `result.duration` (up to `result.completedAt`). */
  startedAt?: Date | string | number;
  /** Or the duration itself, in milliseconds. */
  durationMs?: number;
  /** context.registration (a UUID), e.g. of an enrolment. */
  registration?: string;
  /** context.platform, e.g. "Intranet". */
  platform?: string;
  /** Base IRI of the extension keys (default `urn:sociale-veiligheid-quickscan:xapi:`). */
  extensionBase?: string;
}

export const XAPI_VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
export const XAPI_ACTIVITY_ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';
export const XAPI_EXTENSION_BASE = 'urn:sociale-veiligheid-quickscan:xapi:';

/** The extension keys under a base: pillar scores, priorities and answers (result), content (context). */
export function xapiExtensionKeys(base = XAPI_EXTENSION_BASE) {
  return { pillars: `${base}pillars`, priorities: `${base}priorities`, answers: `${base}answers`, content: `${base}content`, plan: `${base}plan` };
}

function languageTag(locale: string): string {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : 'und';
}

function asMap(value: string | XapiLanguageMap, lang: string): XapiLanguageMap {
  return typeof value === 'string' ? { [lang]: value } : { ...value };
}

function durationOf(result: Result, options: XapiOptions): string | undefined {
  if (typeof options.durationMs === 'number' && Number.isFinite(options.durationMs) && options.durationMs >= 0) {
    return isoDuration(options.durationMs);
  }
  if (options.startedAt === undefined) return undefined;
  const start = new Date(options.startedAt).getTime();
  const end = Date.parse(result.completedAt);
  return Number.isFinite(start) && Number.isFinite(end) && end >= start ? isoDuration(end - start) : undefined;
}

/** Builds the statement. It does not validate the actor or the IRIs you pass: an LRS does. */
/** How many measures a plan has, per status and per pillar, and how many have an owner or a due date. */
export function planCounts(plan: NonNullable<Result['plan']>) {
  const count = (keep: (m: (typeof plan.measures)[number]) => boolean) => plan.measures.filter(keep).length;
  const perPillar: Record<string, number> = {};
  for (const m of plan.measures) perPillar[m.pillarId] = (perPillar[m.pillarId] ?? 0) + 1;
  return {
    measures: plan.measures.length,
    open: count((m) => m.status === 'open'),
    doing: count((m) => m.status === 'doing'),
    done: count((m) => m.status === 'done'),
    withOwner: count((m) => !!m.owner),
    withDue: count((m) => !!m.due),
    perPillar,
  };
}

export function toXapiStatement(result: Result, options: XapiOptions): XapiStatement {
  const lang = languageTag(result.content.locale);
  const keys = xapiExtensionKeys(options.extensionBase);
  const score = overallScore(result);
  const duration = durationOf(result, options);
  const definition: XapiStatement['object']['definition'] = {
    type: XAPI_ACTIVITY_ASSESSMENT,
    name: asMap(options.name ?? (lang.startsWith('en') ? 'Quickscan social safety' : 'Quickscan sociale veiligheid'), lang),
  };
  if (options.description !== undefined) definition.description = asMap(options.description, lang);
  const statement: XapiStatement = {
    actor: options.actor,
    verb: { id: XAPI_VERB_COMPLETED, display: { 'en-US': 'completed', nl: 'voltooide' } },
    object: { objectType: 'Activity', id: options.activityId, definition },
    result: {
      completion: true,
      ...(score !== null ? { score: { scaled: score / 100, raw: score, min: 0, max: 100 } } : {}),
      ...(duration ? { duration } : {}),
      extensions: {
        [keys.pillars]: result.pillars.map((p) => ({
          id: p.id,
          title: p.title,
          score: p.score,
          band: p.band,
          answered: p.answered,
          unknown: p.unknown,
          total: p.total,
        })),
        [keys.priorities]: [...result.priorities],
        // The answers only (statement, pillar, value; never who gave them): the result can be recovered.
        [keys.answers]: result.answers.map((a) => ({ statementId: a.statementId, pillarId: a.pillarId, value: a.value })),
        // The plan of action as counts only: its texts and owners can name people.
        ...(result.plan ? { [keys.plan]: planCounts(result.plan) } : {}),
      },
    },
    context: {
      language: lang,
      ...(options.registration ? { registration: options.registration } : {}),
      ...(options.platform ? { platform: options.platform } : {}),
      extensions: {
        [keys.content]: { ...result.content, scale: { ...result.scale }, schemaVersion: result.schemaVersion },
      },
    },
    timestamp: result.completedAt,
    version: '1.0.3',
  };
  if (options.id) statement.id = options.id;
  return statement;
}

// ——— reading a statement back ———

export type XapiReadError = 'not-ours' | 'invalid';

export type XapiReadResult = { ok: true; result: Result } | { ok: false; reason: XapiReadError; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const extensionsOf = (part: unknown): Record<string, unknown> =>
  isRecord(part) && isRecord(part.extensions) ? part.extensions : {};

/**
 * The result in a statement made by `toXapiStatement` (as an LRS returns it): "not-ours" for any other
 * statement (another verb, no answers extension), "invalid" for one of ours that is broken.
 *
 * With the content of the statement (same id and version), the answers are checked against it and scored
 * again with `score()`, so the result is exactly the one a person with these answers gets. Without it (or
 * for other content or another version) the result is rebuilt from the statement's extensions and checked
 * with the result schema; a team view then tells "other content" from "other version" as for files.
 * `completedAt` is the statement's timestamp.
 */
export function resultFromXapiStatement(statement: unknown, content?: Content, options: { extensionBase?: string } = {}): XapiReadResult {
  const fail = (reason: XapiReadError, message: string): XapiReadResult => ({ ok: false, reason, message });
  if (!isRecord(statement)) return fail('not-ours', 'not an xAPI statement');
  if (!isRecord(statement.verb) || statement.verb.id !== XAPI_VERB_COMPLETED) return fail('not-ours', 'not a "completed" statement');
  const keys = xapiExtensionKeys(options.extensionBase);
  const answers = extensionsOf(statement.result)[keys.answers];
  const about = extensionsOf(statement.context)[keys.content];
  if (answers === undefined || about === undefined) return fail('not-ours', 'no quickscan answers in the statement');
  if (!Array.isArray(answers) || !answers.every(isRecord)) return fail('invalid', 'the answers are not a list');
  if (!isRecord(about) || typeof about.id !== 'string' || typeof about.version !== 'string') return fail('invalid', 'no content id and version');
  const time = typeof statement.timestamp === 'string' ? Date.parse(statement.timestamp) : NaN;
  if (!Number.isFinite(time)) return fail('invalid', 'no valid timestamp');
  const completedAt = new Date(time);
  const context = isRecord(statement.context) ? statement.context : {};
  const locale = typeof about.locale === 'string' ? about.locale : typeof context.language === 'string' ? context.language : 'und';

  if (content && content.id === about.id && content.version === about.version) {
    const given: Record<string, unknown> = {};
    for (const a of answers) if (typeof a.statementId === 'string') given[a.statementId] = a.value;
    const valid = sanitizeAnswers(content, given);
    if (Object.keys(valid).length !== answers.length) return fail('invalid', 'answers that do not fit the content');
    return { ok: true, result: score(content, valid, { locale, completedAt }) };
  }

  // Without the content: the statement's own pillar results, with each pillar's mean from its answers
  // (summed in the same order as score() does, so the numbers are the same).
  const pillars = extensionsOf(statement.result)[keys.pillars];
  const candidate = {
    schemaVersion: about.schemaVersion,
    content: { id: about.id, version: about.version, locale },
    completedAt: completedAt.toISOString(),
    scale: about.scale,
    answers: answers.map((a) => ({ statementId: a.statementId, pillarId: a.pillarId, value: a.value })),
    pillars: Array.isArray(pillars)
      ? pillars.map((p: unknown) => {
          if (!isRecord(p)) return p;
          let sum = 0;
          let valued = 0;
          for (const a of answers) {
            if (a.pillarId === p.id && typeof a.value === 'number') {
              sum += a.value;
              valued += 1;
            }
          }
          const mean = typeof p.score === 'number' && valued > 0 ? sum / valued : null;
          return { id: p.id, title: p.title, score: p.score, mean, answered: p.answered, unknown: p.unknown, total: p.total, band: p.band };
        })
      : pillars,
    priorities: extensionsOf(statement.result)[keys.priorities],
  };
  const parsed = resultSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid', `${issue.path.join('.') || '(statement)'}: ${issue.message}`);
  }
  return { ok: true, result: parsed.data };
}
