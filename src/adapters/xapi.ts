// An xAPI 1.0.3 statement for a completed scan: "<actor> completed <the quickscan (an assessment)>",
// with the overall score (scaled 0–1, raw 0–100), the pillar scores and the content in extensions,
// and the duration when known. Pure: build it here, send it wherever you like.
import type { Result } from '../scoring/result-schema.js';
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

/** The extension keys under a base: pillar scores (result), priorities (result), content (context). */
export function xapiExtensionKeys(base = XAPI_EXTENSION_BASE) {
  return { pillars: `${base}pillars`, priorities: `${base}priorities`, content: `${base}content` };
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
