// Reading one page of team results from a host's server (the team view's `results-src`): a JSON array of
// results, `{ "results": [...] }`, or an xAPI StatementResult `{ "statements": [...], "more": "..." }` of
// statements made by `toXapiStatement` (from an LRS, through a proxy of the host that adds the
// credentials: never credentials in the page). Pure: no fetch; the caller fetches, follows `more` with
// `resolveMoreUrl` and validates the results with `prepareTeam` as it does for files.
import type { Content } from '../content/schema.js';
import { resultFromXapiStatement, type XapiReadError } from '../adapters/xapi.js';

export interface FeedRejection {
  /** Position in this page's list. */
  index: number;
  /** "not-ours": a statement of something else; "invalid": one of ours that is broken. */
  reason: XapiReadError;
  message: string;
}

export type ResultsFeedKind = 'array' | 'results' | 'statements';

export type ResultsFeed =
  | {
      ok: true;
      kind: ResultsFeedKind;
      /** Results (unvalidated, as in a file): give them to `prepareTeam`. */
      results: unknown[];
      /** Statements that gave no result. */
      rejected: FeedRejection[];
      /** The next page (`more`, not yet resolved: see `resolveMoreUrl`), when there is one. */
      more?: string;
    }
  | { ok: false; reason: 'json' | 'shape'; message: string };

export interface ResultsFeedOptions {
  /** The team's content: statements of it are checked and scored again against it. */
  content?: Content;
  /** The `extensionBase` the statements were made with (default that of `toXapiStatement`). */
  extensionBase?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A statement rather than a result: it has a verb and no result schema version. */
const looksLikeStatement = (item: unknown) => isRecord(item) && 'verb' in item && !('schemaVersion' in item);

function collect(items: readonly unknown[], options: ResultsFeedOptions, allStatements: boolean) {
  const results: unknown[] = [];
  const rejected: FeedRejection[] = [];
  items.forEach((item, index) => {
    if (!allStatements && !looksLikeStatement(item)) {
      results.push(item);
      return;
    }
    const read = resultFromXapiStatement(item, options.content, { extensionBase: options.extensionBase });
    if (read.ok) results.push(read.result);
    else rejected.push({ index, reason: read.reason, message: read.message });
  });
  return { results, rejected };
}

const moreOf = (value: unknown) => (typeof value === 'string' && value !== '' ? { more: value } : {});

/**
 * One page of results. `json` is the parsed body (or its text). Lists may mix results and statements;
 * a `more` link is taken from a StatementResult and from `{ "results": [...], "more": "..." }`.
 */
export function parseResultsFeed(json: unknown, options: ResultsFeedOptions = {}): ResultsFeed {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, reason: 'json', message: 'not JSON' };
    }
  }
  if (Array.isArray(value)) return { ok: true, kind: 'array', ...collect(value, options, false) };
  if (isRecord(value) && Array.isArray(value.statements)) {
    return { ok: true, kind: 'statements', ...collect(value.statements, options, true), ...moreOf(value.more) };
  }
  if (isRecord(value) && Array.isArray(value.results)) {
    return { ok: true, kind: 'results', ...collect(value.results, options, false), ...moreOf(value.more) };
  }
  return { ok: false, reason: 'shape', message: 'expected a list of results, { "results": [...] } or an xAPI StatementResult' };
}

export type MoreUrl = { ok: true; url: string | null } | { ok: false; reason: 'invalid' | 'cross-origin' | 'loop' };

/**
 * The absolute URL of a `more` link, resolved against the URL the page came from. The xAPI spec makes
 * `more` an IRL without scheme, host and port (e.g. `/xapi/statements?more=…`), so it resolves against the
 * LRS's (or the proxy's) origin; relative paths and full URLs resolve as in a browser. `url: null` when
 * there is no next page. Refused: anything but http(s), another origin than the page's (the team view
 * requests nothing from hosts it was not given) and a link back to the same page.
 */
export function resolveMoreUrl(base: string, more: unknown): MoreUrl {
  if (more === undefined || more === null || more === '') return { ok: true, url: null };
  if (typeof more !== 'string') return { ok: false, reason: 'invalid' };
  let from: URL;
  let next: URL;
  try {
    from = new URL(base);
    next = new URL(more, from);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') return { ok: false, reason: 'invalid' };
  if (next.origin !== from.origin) return { ok: false, reason: 'cross-origin' };
  next.hash = '';
  from.hash = '';
  if (next.href === from.href) return { ok: false, reason: 'loop' };
  return { ok: true, url: next.href };
}
