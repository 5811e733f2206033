// Resolving the content source into validated Content, or a LoadError that says what went wrong and
// where. I/O lives here (fetch); no lit, no DOM rendering.
import { contentSchema, type Content } from './schema.js';
import { LoadError, DEFAULT_TIMEOUT_MS } from './load-error.js';
import { toContentIssues } from './issues.js';

export { LoadError, DEFAULT_TIMEOUT_MS, type LoadErrorKind, type ContentIssue } from './load-error.js';
// In a zod-free module (the plan and comparison views use them); re-exported here where they were.
export { toContentIssue, toContentIssues, type ZodIssueLike } from './issues.js';

/** Validates any value as content; never throws. */
export function parseContent(
  input: unknown,
): { ok: true; content: Content } | { ok: false; error: LoadError } {
  // reportInput: so a value of the wrong type is told apart from a missing one ("required").
  const result = contentSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, content: result.data };
  const issues = toContentIssues(result.error.issues);
  return { ok: false, error: new LoadError('invalid', 'The content does not match the quickscan format.', issues) };
}

/** Parses JSON text, then validates it. */
export function parseContentText(text: string, url?: string): Content {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LoadError('parse', `The content is not valid JSON: ${(e as Error).message}`, [], undefined, url);
  }
  const parsed = parseContent(data);
  if (!parsed.ok) throw parsed.error;
  return parsed.content;
}

/**
 * Fetches a URL's text, aborting with the signal: what content loading and the team's `results-src` share.
 * A retry (`reload`) bypasses the HTTP cache so it really asks the server again. A server that does not
 * answer (headers and body) within `timeoutMs` ends in a `network` LoadError, another status than 2xx in
 * an `http` one; 0 or less waits forever. `what` names the thing in the (English) messages.
 */
export async function fetchText(
  url: string,
  signal?: AbortSignal,
  reload = false,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  what = 'content',
): Promise<string> {
  const limit = new AbortController();
  const forward = () => limit.abort();
  signal?.addEventListener('abort', forward, { once: true });
  if (signal?.aborted) limit.abort();
  const timer = timeoutMs > 0 && Number.isFinite(timeoutMs) ? setTimeout(() => limit.abort(), timeoutMs) : undefined;
  const failed = (e: unknown, how: string) => {
    if (signal?.aborted) return e;
    if (limit.signal.aborted) {
      return new LoadError('network', `The ${what} did not arrive within ${timeoutMs} ms.`, [], undefined, url);
    }
    return new LoadError('network', `The ${what} could not be ${how}: ${(e as Error).message}`, [], undefined, url);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: limit.signal,
        credentials: 'same-origin',
        cache: reload ? 'reload' : 'default',
        headers: { Accept: 'application/json' },
      });
    } catch (e) {
      throw failed(e, 'fetched');
    }
    if (!response.ok) {
      throw new LoadError('http', `The server answered ${response.status} ${response.statusText}`.trim(), [], response.status, url);
    }
    try {
      return await response.text();
    } catch (e) {
      throw failed(e, 'read');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Fetches content from a URL, aborting with the signal. Only this URL is ever requested (see `fetchText`
 * for retry and timeout).
 */
export async function fetchContent(
  url: string,
  signal?: AbortSignal,
  reload = false,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Content> {
  return parseContentText(await fetchText(url, signal, reload, timeoutMs), url);
}

/** Anything a host could pass as `content`: an object, or JSON text. */
export function contentFromValue(value: unknown): Content {
  if (typeof value === 'string') return parseContentText(value);
  const parsed = parseContent(value);
  if (!parsed.ok) throw parsed.error;
  return parsed.content;
}
